import { isLocked, useLibrary } from '../../state/libraryStore'
import { DeleteToast } from './DeleteToast'
import { DropOverlay } from './DropOverlay'
import { ProjectDrawer } from './ProjectDrawer'
import { TabConflictDialog } from './TabConflictDialog'

/**
 * Everything of the project library drawn over the studio: the drawer, the two-tab dialog, Undo of a delete, the drop target.
 * `deferTabDialog`: another question is on screen first (a shared link's preview); the two-tab dialog waits for it to close.
 */
export function LibraryLayer({ deferTabDialog = false }: { readonly deferTabDialog?: boolean }) {
  const drawerOpen = useLibrary((s) => s.drawerOpen)
  const tab = useLibrary((s) => s.tab)
  const locked = useLibrary(isLocked)
  const lastDeleted = useLibrary((s) => s.lastDeleted)
  const dropActive = useLibrary((s) => s.dropActive)
  return (
    <>
      {locked && !drawerOpen && !deferTabDialog && <TabConflictDialog role={tab.role as 'conflict' | 'read-only'} reason={tab.reason} />}
      {drawerOpen && <ProjectDrawer />}
      {lastDeleted && <DeleteToast id={lastDeleted.id} name={lastDeleted.name} />}
      {dropActive && <DropOverlay />}
    </>
  )
}
