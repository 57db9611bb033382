import { type RefObject, useEffect, useRef } from 'react'
import { cycleDialogFocus, useDialogFocus } from '../primitives/dialogFocus'
import type { CompareClock } from './clock'
import { type CompareKeyAction, compareKeyAction, keyTargetOf } from './keys'

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
  useDialogFocus(dialogRef)

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

    const onKeyDown = (e: KeyboardEvent) => {
      e.stopPropagation()
      if (e.key === 'Tab') return cycleDialogFocus(dialog, e)
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
