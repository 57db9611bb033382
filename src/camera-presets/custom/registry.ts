/**
 * Registries with custom presets: the built-in library with a project's custom presets laid over it.
 * Custom ids are namespaced (`custom:…`), so a custom preset can never shadow a built-in move.
 */
import { presetRegistry } from '../registry'
import type { CameraPreset } from '../types'
import type { MoveRegistry } from '../../timeline/moves'
import { type CustomPresetDefinition, isCustomPresetId } from '../../timeline/customPreset'
import type { Project } from '../../timeline/model'
import { type CustomMove, customMove } from './customMove'

/** A registry whose `get` also answers a library lookup: every move it knows is a CameraPreset. */
export interface PresetRegistry extends MoveRegistry {
  readonly get: (id: string) => CameraPreset | undefined
}

/**
 * `base` with `defs` laid over it. Custom ids resolve to their definitions only (never to the base),
 * and their parts resolve through `base`; the moves are built once, on first use.
 */
export const withCustomPresets = (base: MoveRegistry, defs: readonly CustomPresetDefinition[]): PresetRegistry => {
  const byId = new Map(defs.map((d) => [d.id, d]))
  const built = new Map<string, CustomMove>()
  return {
    get: (id) => {
      if (!isCustomPresetId(id)) return base.get(id) as CameraPreset | undefined
      let move = built.get(id)
      if (!move) {
        const def = byId.get(id)
        if (!def) return undefined
        move = customMove(def, base)
        built.set(id, move)
      }
      return move
    },
  }
}

const byPresetList = new WeakMap<readonly CustomPresetDefinition[], PresetRegistry>()

/**
 * The registry a project evaluates with: the built-ins plus the custom presets it carries. The same
 * object for the same `customPresets` list (so evaluation caches keyed on it stay warm), and the plain
 * built-in registry when the project has none.
 */
export const registryFor = (project: Pick<Project, 'customPresets'>): PresetRegistry => {
  const defs = project.customPresets as readonly CustomPresetDefinition[] | undefined
  if (!defs || defs.length === 0) return presetRegistry as PresetRegistry
  let registry = byPresetList.get(defs)
  if (!registry) {
    registry = withCustomPresets(presetRegistry, defs)
    byPresetList.set(defs, registry)
  }
  return registry
}

/** The preset (built-in or one of the project's custom presets) a clip id names. */
export const lookupPreset = (project: Pick<Project, 'customPresets'>, presetId: string): CameraPreset | undefined => registryFor(project).get(presetId)
