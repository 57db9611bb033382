/**
 * `framewright fidelity`: every target for one shot, best first, with the score (0..1) and what is
 * kept / approximated / dropped; a readable table or the same data as JSON. Pure.
 */
import { registryFor } from '../camera-presets/custom'
import { type CompileError, type CompileWarning, type TargetCompilation, compileAllTargets } from '../compilers'
import type { Project } from '../timeline'
import { table, wrap } from './listings'

export type TargetFidelity = {
  readonly id: string
  readonly label: string
  readonly kind: 'payload' | 'export'
  readonly exact: boolean
} & (
  | {
      readonly ok: true
      readonly score: number
      readonly kept: readonly string[]
      readonly approximated: readonly string[]
      readonly dropped: readonly string[]
      readonly warnings: readonly CompileWarning[]
    }
  | { readonly ok: false; readonly score: null; readonly error: CompileError }
)

export interface FidelityData {
  readonly shot: { readonly number: number; readonly name: string; readonly durationS: number; readonly fps: number; readonly aspect: string }
  /** Best score first; targets that cannot take the shot last. */
  readonly targets: readonly TargetFidelity[]
}

export const fidelityRow = ({ target, result }: TargetCompilation): TargetFidelity => {
  const head = { id: target.id, label: target.label, kind: target.kind, exact: target.exact }
  if (!result.ok) return { ...head, ok: false, score: null, error: result.error }
  const { score, kept, approximated, dropped } = result.fidelity
  return { ...head, ok: true, score, kept, approximated, dropped, warnings: result.warnings }
}

/** Fidelity of every target for shot `shotIndex` (0-based; the caller checks the range). */
export const fidelityData = (project: Project, shotIndex: number): FidelityData => {
  const shot = project.shots[shotIndex]
  return {
    shot: { number: shotIndex + 1, name: shot.name, durationS: shot.durationS, fps: shot.fps, aspect: shot.aspect },
    targets: compileAllTargets(project, shotIndex, registryFor(project)).map(fidelityRow),
  }
}

const DETAIL_WIDTH = 78

const detail = (row: TargetFidelity): string => {
  if (!row.ok) return wrap(`n/a: ${row.error.message}`, DETAIL_WIDTH)
  const lines: string[] = []
  const list = (name: string, items: readonly string[]) => items.length > 0 && lines.push(wrap(`${name}: ${items.join('; ')}`, DETAIL_WIDTH))
  list('kept', row.kept)
  list('approximated', row.approximated)
  list('dropped', row.dropped)
  for (const w of row.warnings) lines.push(wrap(`warning: ${w.message}`, DETAIL_WIDTH))
  return lines.join('\n') || '-'
}

export const formatFidelity = (data: FidelityData, json: boolean): string => {
  if (json) return `${JSON.stringify(data, null, 2)}\n`
  const { shot } = data
  const head = `Shot ${shot.number} "${shot.name}": ${shot.durationS} s at ${shot.fps} fps, ${shot.aspect}. ${data.targets.length} targets, best first.\n\n`
  const rows = data.targets.map((t) => [t.id, t.kind, t.ok ? t.score.toFixed(3) : 'n/a', detail(t)])
  return head + table(['TARGET', 'KIND', 'SCORE', 'KEPT / APPROXIMATED / DROPPED'], rows)
}
