/** Export the selected shot for one target (a lazy chunk: the compilers load when a shot is first exported). */
import { compileShot, getTarget } from '../compilers'
import { registryFor } from '../camera-presets/custom'
import type { StudioStore } from '../state'
import { selectCurrentShot } from '../state'
import { downloadCompiled, exportFileName } from './files'

export const exportShot = (store: StudioStore, targetId: string) => {
  const s = store.getState()
  const shot = selectCurrentShot(s)
  const index = s.document.shots.indexOf(shot)
  const target = getTarget(targetId)
  const result = compileShot(targetId, s.document, index, registryFor(s.document))
  if (!target || !result.ok) return s.notify(`Export failed: ${result.ok ? 'unknown target' : result.error.message}`, 'error')
  downloadCompiled(result, exportFileName(s.document.name, shot.name, target), target.mediaType)
  s.notify(`Exported ${shot.name} as ${target.label}.`)
}
