import { useEffect } from 'react'
import { projectSession } from '../../persistence/projectLibrary'
import { buttonBase, cx } from '../primitives'

export const UNDO_DELETE_MS = 12_000

/** "Deleted “X”. Undo": for a while after a delete; when it goes, so do the project's takes. */
export function DeleteToast({ id, name }: { readonly id: string; readonly name: string }) {
  useEffect(() => {
    const timer = setTimeout(() => void projectSession().then((s) => s.forgetRemoved()), UNDO_DELETE_MS)
    return () => clearTimeout(timer)
  }, [id])
  return (
    <div className="fixed bottom-9 left-3 z-50 flex items-center gap-3 rounded-md border border-neutral-700 bg-neutral-900 px-3 py-2 text-xs text-neutral-200 shadow-xl" role="status" data-testid="library.deleted">
      <span>
        Deleted “<span className="font-medium text-neutral-100">{name}</span>”.
      </span>
      <button type="button" className={cx(buttonBase, 'h-6')} onClick={() => void projectSession().then((s) => s.undoRemove())} data-testid="library.undoDelete">
        Undo
      </button>
      <button type="button" className="rounded px-1 text-neutral-500 hover:text-neutral-200" aria-label="Dismiss" onClick={() => void projectSession().then((s) => s.forgetRemoved())}>
        ✕
      </button>
    </div>
  )
}
