import { useEffect, useState } from 'react'
import { projectSession } from '../../persistence/projectLibrary'
import { ImportFileButton } from '../project-files/ImportFileButton'
import { useStudio } from '../../state'
import { libraryStore, useLibrary } from '../../state/libraryStore'
import { buttonBase } from '../primitives'
import { ProjectCard } from './ProjectCard'

const withSession = (fn: (s: Awaited<ReturnType<typeof projectSession>>) => Promise<unknown>) => () => void projectSession().then(fn)

/** The project list: a drawer from the left over the studio. Esc or a click outside closes it. */
export function ProjectDrawer() {
  const projects = useLibrary((s) => s.projects)
  const problems = useLibrary((s) => s.problems)
  const elsewhere = useLibrary((s) => s.elsewhere)
  const save = useLibrary((s) => s.save)
  const openId = useStudio((s) => s.document.id)
  const openName = useStudio((s) => s.document.name)
  const [now, setNow] = useState(() => Date.now())
  const close = () => libraryStore.getState().setDrawerOpen(false)

  useEffect(() => {
    void projectSession().then((s) => s.refresh())
    const timer = setInterval(() => setNow(Date.now()), 30_000)
    return () => clearInterval(timer)
  }, [])
  useEffect(() => setNow(Date.now()), [projects])

  return (
    <div className="fixed inset-0 z-40 flex" data-testid="library.drawer">
      <aside
        role="dialog"
        aria-label="Projects"
        className="flex h-full w-[380px] max-w-[92vw] flex-col border-r border-neutral-700 bg-neutral-900 shadow-2xl"
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation()
            close()
          }
        }}
      >
        <header className="flex items-center gap-2 border-b border-neutral-800 px-4 py-3">
          <h2 className="text-sm font-semibold text-neutral-100">Projects</h2>
          <span className="text-[11px] text-neutral-500">{projects ? `${projects.length}` : ''}</span>
          <button className="ml-auto rounded px-2 text-neutral-400 hover:bg-neutral-800" onClick={close} aria-label="Close projects" data-testid="library.close">
            ✕
          </button>
        </header>
        <div className="flex gap-2 border-b border-neutral-800 px-4 py-2.5">
          <button
            type="button"
            autoFocus
            className="inline-flex h-6 items-center rounded bg-amber-400 px-2.5 text-xs font-semibold text-neutral-950 hover:bg-amber-300 focus-visible:outline focus-visible:outline-1 focus-visible:outline-offset-1 focus-visible:outline-amber-200"
            onClick={() => {
              close()
              void projectSession().then((s) => s.newProject())
            }}
            data-testid="library.new"
          >
            + New project
          </button>
          <ImportFileButton
            className={buttonBase}
            title="Import a .framewright.json file as a new project, or a preset file into My presets (or drop it on the studio)"
            buttonTestId="library.import"
            inputTestId="library.input"
            onDone={close}
          />
        </div>
        {save.state === 'memory-only' && <p className="border-b border-neutral-800 bg-red-500/10 px-4 py-2 text-[11px] leading-relaxed text-red-300">{save.message}</p>}
        <ul className="min-h-0 flex-1 space-y-1 overflow-y-auto p-2" data-testid="library.list">
          {projects === null ? (
            <li className="p-4 text-center text-xs text-neutral-500">Loading…</li>
          ) : (
            projects.map((p) => (
              <ProjectCard
                key={p.id}
                project={p.id === openId ? { ...p, name: openName } : p}
                isOpen={p.id === openId}
                elsewhere={elsewhere.includes(p.id)}
                stored={save.state !== 'memory-only'}
                now={now}
                onOpen={() => {
                  close()
                  void projectSession().then((s) => s.open(p.id))
                }}
                onRename={(name) => void projectSession().then((s) => s.rename(p.id, name))}
                onDuplicate={withSession((s) => s.duplicate(p.id))}
                onDelete={withSession((s) => s.remove(p.id))}
              />
            ))
          )}
        </ul>
        {problems.length > 0 && (
          <div className="border-t border-neutral-800 px-4 py-2 text-[11px] leading-relaxed text-red-300" data-testid="library.problems">
            {problems.map((p) => (
              <p key={p}>{p}</p>
            ))}
          </div>
        )}
        <footer className="border-t border-neutral-800 px-4 py-2 text-[11px] text-neutral-500">
          Saved in this browser as you work. Export project (File) keeps a copy as a file.
        </footer>
      </aside>
      <div className="flex-1 bg-black/40" onClick={close} data-testid="library.backdrop" />
    </div>
  )
}
