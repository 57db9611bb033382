import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { expectGolden } from '../__fixtures__/golden'
import { PRESETS, presetRegistry } from '../../camera-presets'
import { arbParams } from '../../test/arbitraries'
import { updateShotSettings } from '../../timeline'
import { smallProject } from '../__fixtures__/projects'
import { buildContext } from '../context'
import { describeCameraMotion, hostedDescribeOptions, impliedFromDescription } from '../film-language'
import { compileFor, compiled, shotProject, whipAndBack } from './testShots'
import { soraTarget } from '.'

interface SoraBody {
  model: string
  prompt: string
  seconds: string
  size: string
}

const bodyOf = (r: ReturnType<typeof compiled>) => r.payload as SoraBody
describe('sora target', () => {
  it('matches the golden file (the small project at 16:9)', () => {
    const r = compiled(soraTarget, updateShotSettings(smallProject(), 'shot:1', { aspect: '16:9' }))
    expectGolden('sora.small.json', r.text)
  })

  it('writes model, prompt, seconds and size only', () => {
    const b = bodyOf(compiled(soraTarget, shotProject([{ presetId: 'pan-left', durationS: 4 }], { durationS: 4 })))
    expect(b).toEqual({ model: 'sora-2', prompt: '[Describe your subject and scene here.] Camera: pan left 45 degrees, easing in and out, 35 mm lens, subject 5.6 m away.', seconds: '4', size: '1280x720' })
  })

  it('scores a native move (a single pan, a single push-in) at 0.9 or more', () => {
    expect(compiled(soraTarget, shotProject([{ presetId: 'pan-left', durationS: 4 }], { durationS: 4 })).fidelity.score).toBeGreaterThanOrEqual(0.9)
    expect(compiled(soraTarget, shotProject([{ presetId: 'push-in', durationS: 8 }], { durationS: 8 })).fidelity.score).toBeGreaterThanOrEqual(0.9)
  })

  it('scores a whip pan and back within 0.7 s low: prompts time moves to the half second', () => {
    const r = compiled(soraTarget, whipAndBack(12))
    expect(r.fidelity.score).toBeLessThan(0.6)
    expect(r.fidelity.dropped).toEqual(['pan dropped: too small or too brief to write into the prompt (moves are timed to the half second)'])
  })

  it('picks the nearest of 4, 8 and 12 s and the size of the aspect', () => {
    const at = (durationS: number, aspect: '16:9' | '9:16' = '16:9') => bodyOf(compiled(soraTarget, shotProject([{ presetId: 'tilt-up', durationS }], { durationS, aspect })))
    expect([1, 5.9, 6.1, 10, 12].map((d) => at(d).seconds)).toEqual(['4', '4', '8', '12', '12'])
    expect(at(4, '9:16').size).toBe('720x1280')
  })

  it('refuses a 13 s shot (trim, split) and a 1:1 one (set aspect)', () => {
    const long = compileFor(soraTarget, shotProject([{ presetId: 'pan-left', durationS: 13 }], { durationS: 13 }))
    expect(long).toEqual({
      ok: false,
      error: {
        code: 'constraint',
        message: 'Sora makes clips of at most 12 s; this one is 13 s: trim it, or split it into two chained generations.',
        fixes: [
          { kind: 'trim', toS: 12, label: 'Trim the shot to 12 s' },
          { kind: 'split', parts: 2, label: 'Split into two chained generations' },
        ],
      },
    })
    const square = compileFor(soraTarget, shotProject([{ presetId: 'pan-left' }], { aspect: '1:1' }))
    expect(square.ok).toBe(false)
    if (!square.ok) expect(square.error.fixes).toEqual([{ kind: 'set-aspect', aspect: '16:9', label: 'Set the aspect to 16:9' }])
  })
})

