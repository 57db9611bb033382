import { memo } from 'react'
import { studioStore } from '../state'
import { libraryStore, useLibrary } from '../state/libraryStore'
import { ImportFileButton } from '../ui/project-files/ImportFileButton'

const button = 'rounded px-2 py-1 text-neutral-300 hover:bg-neutral-800'

/** Projects (the library drawer), Import / Export of project files, and the selected shot's camera path. */
function FileMenuBody() {
  const drawerOpen = useLibrary((s) => s.drawerOpen)
  return (
    <div className="flex items-center gap-1">
      <button
        className={`${button} ${drawerOpen ? 'bg-neutral-800 text-amber-200' : ''}`}
        onClick={() => libraryStore.getState().setDrawerOpen(!drawerOpen)}
        title="Your projects: open, new, rename, duplicate, delete (Ctrl/⌘+O)"
        aria-expanded={drawerOpen}
        data-testid="file.projects"
      >
        ☰ Projects
      </button>
      <ImportFileButton
        className={button}
        title="Import a project file (.framewright.json) as a new project, or a preset file into My presets; you can also drop it on the studio"
        buttonTestId="file.import"
        inputTestId="file.input"
      />
      <button className={button} onClick={() => void import('../persistence/files').then((m) => m.saveProjectFile(studioStore))} title="Download the project as a .framewright.json file (works even when the browser cannot save)" data-testid="file.save">
        Export project…
      </button>
      <button
        className={button}
        onClick={() => void import('../persistence/exportShot').then((m) => m.exportShot(studioStore, 'trajectory'))}
        title="Download this shot's per-frame camera path (framewright trajectory JSON)"
        data-testid="file.export-trajectory"
      >
        Export path
      </button>
    </div>
  )
}

/** Memoised: the top bar re-renders when undo/redo become (un)available, this need not. */
export const FileMenu = memo(FileMenuBody)
