import { type RefObject, useEffect, useRef, useState } from 'react'

const FOCUSABLE = 'button:not([disabled]), a[href], select:not([disabled]), input:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])'

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
  // read while rendering, before the dialog takes the focus
  const [before] = useState(() => document.activeElement as HTMLElement | null)

  useEffect(() => {
    dialogRef.current?.focus()
    return () => {
      if (before && before.isConnected && before !== document.body) before.focus()
    }
  }, [dialogRef, before])

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
      if (e.key !== 'Tab') return
      const items = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.offsetParent !== null)
      e.preventDefault()
      if (items.length === 0) return dialog.focus()
      const i = items.indexOf(document.activeElement as HTMLElement)
      const next = e.shiftKey ? (i <= 0 ? items.length - 1 : i - 1) : i === -1 || i === items.length - 1 ? 0 : i + 1
      items[next].focus()
    }
    window.addEventListener('keydown', onKeyDown, true)
    return () => window.removeEventListener('keydown', onKeyDown, true)
  }, [dialogRef])
}
