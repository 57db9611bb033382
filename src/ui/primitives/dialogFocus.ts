/**
 * Focus for modal dialogs that own the keyboard: the dialog takes the focus when it opens and gives
 * it back where it was when it closes (`useDialogFocus`), and Tab / Shift+Tab cycle through its
 * controls (`cycleDialogFocus`, called from the dialog's own capture key listener).
 */
import { type RefObject, useEffect, useState } from 'react'

const FOCUSABLE = 'button:not([disabled]), a[href], select:not([disabled]), input:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])'

export function useDialogFocus(dialogRef: RefObject<HTMLElement | null>): void {
  // read while rendering, before the dialog takes the focus
  const [before] = useState(() => document.activeElement as HTMLElement | null)
  useEffect(() => {
    dialogRef.current?.focus()
    return () => {
      if (before && before.isConnected && before !== document.body) before.focus()
    }
  }, [dialogRef, before])
}

/** Moves the focus to the dialog's next (Shift: previous) visible control, wrapping; the dialog itself when it has none. */
export const cycleDialogFocus = (dialog: HTMLElement, e: KeyboardEvent): void => {
  e.preventDefault()
  const items = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.offsetParent !== null)
  if (items.length === 0) return dialog.focus()
  const i = items.indexOf(document.activeElement as HTMLElement)
  const next = e.shiftKey ? (i <= 0 ? items.length - 1 : i - 1) : i === -1 || i === items.length - 1 ? 0 : i + 1
  items[next].focus()
}
