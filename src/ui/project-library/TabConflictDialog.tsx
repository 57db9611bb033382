import { projectSession } from '../../persistence/projectLibrary'
import { useStudio } from '../../state'
import { type TabRole, libraryStore } from '../../state/libraryStore'
import { buttonBase, cx } from '../primitives'

export interface TabConflictDialogProps {
  readonly role: Extract<TabRole, 'conflict' | 'read-only'>
  readonly reason?: 'taken-over' | 'deleted'
}

const primary =
  'inline-flex h-7 items-center rounded bg-amber-400 px-3 text-xs font-semibold text-neutral-950 hover:bg-amber-300 focus-visible:outline focus-visible:outline-1 focus-visible:outline-offset-1 focus-visible:outline-amber-200'
const secondary = cx(buttonBase, 'h-7 px-3')

/**
 * Another tab has this project. The later tab is told and chooses: take it over here (the other tab
 * goes read-only) or open a copy. A tab that lost the project says so, saves nothing, and offers the
 * same. While the tab is locked, the studio behind is inert and editing shortcuts do nothing (app/commands).
 */
export function TabConflictDialog({ role, reason }: TabConflictDialogProps) {
  const name = useStudio((s) => s.document.name)
  const deleted = role === 'read-only' && reason === 'deleted'
  const title = role === 'conflict' ? 'This project is open in another tab' : deleted ? 'This project was deleted in another tab' : 'This project is now open in another tab'
  const body =
    role === 'conflict'
      ? `“${name}” is already open in another Framewright tab. Only one tab saves a project, so neither overwrites the other's work.`
      : deleted
        ? `“${name}” was deleted in another tab. This tab is read-only and saves nothing; keep it to save it again.`
        : `“${name}” was taken over in another tab. This tab is read-only now: what you see was saved, and nothing here is saved any more.`
  return (
    <div className="fixed inset-0 z-40 flex items-start justify-center bg-black/50 pt-[14vh]" data-testid="library.tabConflict" data-role={role} data-reason={reason}>
      <div role="alertdialog" aria-modal="true" aria-labelledby="tab-conflict-title" aria-describedby="tab-conflict-body" className="w-[440px] max-w-[92vw] rounded-lg border border-neutral-700 bg-neutral-900 p-5 shadow-2xl">
        <div className="mb-1 flex items-center gap-2">
          <span className={cx('rounded px-1.5 text-[10px] font-semibold uppercase tracking-wide', role === 'conflict' ? 'bg-sky-500/15 text-sky-300' : 'bg-amber-400/15 text-amber-300')}>
            {role === 'conflict' ? 'Two tabs' : 'Read-only'}
          </span>
        </div>
        <h2 id="tab-conflict-title" className="text-base font-semibold text-neutral-100">
          {title}
        </h2>
        <p id="tab-conflict-body" className="mt-2 text-xs leading-relaxed text-neutral-400">
          {body}
        </p>
        <div className="mt-4 flex flex-wrap gap-2">
          <button type="button" autoFocus className={primary} onClick={() => void projectSession().then((s) => s.takeOver())} data-testid="library.takeOver">
            {deleted ? 'Keep it' : 'Take over here'}
          </button>
          <button type="button" className={secondary} onClick={() => void projectSession().then((s) => s.openCopy())} data-testid="library.openCopy">
            Open a copy
          </button>
          <button type="button" className={cx(secondary, 'ml-auto')} onClick={() => libraryStore.getState().setDrawerOpen(true)} data-testid="library.otherProjects">
            Other projects…
          </button>
        </div>
        {role === 'conflict' && <p className="mt-3 text-[11px] text-neutral-500">Taking over makes the other tab read-only after it saves what it has.</p>}
      </div>
    </div>
  )
}
