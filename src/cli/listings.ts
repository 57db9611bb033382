/** What `framewright presets` and `framewright targets` print: plain tables, or the same data as JSON. */
import { PRESETS, PRESET_ALIASES } from '../camera-presets'
import { CHANNEL_LABELS, COMPILE_TARGETS, type TargetConstraints } from '../compilers'
import type { ParamSpec } from '../timeline'

const paramData = (spec: ParamSpec) =>
  spec.kind === 'number'
    ? { name: spec.name, label: spec.label, kind: spec.kind, unit: spec.unit, min: spec.min, max: spec.max, default: spec.default, ...(spec.integer ? { integer: true } : {}) }
    : { name: spec.name, label: spec.label, kind: spec.kind, options: spec.options.map((o) => o.value), default: spec.default }

export const presetsData = () =>
  PRESETS.map((p) => ({
    id: p.id,
    version: p.version,
    label: p.label,
    category: p.category,
    description: p.description,
    defaultDurationS: p.defaultDurationS,
    aliases: Object.keys(PRESET_ALIASES).filter((alias) => PRESET_ALIASES[alias] === p.id),
    parameters: p.params.map(paramData),
  }))

export const targetsData = () =>
  COMPILE_TARGETS.map((t) => ({
    id: t.id,
    label: t.label,
    kind: t.kind,
    fileExtension: t.fileExtension,
    mediaType: t.mediaType,
    description: t.description,
    exact: t.exact,
    constraints: t.constraints,
  }))

/** Word-wraps one paragraph to lines of at most `width` characters (longer words stay whole). */
export const wrap = (text: string, width: number, indent = '  '): string => {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line)
      line = indent + word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines.join('\n')
}

/** Columns padded to their widest cell; a cell may hold several lines. */
export const table = (header: readonly string[], rows: readonly (readonly string[])[]): string => {
  const cells = [header, ...rows].map((row) => row.map((cell) => cell.split('\n')))
  const widths = header.map((_, c) => Math.max(...cells.flatMap((row) => row[c].map((line) => line.length))))
  const lines: string[] = []
  for (const row of cells) {
    const height = Math.max(...row.map((cell) => cell.length))
    for (let l = 0; l < height; l++) lines.push(row.map((cell, c) => (cell[l] ?? '').padEnd(widths[c])).join('  ').trimEnd())
  }
  return `${lines.join('\n')}\n`
}

const describeParam = (spec: ParamSpec): string =>
  spec.kind === 'number'
    ? `${spec.name} ${spec.unit} ${spec.min}..${spec.max}${spec.integer ? ' (whole)' : ''} default ${spec.default}`
    : `${spec.name} ${spec.options.map((o) => o.value).join('|')} default ${spec.default}`

export const formatPresets = (json: boolean): string => {
  if (json) return `${JSON.stringify(presetsData(), null, 2)}\n`
  const rows = PRESETS.map((p) => [p.id, p.label, p.category, p.params.map(describeParam).join('\n') || '-'])
  return table(['ID', 'LABEL', 'CATEGORY', 'PARAMETERS (name unit min..max default)'], rows)
}

const CONSTRAINT_WIDTH = 64

/** A target's constraints in words, one line per kind of limit (wrapped), then its notes. */
export const describeConstraints = (c: TargetConstraints): string => {
  const parts: string[] = []
  if (c.durationsS) parts.push(`durations ${c.durationsS.join(' | ')} s`)
  if (c.minDurationS !== undefined || c.maxDurationS !== undefined) parts.push(`duration ${c.minDurationS ?? 0}..${c.maxDurationS ?? 'any'} s`)
  if (c.aspects) parts.push(`aspects ${c.aspects.join(' ')}`)
  if (c.fps !== undefined) parts.push(`${c.fps} fps`)
  if (c.frameCounts) parts.push(`frames ${c.frameCounts.join(' | ')}`)
  if (c.frameRule) parts.push(`frame rule: ${c.frameRule}`)
  const moves: string[] = []
  if (c.maxSimultaneousMoves !== undefined) moves.push(`at most ${c.maxSimultaneousMoves} at once`)
  if (c.maxSequentialMoves !== undefined) moves.push(`at most ${c.maxSequentialMoves} in sequence`)
  if (moves.length) parts.push(`moves: ${moves.join(', ')}`)
  if (c.channels) parts.push(`channels: ${c.channels.map((ch) => CHANNEL_LABELS[ch] ?? ch).join(', ')}`)
  if (c.models) parts.push(`models: ${c.models.join(', ')}`)
  if (c.needsStartImage) parts.push('needs a start image (image-to-video)')
  const lines = [...parts, ...(c.notes ?? [])].map((line) => wrap(line, CONSTRAINT_WIDTH))
  return lines.join('\n') || '-'
}

export const formatTargets = (json: boolean): string => {
  if (json) return `${JSON.stringify(targetsData(), null, 2)}\n`
  return table(['ID', 'LABEL', 'KIND', 'CONSTRAINTS'], COMPILE_TARGETS.map((t) => [t.id, t.label, t.kind, describeConstraints(t.constraints)]))
}
