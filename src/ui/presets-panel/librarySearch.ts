/**
 * The library's search by any tool's name. It carries the vocabulary table (`src/camera-vocabulary`), so the
 * panel loads this module when the search box is first used (and when the browser is idle), not at startup.
 */
import { PRESETS, searchPresets, type PresetCategory } from '../../camera-presets'
import { type PresetHit, TOOLS, matchNames, notAMoveLines, presetHits, spelled } from '../../camera-vocabulary'
import type { LibrarySearch } from './presetLibrary'

/** Matched names shown on one item before "+N more". */
const ALIAS_SHOWN = 2

const aliasLine = (hits: readonly PresetHit[], typed: string): string => {
  const whole = hits.some((h) => h.exact) ? hits.filter((h) => h.exact) : hits
  // the tool whose spelling was typed as such ("[Truck left]", "bolt_cam") first
  const same = (h: PresetHit) => spelled(h.entry.tool, h.entry.name).toLowerCase() === typed.trim().toLowerCase()
  const best = [...whole.filter(same), ...whole.filter((h) => !same(h))]
  const words = best.slice(0, ALIAS_SHOWN).map((h) => `${h.own ? '' : 'close to '}${TOOLS[h.entry.tool].label}: ${spelled(h.entry.tool, h.entry.name)}`)
  const line = words.join(' · ') + (best.length > ALIAS_SHOWN ? ` · +${best.length - ALIAS_SHOWN} more` : '')
  return line.charAt(0).toUpperCase() + line.slice(1)
}

/**
 * The library's search: `searchPresets` (label, id, category, description, keywords) plus every
 * preset a rival tool's name stands for (the vocabulary table), in library order.
 */
export const searchLibrary = (query: string, category?: PresetCategory): LibrarySearch => {
  const own = searchPresets(query, category)
  const matches = matchNames(query)
  const hits = presetHits(matches)
  const found = new Set([...own.map((p) => p.id), ...hits.keys()])
  const presets = PRESETS.filter((p) => found.has(p.id) && (!category || p.category === category))
  const aliases = new Map<string, string>()
  for (const p of presets) {
    const h = hits.get(p.id)
    if (h) aliases.set(p.id, aliasLine(h, query))
  }
  const best = presets.find((p) => hits.get(p.id)?.some((h) => h.exact && h.own)) ?? presets[0]
  return { presets, aliases, notMoves: notAMoveLines(matches), ...(best ? { best } : {}) }
}
