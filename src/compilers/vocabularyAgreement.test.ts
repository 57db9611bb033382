/**
 * The named-move targets' agreement with each preset's design: for every preset x every target that
 * picks a provider's named moves, compile the preset's default clip (at most 5 s, the length every
 * one of them takes) and read the implied motion back through the fidelity score. The scores before
 * the vocabulary table (issue 13) are committed in __fixtures__/vocabulary-agreement.json; no score
 * may fall below them. Presets added since have no baseline: their scores must be computed and finite.
 *
 * Re-record (on purpose only, and review the diff): UPDATE_AGREEMENT=1 npx vitest run src/compilers/vocabularyAgreement.test.ts
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { PRESETS, createClip, presetRegistry } from '../camera-presets'
import { addClip, createProject, updateShotSettings, type Project } from '../timeline'
import { compileShot } from '.'

/** The targets that map a design to a provider's named moves (or named controls). */
export const NAMED_MOVE_TARGETS = ['higgsfield', 'luma', 'pixverse', 'minimax', 'kling', 'veo-vertex'] as const

const FIXTURE = new URL('./__fixtures__/vocabulary-agreement.json', import.meta.url)
const CLIP_MAX_S = 5

type Scores = Record<string, Record<string, number | null>>

const presetProject = (presetId: string): Project => {
  const preset = PRESETS.find((p) => p.id === presetId)
  if (!preset) throw new Error(`no preset ${presetId}`)
  const durationS = Math.min(preset.defaultDurationS, CLIP_MAX_S)
  const p = addClip(createProject(), 'shot:1', 'shot:1/track:1', createClip(preset, 'shot:1/clip:1', 0, undefined, durationS))
  return updateShotSettings(p, 'shot:1', { durationS })
}

const scoreOf = (presetId: string, targetId: string): number | null => {
  const r = compileShot(targetId, presetProject(presetId), 0, presetRegistry)
  return r.ok ? r.fidelity.score : null
}

const measure = (): Scores =>
  Object.fromEntries(PRESETS.map((p) => [p.id, Object.fromEntries(NAMED_MOVE_TARGETS.map((t) => [t, scoreOf(p.id, t)]))]))

describe('named-move agreement with each preset (issue 13 baseline)', () => {
  const scores = measure()
  if (process.env.UPDATE_AGREEMENT === '1') writeFileSync(FIXTURE, `${JSON.stringify(scores, null, 2)}\n`)
  const baseline = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Scores

  it('has the baseline file', () => expect(existsSync(FIXTURE)).toBe(true))

  it.each(PRESETS.map((p) => p.id))('%s: every named-move target agrees at least as well as before', (presetId) => {
    const before = baseline[presetId]
    for (const target of NAMED_MOVE_TARGETS) {
      const now = scores[presetId][target]
      if (!before) {
        // a preset added since the baseline: the score is computed and finite
        expect(now, `${presetId} on ${target}`).not.toBeNull()
        expect(Number.isFinite(now), `${presetId} on ${target}`).toBe(true)
        continue
      }
      const was = before[target]
      if (was === null || was === undefined) continue
      expect(now, `${presetId} on ${target}: was ${was}`).not.toBeNull()
      expect(now as number, `${presetId} on ${target}: was ${was}`).toBeGreaterThanOrEqual(was - 1e-9)
    }
  })
})
