/**
 * One pointer gesture (a drag, a scrub): window listeners for move/up/cancel plus Escape, so the
 * gesture survives re-renders and leaving the element. Escape and pointercancel call `cancel`.
 * Returns an abort function (it cancels) for unmounts.
 */
import type { PointerEvent as ReactPointerEvent } from 'react'

export interface PointerSessionHandlers {
  move(ev: PointerEvent): void
  up(ev: PointerEvent): void
  cancel(): void
}

export const startPointerSession = (e: ReactPointerEvent<Element>, h: PointerSessionHandlers, capture = true): (() => void) => {
  const el = e.currentTarget
  const id = e.pointerId
  if (capture) {
    try {
      el.setPointerCapture(id)
    } catch {
      // synthetic or already-ended pointers cannot be captured; window listeners still work
    }
  }
  let done = false
  const stop = () => {
    if (done) return
    done = true
    window.removeEventListener('pointermove', onMove)
    window.removeEventListener('pointerup', onUp)
    window.removeEventListener('pointercancel', onCancel)
    window.removeEventListener('keydown', onKey, true)
    if (capture && el.hasPointerCapture?.(id)) el.releasePointerCapture(id)
  }
  const onMove = (ev: PointerEvent) => {
    if (ev.pointerId === id) h.move(ev)
  }
  const onUp = (ev: PointerEvent) => {
    if (ev.pointerId !== id) return
    stop()
    h.up(ev)
  }
  const onCancel = (ev: PointerEvent) => {
    if (ev.pointerId !== id) return
    stop()
    h.cancel()
  }
  const onKey = (ev: KeyboardEvent) => {
    if (ev.key !== 'Escape') return
    ev.preventDefault()
    ev.stopImmediatePropagation()
    stop()
    h.cancel()
  }
  window.addEventListener('pointermove', onMove)
  window.addEventListener('pointerup', onUp)
  window.addEventListener('pointercancel', onCancel)
  window.addEventListener('keydown', onKey, true)
  return () => {
    if (done) return
    stop()
    h.cancel()
  }
}
