import { useEffect, useRef, useState, type PointerEvent } from 'react'
import type { BezierHandles } from '../../core/math/easing'
import { bezierPath, fitBezierView, fromSvg, toSvg, withHandle, type BezierView } from './bezierModel'

export interface BezierEditorProps {
  readonly handles: BezierHandles
  /** Live handle changes while dragging. */
  readonly onChange: (handles: BezierHandles) => void
  readonly onGestureStart: () => void
  readonly onGestureEnd: () => void
  /** Escape during a drag: the caller restores the curve as it was. */
  readonly onGestureCancel: () => void
  readonly width?: number
  readonly height?: number
}

/**
 * A cubic-bezier curve (time across, progress up) with two draggable handles. The view is frozen
 * while dragging (so the grid does not move under the pointer) and refits after.
 */
export function BezierEditor({ handles, onChange, onGestureStart, onGestureEnd, onGestureCancel, width = 180, height = 140 }: BezierEditorProps) {
  const svgRef = useRef<SVGSVGElement>(null)
  const drag = useRef<{ which: 0 | 1; target: Element; pointerId: number; onKey: (e: KeyboardEvent) => void } | null>(null)
  const [frozen, setFrozen] = useState<BezierView | null>(null)
  const view = frozen ?? fitBezierView(handles, width, height)

  const endDrag = () => {
    const d = drag.current
    if (!d) return
    drag.current = null
    window.removeEventListener('keydown', d.onKey, true)
    if (d.target.hasPointerCapture(d.pointerId)) d.target.releasePointerCapture(d.pointerId)
    setFrozen(null)
  }
  useEffect(() => () => {
    if (drag.current) window.removeEventListener('keydown', drag.current.onKey, true)
  }, [])

  const down = (which: 0 | 1) => (e: PointerEvent<SVGCircleElement>) => {
    if (e.button !== 0 || drag.current) return
    e.preventDefault()
    e.stopPropagation()
    // a field being edited commits first (preventDefault keeps focus from moving by itself)
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur()
    e.currentTarget.setPointerCapture(e.pointerId)
    const onKey = (k: KeyboardEvent) => {
      if (k.key !== 'Escape') return
      k.preventDefault()
      k.stopPropagation()
      endDrag()
      onGestureCancel()
    }
    drag.current = { which, target: e.currentTarget, pointerId: e.pointerId, onKey }
    window.addEventListener('keydown', onKey, true)
    setFrozen(view)
    onGestureStart()
  }
  const move = (e: PointerEvent<SVGCircleElement>) => {
    const d = drag.current
    const svg = svgRef.current
    if (!d || !svg || e.pointerId !== d.pointerId) return
    const r = svg.getBoundingClientRect()
    const [x, y] = fromSvg(view, ((e.clientX - r.left) * width) / r.width, ((e.clientY - r.top) * height) / r.height)
    const next = withHandle(handles, d.which, x, y)
    if (next.some((v, i) => v !== handles[i])) onChange(next)
  }
  const up = (e: PointerEvent<SVGCircleElement>) => {
    if (!drag.current || e.pointerId !== drag.current.pointerId) return
    endDrag()
    onGestureEnd()
  }

  const [x0, y0] = toSvg(view, 0, 0)
  const [x1, y1] = toSvg(view, 1, 1)
  const h1 = toSvg(view, handles[0], handles[1])
  const h2 = toSvg(view, handles[2], handles[3])
  const handle = (which: 0 | 1, [cx, cy]: [number, number], [ax, ay]: [number, number]) => (
    <g>
      <line x1={ax} y1={ay} x2={cx} y2={cy} stroke="#fbbf24" strokeOpacity={0.5} strokeWidth={1} />
      <circle
        cx={cx}
        cy={cy}
        r={9}
        fill="transparent"
        className="cursor-grab active:cursor-grabbing"
        data-testid={`inspector.bezier.handle${which + 1}`}
        onPointerDown={down(which)}
        onPointerMove={move}
        onPointerUp={up}
        onPointerCancel={up}
      />
      <circle cx={cx} cy={cy} r={4} fill="#171717" stroke="#fbbf24" strokeWidth={1.5} pointerEvents="none" />
    </g>
  )

  return (
    <svg
      ref={svgRef}
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      data-testid="inspector.bezier"
      role="img"
      aria-label={`Easing curve cubic-bezier(${handles.join(', ')})`}
      className="shrink-0 touch-none overflow-visible rounded border border-neutral-800 bg-neutral-950 select-none"
    >
      {[0.25, 0.5, 0.75].map((t) => {
        const [gx] = toSvg(view, t, 0)
        const [, gy] = toSvg(view, 0, t)
        return <path key={t} d={`M${gx} 0V${height} M${x0} ${gy}H${x1}`} stroke="#262626" strokeWidth={1} />
      })}
      <rect x={x0} y={y1} width={x1 - x0} height={y0 - y1} fill="none" stroke="#404040" strokeWidth={1} />
      <line x1={x0} y1={y0} x2={x1} y2={y1} stroke="#404040" strokeDasharray="3 3" />
      <path d={bezierPath(view, handles)} fill="none" stroke="#e5e5e5" strokeWidth={2} />
      {handle(0, h1, [x0, y0])}
      {handle(1, h2, [x1, y1])}
      <text x={x0} y={height - 3} className="fill-neutral-600 text-[9px]">time →</text>
    </svg>
  )
}
