/** The compiler's fixes for a shot a route cannot take, as buttons: trim it, set its aspect (each one undoable edit). */
import type { CompileFix } from '../../compilers'
import { studioActions } from '../../state'
import { fixAction } from '../compile-panel/model'
import { buttonBase, cx } from '../primitives'

export function ShotFixes({ fixes, shotId }: { readonly fixes: readonly CompileFix[]; readonly shotId: string }) {
  const edits = fixes.flatMap((fix) => {
    const action = fixAction(fix)
    return action.kind === 'shot-settings' ? [{ fix, patch: action.patch }] : []
  })
  if (edits.length === 0) return null
  return (
    <div className="flex flex-wrap gap-1" data-testid="takes.fixes">
      {edits.map(({ fix, patch }) => (
        <button
          key={fix.kind}
          type="button"
          data-testid={`takes.fix.${fix.kind}`}
          className={cx(buttonBase, 'h-6 text-[11px]')}
          title="Changes the shot (Undo takes it back)"
          onClick={() => studioActions().updateShotSettings(shotId, patch)}
        >
          {fix.label}
        </button>
      ))}
    </div>
  )
}
