/**
 * More strength for a route's camera control, for a retry when a measured take moved less than its
 * design: Kling's `camera_control.config` axis value (-10..10) and Higgsfield's motion strengths
 * (0..1) scaled by a factor and clamped to the provider's range. Pure: a request body in, a new one
 * (or why not) out; the body given is not changed.
 */
import { KLING_MAX } from './kling/kling'

export type StrengthResult = { readonly ok: true; readonly payload: unknown; readonly description: string } | { readonly ok: false; readonly reason: string }

/** Targets whose request bodies carry a strength. */
export const STRENGTH_TARGETS: ReadonlySet<string> = new Set(['kling', 'higgsfield'])

const round = (x: number, step: number) => Math.round(x / step) * step
const fmt = (x: number) => String(+x.toFixed(2))

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x)

const strengthenKling = (payload: Record<string, unknown>, factor: number): StrengthResult => {
  const control = payload.camera_control
  if (!isRecord(control)) return { ok: false, reason: 'This Kling request has no camera control to strengthen.' }
  if (control.type !== 'simple' || !isRecord(control.config)) return { ok: false, reason: `Kling's ${String(control.type)} preset has no strength.` }
  const config = control.config
  const axis = Object.keys(config).find((k) => typeof config[k] === 'number' && config[k] !== 0)
  if (!axis) return { ok: false, reason: 'This Kling request moves no axis.' }
  const before = config[axis] as number
  const after = Math.sign(before) * Math.min(KLING_MAX, round(Math.abs(before) * factor, 0.1))
  if (Math.abs(after) <= Math.abs(before) + 1e-9) return { ok: false, reason: `Kling's ${axis} axis is already at its strongest (${fmt(before)}).` }
  return {
    ok: true,
    payload: { ...payload, camera_control: { ...control, config: { ...config, [axis]: +after.toFixed(1) } } },
    description: `Kling ${axis} ${fmt(before)} → ${fmt(after)}`,
  }
}

const strengthenHiggsfield = (payload: Record<string, unknown>, factor: number): StrengthResult => {
  const motions = payload.motions
  if (!Array.isArray(motions) || motions.length === 0) return { ok: false, reason: 'This Higgsfield request names no motion.' }
  const scaled = motions.map((m: unknown) => {
    if (!isRecord(m) || typeof m.strength !== 'number') return { motion: m, before: null, after: null }
    return { motion: m, before: m.strength, after: Math.min(1, round(m.strength * factor, 0.01)) }
  })
  const changed = scaled.filter((s) => s.before !== null && s.after! > s.before + 1e-9)
  if (changed.length === 0) return { ok: false, reason: 'Higgsfield\u2019s motions are already at full strength (1).' }
  return {
    ok: true,
    payload: { ...payload, motions: scaled.map((s) => (s.before === null ? s.motion : { ...(s.motion as Record<string, unknown>), strength: +s.after!.toFixed(2) })) },
    description: changed.map((s) => `${String((s.motion as Record<string, unknown>).name ?? 'motion')} ${fmt(s.before!)} → ${fmt(s.after!)}`).join(', '),
  }
}

/** The request body with its strength scaled by `factor` (> 1), or why it cannot be. */
export const strengthenPayload = (targetId: string, payload: unknown, factor: number): StrengthResult => {
  if (!(factor > 1)) return { ok: false, reason: 'More strength needs a factor above 1.' }
  if (!STRENGTH_TARGETS.has(targetId)) return { ok: false, reason: `${targetId} has no strength to turn up: it takes named moves only.` }
  if (!isRecord(payload)) return { ok: false, reason: 'The request body is not an object.' }
  return targetId === 'kling' ? strengthenKling(payload, factor) : strengthenHiggsfield(payload, factor)
}
