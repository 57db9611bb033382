/**
 * The one static import of the project library UI: mounts the lazy chunk (`./index`) only when
 * something of it shows (the drawer, the two-tab dialog, Undo of a delete, a file dragged over).
 */
import { Suspense, lazy } from 'react'
import { isLocked, useLibrary } from '../../state/libraryStore'

const Layer = lazy(() => import('./index').then((m) => ({ default: m.LibraryLayer })))

export function LazyLibraryLayer({ deferTabDialog = false }: { readonly deferTabDialog?: boolean }) {
  const needed = useLibrary((s) => s.drawerOpen || isLocked(s) || s.lastDeleted !== null || s.dropActive)
  if (!needed) return null
  return (
    <Suspense fallback={null}>
      <Layer deferTabDialog={deferTabDialog} />
    </Suspense>
  )
}