describe('the film-language writer as the hosted prompt targets use it (clip seconds, half-second timing)', () => {
  const describeShot = (project: ReturnType<typeof shotProject>, outS: number) => {
    const ctx = buildContext(project, 0, presetRegistry)
    const description = describeCameraMotion(ctx.analysis, hostedDescribeOptions(ctx, outS))
    return { ctx, description, implied: impliedFromDescription(description) }
  }

  it('implies exactly the numbers it writes', () => {
    const { description, implied } = describeShot(shotProject([{ presetId: 'pan-left', durationS: 4, params: { angle: 47 } }, { presetId: 'tilt-up', startS: 4, durationS: 2 }], { durationS: 6 }), 6)
    expect(description.text).toBe('0-4 s: pan left 45 degrees, easing in and out, 35 mm lens, subject 5.6 m away; 4-6 s: tilt up 20 degrees, easing in and out.')
    expect(implied.map((s) => [s.startS, s.endS, s.channels])).toEqual([
      [0, 4, { panDeg: 45 }],
      [4, 6, { tiltDeg: 20 }],
    ])
  })

  it('maps written times back to the shot when the clip is longer', () => {
    const { description, implied } = describeShot(shotProject([{ presetId: 'pan-right', durationS: 1 }, { presetId: 'zoom-in', startS: 1, durationS: 1 }], { durationS: 2 }), 4)
    expect(description.text).toContain('0-2 s: pan right 45 degrees')
    expect(description.text).toContain('2-4 s: zoom in from 35 mm to 70 mm')
    expect(implied.map((s) => [s.startS, s.endS])).toEqual([
      [0, 1],
      [1, 2],
    ])
  })

  it('says handheld with the nearest shake word, and a focus pull in metres', () => {
    const shaky = describeShot(shotProject([{ presetId: 'handheld', durationS: 4, params: { rotationAmplitude: 1.8, positionAmplitude: 4 } }], { durationS: 4 }), 4)
    expect(shaky.description.text).toContain('hold with strong handheld shake')
    const rack = describeShot(shotProject([{ presetId: 'rack-focus', durationS: 4 }], { durationS: 4 }), 4)
    expect(rack.description.text).toBe('rack focus from 5.6 m to 12 m, 35 mm lens, subject 5.6 m away.')
    expect(rack.implied[0].channels.focusRatio).toBeCloseTo(12 / 5.6, 12)
  })

  it('never writes an empty span: a move that rounds to nothing on the half-second grid joins its neighbour (a 0.2 s pan, then a dolly; found by the property below)', () => {
    const project = shotProject([{ presetId: 'pan-right', durationS: 0.2 }, { presetId: 'dolly-in', startS: 0.2, durationS: 3.8 }], { durationS: 4 })
    const r = compiled(soraTarget, project)
    const { implied } = describeShot(project, Number(bodyOf(r).seconds))
    for (const s of implied) expect(s.endS).toBeGreaterThan(s.startS)
    expect(implied[0].startS).toBe(0)
    implied.slice(1).forEach((s, i) => expect(s.startS).toBe(implied[i].endS))
    expect(implied[implied.length - 1].endS).toBe(4)
  })

  it('keeps every prompt-target score in [0, 1] and every implied span inside the shot (random presets)', () => {
    const arb = fc.tuple(fc.constantFrom(...PRESETS).chain((p) => fc.tuple(fc.constant(p), arbParams(p))), fc.double({ min: 0.3, max: 12, noNaN: true }))
    fc.assert(
      fc.property(arb, ([[preset, params], durationS]) => {
        const r = compiled(soraTarget, shotProject([{ presetId: preset.id, durationS, params }], { durationS }))
        expect(r.fidelity.score).toBeGreaterThanOrEqual(0)
        expect(r.fidelity.score).toBeLessThanOrEqual(1)
        const { implied } = describeShot(shotProject([{ presetId: preset.id, durationS, params }], { durationS }), Number(bodyOf(r).seconds))
        for (const s of implied) {
          expect(s.startS).toBeGreaterThanOrEqual(0)
          expect(s.endS).toBeLessThanOrEqual(durationS + 1e-9)
          expect(s.endS).toBeGreaterThan(s.startS)
        }
      }),
      { numRuns: 40 },
    )
  })
})
