/** A centred dialog over a dimmed studio, closed by Escape, the ✕ or a click outside (the help overlay's look). */
import { type ReactNode, useEffect } from 'react'
import { OverlayPortal } from '../primitives/OverlayPortal'

export interface ModalProps {
  readonly title: string
  readonly testId: string
  readonly onClose: () => void
  readonly children: ReactNode
  readonly width?: string
}

export function Modal({ title, testId, onClose, children, width = 'w-[560px]' }: ModalProps) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return
      e.stopPropagation()
      onClose()
    }
    window.addEventListener('keydown', onKey, true)
    return () => window.removeEventListener('keydown', onKey, true)
  }, [onClose])
  return (
    <OverlayPortal>
      <div className="fixed inset-0 z-50 flex items-center justify-center bg-black/60" onClick={onClose}>
        <div
          role="dialog"
          aria-modal="true"
          aria-label={title}
          data-testid={testId}
          className={`max-h-[88vh] ${width} max-w-[92vw] overflow-y-auto rounded-lg border border-neutral-700 bg-neutral-900 p-5 text-neutral-200 shadow-2xl`}
          onClick={(e) => e.stopPropagation()}
        >
          <div className="mb-3 flex items-center">
            <h2 className="text-base font-semibold text-neutral-100">{title}</h2>
            <button className="ml-auto rounded px-2 text-neutral-400 hover:bg-neutral-800" onClick={onClose} aria-label="Close">
              ✕
            </button>
          </div>
          {children}
        </div>
      </div>
    </OverlayPortal>
  )
}

export const primaryButton = 'rounded bg-amber-400 px-3 py-1 text-xs font-semibold text-neutral-950 hover:bg-amber-300 disabled:opacity-40'
