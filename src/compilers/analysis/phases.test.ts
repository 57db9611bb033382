import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createClip, getPreset, presetRegistry } from '../../camera-presets'
import { type ParamValues, type Project, addClip, createProject, updateShotSettings } from '../../timeline'
import { nominalShareIn } from '../calibration'
import { buildContext } from '../context'
import { compileShot, planChain } from '../registry'
import { REVERSAL_UNITS, isOscillation, reversalIndices } from './phases'

const presetProject = (presetId: string, params?: ParamValues, durationS?: number): Project => {
  const preset = getPreset(presetId)
  if (!preset) throw new Error(`no preset ${presetId}`)
  const d = durationS ?? Math.min(5, preset.defaultDurationS)
  return updateShotSettings(addClip(createProject(), 'shot:1', 'shot:1/track:1', createClip(preset, 'shot:1/clip:1', 0, params, d)), 'shot:1', { durationS: d })
}
const segmentsOf = (p: Project) => buildContext(p, 0, presetRegistry).analysis.segments

describe('isOscillation', () => {
  it('is a channel turning three times or more, its turns under half a second apart', () => {
    expect(isOscillation([10, 20, 30], 24)).toBe(true)
    expect(isOscillation([10, 20], 24)).toBe(false)
    expect(isOscillation([16, 32, 48, 64, 80], 24)).toBe(false)
  })
})

describe('reversalIndices', () => {
  it('finds the turning point of a channel that goes out and back by more than the leg', () => {
    expect(reversalIndices([0, 0.3, 0.6, 0.9, 0.6, 0.3, 0], REVERSAL_UNITS)).toEqual([3])
    expect(reversalIndices([0, 1, 0, 1, 0], REVERSAL_UNITS)).toEqual([1, 2, 3])
  })
  it('ignores wobble smaller than the leg, and a monotone channel', () => {
    expect(reversalIndices([0, 0.2, -0.1, 0.25, 0.05, 0.3, 0.1], REVERSAL_UNITS)).toEqual([])
    expect(reversalIndices([0, 0.5, 1, 1.5, 2], REVERSAL_UNITS)).toEqual([])
    // out far, back less than the leg
    expect(reversalIndices([0, 1, 2, 1.6], REVERSAL_UNITS)).toEqual([])
  })
})

describe('phases inside a clip', () => {
  it('reads a yoyo zoom as a zoom in, then the same zoom out', () => {
    const s = segmentsOf(presetProject('yoyo-zoom'))
    expect(s).toHaveLength(2)
    expect(s.map((x) => x.phase)).toEqual([0, 1])
    expect(s[0].endS).toBeCloseTo(1.25, 6)
    expect(s[0].channels.zoomRatio).toBeCloseTo(2.5, 3)
    expect(s[1].channels.zoomRatio).toBeCloseTo(1 / 2.5, 3)
  })

  it('reads each bounce of a yoyo zoom with three bounces', () => {
    const s = segmentsOf(presetProject('yoyo-zoom', { cycles: 3 }, 4))
    expect(s.map((x) => Math.sign(Math.log(x.channels.zoomRatio)))).toEqual([1, -1, 1, -1, 1, -1])
    // a fast pulse (four bounces in 2.5 s) gets nowhere, so it is no sway: each bounce is read
    expect(segmentsOf(presetProject('yoyo-zoom', { cycles: 4 }, 2.5))).toHaveLength(8)
  })

  it('reads a double dolly as two pushes of half the distance each', () => {
    const s = segmentsOf(presetProject('double-dolly'))
    expect(s).toHaveLength(2)
    expect(s[0].endS).toBeCloseTo(2, 6)
    for (const x of s) expect(x.channels.dollyM).toBeCloseTo(1.5, 2)
  })

  it('reads a robo arm as the arc, then a hold', () => {
    const s = segmentsOf(presetProject('robo-arm'))
    expect(s).toHaveLength(2)
    expect(Math.abs(s[0].channels.orbitDeg)).toBeCloseTo(70, 3)
    // the hold starts where the arm lands: 3.5 s less the 1.2 s hold (to the analysis frame)
    expect(s[1].startS).toBeCloseTo(2.3, 1)
    expect(s[1].speed).toBe('hold')
  })

  it('does not cut a small zoom and back, a body sway or a long eased move', () => {
    // 1.1x is under REVERSAL_UNITS of zoom: too small to read as two moves
    expect(segmentsOf(presetProject('yoyo-zoom', { ratio: 1.1 }))).toHaveLength(1)
    // snorricam's sway slows the turn but never stops it
    expect(segmentsOf(presetProject('snorricam'))).toHaveLength(1)
    // a 20 s eased push barely moves at its ends: that is easing, not a hold
    expect(segmentsOf(presetProject('dolly-in', undefined, 20))).toHaveLength(1)
    // a strong, fast body sway is a texture of the turn, not a dozen moves
    expect(segmentsOf(presetProject('snorricam', { sway: 11.5, swayFrequency: 1.2, turn: -70 }, 5.3))).toHaveLength(1)
    // shake is measured on the steady path, so a wiggle never cuts
    expect(segmentsOf(presetProject('wiggle'))).toHaveLength(1)
  })

  it('leaves every preset of the agreement baseline in one piece (their outputs and scores stay as recorded)', () => {
    const baseline = JSON.parse(readFileSync(new URL('../__fixtures__/vocabulary-agreement.json', import.meta.url), 'utf8')) as Record<string, unknown>
    for (const id of Object.keys(baseline)) expect(segmentsOf(presetProject(id)).every((s) => s.phase === undefined), id).toBe(true)
  })
})

