/**
 * Both directions of the table: a typed name to the presets it stands for (search), and a tool's
 * name to our presets (the compilers' named-move picking prefers a name for a design that uses one
 * of them).
 */
import { meaningOf, VOCABULARY } from './table'
import { TOOLS } from './tools'
import { type MoveMeaning, type NotAMoveKind, type ToolId, type VocabularyEntry, isMove } from './types'

/** Case and punctuation do not count: "Bolt_Cam", "bolt cam" and "[Bolt cam]" are one name. */
export const normalizeName = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()

/** The presets a move name stands for: its own first, then those it fits loosely. */
export const presetsOfMeaning = (m: MoveMeaning): readonly string[] => [m.preset, ...(m.also ?? [])]

/** Our presets a tool's name stands for (empty for a look, a time effect or an unknown name). */
export const presetsNamed = (tool: ToolId, name: string): readonly string[] => {
  const m = meaningOf(tool, name)
  return m && isMove(m) ? presetsOfMeaning(m) : []
}

/** The names a tool gives a preset: those whose own preset it is first, then those that fit it loosely. */
export const namesForPreset = (tool: ToolId, presetId: string): string[] => {
  const rows = VOCABULARY.filter((e): e is VocabularyEntry & MoveMeaning => e.tool === tool && isMove(e))
  return [...rows.filter((e) => e.preset === presetId), ...rows.filter((e) => e.also?.includes(presetId))].map((e) => e.name)
}

export interface NameMatch {
  readonly entry: VocabularyEntry
  /** The whole name, not a part of it. */
  readonly exact: boolean
}

/** Shortest typed text that matches inside a longer name (shorter texts must match a whole name). */
export const MIN_PARTIAL_CHARS = 3

/** The table rows whose name the text matches: the whole name, or a part of it from three characters on. */
export const matchNames = (text: string): NameMatch[] => {
  const q = normalizeName(text)
  if (!q) return []
  const out: NameMatch[] = []
  for (const entry of VOCABULARY) {
    const n = normalizeName(entry.name)
    if (n === q) out.push({ entry, exact: true })
    else if (q.length >= MIN_PARTIAL_CHARS && n.includes(q)) out.push({ entry, exact: false })
  }
  return out
}

export interface PresetHit {
  readonly entry: VocabularyEntry & MoveMeaning
  readonly exact: boolean
  /** The name's own preset (false: the preset is one it fits loosely). */
  readonly own: boolean
}

/** Per preset id, the matched names that stand for it (whole-name matches first, then own presets before loose fits). */
export const presetHits = (matches: readonly NameMatch[]): Map<string, PresetHit[]> => {
  const out = new Map<string, PresetHit[]>()
  for (const { entry, exact } of matches) {
    if (!isMove(entry)) continue
    presetsOfMeaning(entry).forEach((id, i) => {
      const list = out.get(id) ?? []
      if (!list.some((h) => h.entry === entry)) list.push({ entry: entry as VocabularyEntry & MoveMeaning, exact, own: i === 0 })
      out.set(id, list)
    })
  }
  for (const list of out.values()) list.sort((a, b) => Number(b.exact) - Number(a.exact) || Number(b.own) - Number(a.own))
  return out
}

const KIND_WORDS: Readonly<Record<NotAMoveKind, readonly [string, string]>> = {
  look: ['a look', 'looks'],
  time: ['a time effect', 'time effects'],
  transition: ['a transition', 'transitions'],
  action: ["the subject's action", "the subject's actions"],
  framing: ['a framing', 'framings'],
  auto: ["the model's own choice", "the model's own choices"],
}

const FRAMING_TAIL = ' Place the camera there, then use Static.'

/**
 * One line per kind for the matched names that are not camera moves, e.g. "Fisheye (Higgsfield) is
 * a look, not a camera move: an ultra-wide, barrel-distorted lens look." Whole-name matches only when
 * there are any.
 */
export const notAMoveLines = (matches: readonly NameMatch[]): string[] => {
  const exact = matches.filter((m) => m.exact)
  const rows = (exact.length > 0 ? exact : matches).map((m) => m.entry).filter((e) => !isMove(e))
  const kinds = [...new Set(rows.map((e) => ('not' in e ? e.not : 'look')))]
  return kinds.map((kind) => {
    const of = rows.filter((e) => 'not' in e && e.not === kind) as (VocabularyEntry & { not: NotAMoveKind; note: string })[]
    const names = of.map((e) => `${e.name} (${TOOLS[e.tool].label})`)
    const notes = [...new Set(of.map((e) => e.note))]
    const [one, many] = KIND_WORDS[kind]
    const head = of.length === 1 ? `${names[0]} is ${one}, not a camera move` : `${names.join(', ')} are ${many}, not camera moves`
    return `${head}${notes.length === 1 ? `: ${notes[0]}.` : '.'}${kind === 'framing' ? FRAMING_TAIL : ''}`
  })
}
