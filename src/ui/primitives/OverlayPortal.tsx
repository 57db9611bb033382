/**
 * Puts an overlay (a dialog, a context menu, a full-window view) at the end of `document.body`,
 * above the whole studio. Each panel of the studio is its own stacking context (`isolate` in
 * App.tsx: the browser then repaints and re-layers only the panel that changed), so anything
 * `fixed` left inside a panel would stay under the panels painted after it. React events still
 * bubble through the component tree as before.
 */
import type { ReactNode } from 'react'
import { createPortal } from 'react-dom'

export function OverlayPortal({ children }: { readonly children: ReactNode }) {
  return createPortal(children, document.body)
}
