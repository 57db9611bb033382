/**
 * Test support for the pricing tests (not exported from the module): a payload compiled through the
 * real compilers for a one-shot project, as the studio sends it (the payload object, or the JSON text
 * for targets that keep only text). Used only by *.test.ts files.
 */
import { getTarget } from '../compilers/registry'
import { compileFor, shotProject } from '../compilers/sora/testShots'

/** The compiled payload of a `durationS` pan-left shot at 16:9 for `target`, or undefined where the target refuses it. */
export const compiledPayload = (target: string, durationS: number, presetId = 'pan-left'): unknown => {
  const t = getTarget(target)
  if (!t) throw new Error(`no compile target ${target}`)
  const r = compileFor(t, shotProject([{ presetId, durationS }], { durationS, aspect: '16:9' }))
  if (!r.ok) return undefined
  return r.payload ?? JSON.parse(r.text)
}
