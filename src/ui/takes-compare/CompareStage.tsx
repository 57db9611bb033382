import { type CSSProperties, type PointerEvent as ReactPointerEvent, type ReactNode, useRef } from 'react'
import { cx } from '../primitives'
import { wipeAtPointer, wipeClipPath } from './transport'

export type CompareMode = 'side' | 'wipe'

export interface CompareStageProps {
  readonly mode: CompareMode
  /** 0..1: the take shows left of it, the reference right of it. */
  readonly wipe: number
  readonly onWipe: (wipe: number) => void
  /** The take's pixel size: both sides are framed at its aspect. */
  readonly width: number
  readonly height: number
  readonly take: ReactNode
  readonly takeLabel: string
  readonly reference: ReactNode
  readonly referenceLabel: string
}

/** The largest box of this aspect inside the nearest size container. */
const fitted = (width: number, height: number): CSSProperties => ({
  width: `min(100cqw, calc(100cqh * ${width} / ${height}))`,
  aspectRatio: `${width} / ${height}`,
})

function Label({ children, align }: { children: ReactNode; align: 'left' | 'right' }) {
  return (
    <div
      className={cx(
        'pointer-events-none absolute top-1.5 z-20 max-w-[45%] truncate rounded bg-neutral-950/75 px-1.5 py-0.5 text-[11px] text-neutral-200',
        align === 'left' ? 'left-1.5' : 'right-1.5',
      )}
    >
      {children}
    </div>
  )
}

/**
 * The two sides, side by side or stacked as a wipe. The media elements keep their place in the tree
 * in both modes (only classes change), so switching modes never reloads a video or a renderer.
 */
export function CompareStage({ mode, wipe, onWipe, width, height, take, takeLabel, reference, referenceLabel }: CompareStageProps) {
  const boxRef = useRef<HTMLDivElement>(null)
  const wiping = mode === 'wipe'

  const wipeTo = (clientX: number) => {
    const r = boxRef.current?.getBoundingClientRect()
    if (r) onWipe(wipeAtPointer(clientX, r.left, r.width))
  }
  const onPointerDown = (e: ReactPointerEvent<HTMLDivElement>) => {
    if (!wiping || e.button !== 0) return
    e.preventDefault()
    e.currentTarget.setPointerCapture(e.pointerId)
    wipeTo(e.clientX)
  }
  const onPointerMove = (e: ReactPointerEvent<HTMLDivElement>) => {
    if (wiping && e.currentTarget.hasPointerCapture(e.pointerId)) wipeTo(e.clientX)
  }

  const pane = (which: 'take' | 'reference', content: ReactNode, label: string) => (
    <div
      data-testid={`compare.side.${which}`}
      className={wiping ? cx('absolute inset-0', which === 'take' && 'z-10') : 'relative flex min-h-0 min-w-0 items-center justify-center [container-type:size]'}
      style={wiping && which === 'take' ? { clipPath: wipeClipPath(wipe) } : undefined}
    >
      <div className={wiping ? 'absolute inset-0' : 'relative'} style={wiping ? undefined : fitted(width, height)}>
        {content}
        {!wiping && <Label align="left">{label}</Label>}
      </div>
    </div>
  )

  return (
    <div className="flex min-h-0 flex-1 items-center justify-center p-3 [container-type:size]">
      <div
        ref={boxRef}
        data-testid="compare.stage"
        data-mode={mode}
        className={wiping ? 'relative cursor-ew-resize touch-none select-none' : 'grid h-full w-full grid-cols-2 grid-rows-1 gap-3'}
        style={wiping ? fitted(width, height) : undefined}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
      >
        {pane('take', take, takeLabel)}
        {pane('reference', reference, referenceLabel)}
        {wiping && (
          <>
            <Label align="left">{takeLabel}</Label>
            <Label align="right">{referenceLabel}</Label>
            <div data-testid="compare.wipe.divider" className="pointer-events-none absolute inset-y-0 z-20 w-0" style={{ left: `${wipe * 100}%` }}>
              <div className="absolute inset-y-0 -left-px w-0.5 bg-amber-400 shadow-[0_0_4px_rgba(0,0,0,0.8)]" />
              <div className="absolute top-1/2 -left-2 h-6 w-4 -translate-y-1/2 rounded-sm border border-amber-400 bg-neutral-950/80" />
            </div>
          </>
        )}
      </div>
    </div>
  )
}