describe('a sway on the spot', () => {
  it("a snorricam swaying 10.9 degrees with no turn is one span (its sway is texture), and the prompt says no orbit snaps", () => {
    const p = presetProject('snorricam', { turn: 0, sway: 10.87, swayFrequency: 1.07 }, 4)
    expect(segmentsOf(p)).toHaveLength(1)
    const r = compileShot('prompt', p, 0, presetRegistry)
    if (!r.ok) throw new Error(r.error.message)
    expect(r.text).not.toMatch(/in a snap/)
  })
})

describe('what the targets make of the phases', () => {
  it('a one-move target cannot send a yoyo zoom: the score is low and says the zoom is dropped', () => {
    for (const target of ['veo-vertex', 'kling', 'pixverse']) {
      const r = compileShot(target, presetProject('yoyo-zoom'), 0, presetRegistry)
      if (!r.ok) throw new Error(r.error.message)
      expect(r.fidelity.score, target).toBeLessThan(0.5)
      expect(r.fidelity.dropped.join(' '), target).toMatch(/^zoom dropped/)
    }
  })

  it("Higgsfield sends its own YoYo Zoom for a yoyo zoom (a move that comes back matches one that comes back), and nothing else", () => {
    const r = compileShot('higgsfield', presetProject('yoyo-zoom'), 0, presetRegistry)
    if (!r.ok) throw new Error(r.error.message)
    expect((r.payload as { motions: { name: string }[] }).motions.map((m) => m.name)).toEqual(['YoYo Zoom'])
    expect(r.fidelity.dropped).toEqual([])
    // a plain zoom in is never sent a yoyo: YoYo Zoom is offered only to designs that use the preset
    const plain = compileShot('higgsfield', presetProject('zoom-in'), 0, presetRegistry)
    if (!plain.ok) throw new Error(plain.error.message)
    expect((plain.payload as { motions: { name: string }[] }).motions.map((m) => m.name)).not.toContain('YoYo Zoom')
  })

  it('the film-language prompt says zoom in then zoom out for a yoyo zoom, never hold', () => {
    const r = compileShot('prompt', presetProject('yoyo-zoom'), 0, presetRegistry)
    if (!r.ok) throw new Error(r.error.message)
    expect(r.text).toContain('0-1.25 s: zoom in from 35 mm to 88 mm')
    expect(r.text).toContain('1.25-2.5 s: zoom out from 88 mm to 35 mm')
    expect(r.text).not.toMatch(/hold/)
    expect(r.fidelity.score).toBeGreaterThan(0.95)
  })

  it('the film-language prompt says two pushes for a double dolly, and an arc then a hold for a robo arm', () => {
    const dd = compileShot('prompt', presetProject('double-dolly'), 0, presetRegistry)
    if (!dd.ok) throw new Error(dd.error.message)
    expect(dd.text).toContain('0-2 s: dolly in 1.5 m toward the subject')
    expect(dd.text).toContain('2-4 s: dolly in 1.5 m toward the subject')
    const ra = compileShot('prompt', presetProject('robo-arm'), 0, presetRegistry)
    if (!ra.ok) throw new Error(ra.error.message)
    expect(ra.text).toMatch(/0-2\.29 s: orbit 70 degrees right around the subject.*; 2\.29-3\.5 s: hold\./)
  })

  it('a name read as the robo-arm preset implies its arc, then its hold, so it still matches the design', () => {
    const luma = compileShot('luma', presetProject('robo-arm'), 0, presetRegistry)
    if (!luma.ok) throw new Error(luma.error.message)
    expect((luma.payload as { concepts: { key: string }[] }).concepts.map((c) => c.key)).toEqual(['bolt_cam'])
    expect(luma.fidelity.score).toBeGreaterThan(0.95)
    expect(nominalShareIn('robo-arm', 0, 2.3 / 3.5)).toBeCloseTo(1, 9)
    expect(nominalShareIn('robo-arm', 2.3 / 3.5, 1)).toBe(0)
    expect(nominalShareIn('push-in', 0.25, 0.5)).toBe(0.25)
  })

  it('chains a yoyo zoom as two generations, and a robo arm as one (its hold stays with the arc)', () => {
    expect(planChain(presetProject('yoyo-zoom'), 0, presetRegistry)).toHaveLength(2)
    expect(planChain(presetProject('robo-arm'), 0, presetRegistry)).toEqual([{ startS: 0, durationS: 3.5 }])
  })
})
