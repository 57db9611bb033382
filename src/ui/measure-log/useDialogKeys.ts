import { type RefObject, useEffect, useRef } from 'react'
import { cycleDialogFocus, useDialogFocus } from '../primitives/dialogFocus'

/**
 * While the dialog is open it owns the keyboard: a capture listener on window stops every key there
 * (the studio's shortcuts never hear it), Escape closes, Tab and Shift+Tab cycle inside the dialog.
 * Focus goes to the dialog on open and back where it was on close.
 */
export function useDialogKeys(dialogRef: RefObject<HTMLElement | null>, onClose: () => void): void {
  const closeRef = useRef(onClose)
  useEffect(() => {
    closeRef.current = onClose
  })
  useDialogFocus(dialogRef)

  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      const dialog = dialogRef.current
      if (!dialog) return
      e.stopPropagation()
      if (e.key === 'Escape') {
        e.preventDefault()
        closeRef.current()
        return
      }
      if (e.key === 'Tab') cycleDialogFocus(dialog, e)
    }
    window.addEventListener('keydown', onKeyDown, true)
    return () => window.removeEventListener('keydown', onKeyDown, true)
  }, [dialogRef])
}
