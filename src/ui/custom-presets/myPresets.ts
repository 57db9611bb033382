/** Pure: the "My presets" list, the personal library merged with the presets the open project carries. */
import { type CustomPresetDefinition, customPresetUsage } from '../../camera-presets/custom'
import type { Project } from '../../timeline'

export interface MyPresetItem {
  /** The definition clips use: the project's copy when it carries one, else the library's. */
  readonly def: CustomPresetDefinition
  readonly inProject: boolean
  readonly inLibrary: boolean
  /** Clips of the project that play it. */
  readonly usedBy: number
  /** A later revision in My presets than the project carries (edited in another project). */
  readonly newerInLibrary: CustomPresetDefinition | null
}

/** Library order (newest first), then the project's presets the library does not hold; filtered by `query` over name, description and category. */
export const myPresetItems = (library: readonly CustomPresetDefinition[], project: Project, query = ''): MyPresetItem[] => {
  const carried = new Map(project.customPresets.map((d) => [d.id, d]))
  const items: MyPresetItem[] = library.map((lib) => {
    const own = carried.get(lib.id)
    return {
      def: own ?? lib,
      inProject: !!own,
      inLibrary: true,
      usedBy: own ? customPresetUsage(project, lib.id) : 0,
      newerInLibrary: own && lib.version > own.version ? lib : null,
    }
  })
  for (const def of project.customPresets)
    if (!library.some((l) => l.id === def.id)) items.push({ def, inProject: true, inLibrary: false, usedBy: customPresetUsage(project, def.id), newerInLibrary: null })
  const q = query.trim().toLowerCase()
  return q ? items.filter((i) => [i.def.name, i.def.description, i.def.category, 'my presets', 'custom'].some((s) => s.toLowerCase().includes(q))) : items
}

/**
 * What "Add to my presets" does with a preset opened from a link, given My presets (loaded):
 * `new` adds it; `held` (My presets has this id at the same or a later revision) adds nothing;
 * `update` (an earlier revision there) replaces that one, as editing it would. Projects keep the
 * revision they carry either way (their ⋯ menu offers "Use revision N here").
 */
export type LinkedPresetStanding =
  | { readonly kind: 'new' }
  | { readonly kind: 'held'; readonly held: CustomPresetDefinition }
  | { readonly kind: 'update'; readonly held: CustomPresetDefinition }

export const linkedPresetStanding = (library: readonly CustomPresetDefinition[], def: CustomPresetDefinition): LinkedPresetStanding => {
  const held = library.find((p) => p.id === def.id)
  if (!held) return { kind: 'new' }
  return held.version >= def.version ? { kind: 'held', held } : { kind: 'update', held }
}

/** "orbit-rise.framewright-preset.json". */
export const presetFileName = (def: CustomPresetDefinition): string =>
  `${
    def.name
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase()
      .slice(0, 60) || 'preset'
  }.framewright-preset.json`
