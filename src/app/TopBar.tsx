import { useState } from 'react'
import { studioActions, useStudio } from '../state'
import { FileMenu } from './FileMenu'
import { ShareButton } from '../ui/share'
import { setStoryboardOpen } from '../ui/storyboard/openState'

export function TopBar() {
  const name = useStudio((s) => s.document.name)
  const canUndo = useStudio((s) => s.history.past.length > 0)
  const canRedo = useStudio((s) => s.history.future.length > 0)
  const [editing, setEditing] = useState(false)
  return (
    <header className="flex h-full items-center gap-3 whitespace-nowrap border-b border-neutral-800 bg-neutral-900 px-3">
      <div className="flex shrink-0 items-center gap-2 font-semibold tracking-tight text-neutral-100">
        <img src="/favicon.svg" alt="" className="h-5 w-5" />
        Framewright
      </div>
      <span className="text-neutral-600">/</span>
      {editing ? (
        <input
          autoFocus
          defaultValue={name}
          aria-label="Project name"
          className="rounded bg-neutral-800 px-2 py-0.5 text-neutral-100 outline-none ring-1 ring-amber-400"
          onBlur={(e) => {
            studioActions().renameProject(e.currentTarget.value)
            setEditing(false)
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') e.currentTarget.blur()
            if (e.key === 'Escape') setEditing(false)
          }}
        />
      ) : (
        <button className="min-w-0 max-w-[18rem] truncate rounded px-1 text-neutral-300 hover:bg-neutral-800" title={`Rename project: ${name}`} onDoubleClick={() => setEditing(true)} onClick={() => setEditing(true)}>
          {name}
        </button>
      )}
      <div className="ml-4 shrink-0">
        <FileMenu />
      </div>
      <div className="ml-auto flex shrink-0 items-center gap-1">
        <button
          className="mr-2 rounded border border-neutral-700 px-3 py-1 text-xs text-neutral-200 hover:border-neutral-500 hover:bg-neutral-800"
          onClick={() => setStoryboardOpen(true)}
          title="Storyboard: every shot as panels; export PDF, PNG, CSV (Shift+B)"
          data-testid="topbar.storyboard"
        >
          Storyboard
        </button>
        <ShareButton className="mr-2 rounded border border-neutral-700 px-3 py-1 text-xs text-neutral-200 hover:border-neutral-500 hover:bg-neutral-800" />
        <button
          className="mr-3 rounded bg-amber-400 px-3 py-1 text-xs font-semibold text-neutral-950 hover:bg-amber-300"
          onClick={() => void import('../ui/takes-panel').then((m) => m.startGeneration())}
          title="Generate a take of the selected shot with the Takes panel's route and size (G)"
          data-testid="topbar.generate"
        >
          ▶ Generate
        </button>
        <button
          className="rounded px-2 py-1 text-neutral-300 hover:bg-neutral-800 disabled:opacity-30"
          disabled={!canUndo}
          onClick={() => studioActions().undo()}
          title="Undo (Ctrl/⌘+Z)"
          data-testid="topbar.undo"
        >
          ↶ Undo
        </button>
        <button
          className="rounded px-2 py-1 text-neutral-300 hover:bg-neutral-800 disabled:opacity-30"
          disabled={!canRedo}
          onClick={() => studioActions().redo()}
          title="Redo (Shift+Ctrl/⌘+Z)"
          data-testid="topbar.redo"
        >
          ↷ Redo
        </button>
        <button
          className="ml-2 h-6 w-6 rounded-full border border-neutral-700 text-neutral-300 hover:bg-neutral-800"
          onClick={() => studioActions().setHelpOpen(true)}
          title="Keyboard shortcuts (?)"
          aria-label="Keyboard shortcuts"
        >
          ?
        </button>
      </div>
    </header>
  )
}
