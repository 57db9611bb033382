import { type RefObject, useEffect, useRef, useState } from 'react'
import type { CompareClock } from './clock'
import { type CompareKeyAction, compareKeyAction, keyTargetOf } from './keys'

const FOCUSABLE = 'button:not([disabled]), select:not([disabled]), input:not([disabled]), [tabindex]:not([tabindex="-1"])'

/**
 * While the dialog is open it owns the keyboard: one capture listener on window sees every key
 * first, stops it there (the studio's shortcuts never hear it) and runs the Compare keys. Tab
 * cycles inside the dialog. Focus goes to the dialog on open and back where it was on close.
 */
export function useCompareKeys(dialogRef: RefObject<HTMLElement | null>, clock: CompareClock, onClose: () => void): void {
  const closeRef = useRef(onClose)
  useEffect(() => {
    closeRef.current = onClose
  })
  // read while rendering, before the dialog takes the focus
  const [before] = useState(() => document.activeElement as HTMLElement | null)

  useEffect(() => {
    dialogRef.current?.focus()
    return () => {
      if (before && before.isConnected && before !== document.body) before.focus()
    }
  }, [dialogRef, before])

  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog) return
    const run = (a: CompareKeyAction) => {
      if (a.kind === 'close') closeRef.current()
      else if (a.kind === 'toggle') clock.toggle()
      else if (a.kind === 'step') clock.step(a.frames)
      else if (a.kind === 'start') clock.seekFrame(0)
      else clock.seekFrame(clock.timing.frameCount - 1)
    }
    const targetIn = (e: Event) => (e.target instanceof Node && dialog.contains(e.target) ? e.target : null)

    const cycleFocus = (e: KeyboardEvent) => {
      const items = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.offsetParent !== null)
      if (items.length === 0) return
      const i = items.indexOf(document.activeElement as HTMLElement)
      const next = e.shiftKey ? (i <= 0 ? items.length - 1 : i - 1) : i === -1 || i === items.length - 1 ? 0 : i + 1
      e.preventDefault()
      items[next].focus()
    }

    const onKeyDown = (e: KeyboardEvent) => {
      e.stopPropagation()
      if (e.key === 'Tab') return cycleFocus(e)
      const action = compareKeyAction(e, keyTargetOf(targetIn(e)), clock.timing.fps)
      if (!action) return
      e.preventDefault()
      run(action)
    }
    // Space activates a focused button on key up: the dialog's Space is play / pause only
    const onKeyUp = (e: KeyboardEvent) => {
      e.stopPropagation()
      if (e.key === ' ' && keyTargetOf(targetIn(e)) !== 'select') e.preventDefault()
    }

    window.addEventListener('keydown', onKeyDown, true)
    window.addEventListener('keyup', onKeyUp, true)
    return () => {
      window.removeEventListener('keydown', onKeyDown, true)
      window.removeEventListener('keyup', onKeyUp, true)
    }
  }, [dialogRef, clock])
}
