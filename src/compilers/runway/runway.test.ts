import { describe, expect, it } from 'vitest'
import { expectGolden } from '../__fixtures__/golden'
import { ASPECT_RATIOS } from '../../core/camera/lens'
import { smallProject } from '../__fixtures__/projects'
import { compileFor, compiled, shotProject, whipAndBack } from '../sora/testShots'
import { RUNWAY_PROMPT_MAX, runwayTarget } from '.'

interface RunwayBody {
  model: string
  promptImage: string
  promptText: string
  ratio: string
  duration: number
}

const bodyOf = (r: ReturnType<typeof compiled>) => r.payload as RunwayBody
const GEN4_TURBO_RATIOS = ['1280:720', '720:1280', '1104:832', '832:1104', '960:960', '1584:672']

describe('runway target', () => {
  it('matches the golden file (the small project)', () => {
    const r = compiled(runwayTarget, smallProject())
    expectGolden('runway.small.json', r.text)
  })

  it('writes a gen4_turbo image-to-video body with a start-image placeholder', () => {
    const r = compiled(runwayTarget, shotProject([{ presetId: 'pan-left', durationS: 5 }], { durationS: 5 }))
    expect(bodyOf(r)).toEqual({
      model: 'gen4_turbo',
      promptImage: '<START_FRAME_URL_OR_DATA_URI>',
      promptText: '[Describe your subject and scene here.] Camera: pan left 45 degrees, easing in and out, 35 mm lens, subject 5.6 m away.',
      ratio: '1280:720',
      duration: 5,
    })
    expect(r.warnings[0].message).toContain('attach your start frame')
  })

  it('maps every aspect to a documented gen4_turbo ratio', () => {
    for (const aspect of ASPECT_RATIOS) expect(GEN4_TURBO_RATIOS).toContain(bodyOf(compiled(runwayTarget, shotProject([{ presetId: 'static' }], { aspect }))).ratio)
  })

  it('scores a native move (a single pan, a single push-in) at 0.9 or more', () => {
    expect(compiled(runwayTarget, shotProject([{ presetId: 'pan-left', durationS: 5 }], { durationS: 5 })).fidelity.score).toBeGreaterThanOrEqual(0.9)
    expect(compiled(runwayTarget, shotProject([{ presetId: 'push-in', durationS: 10 }], { durationS: 10 })).fidelity.score).toBeGreaterThanOrEqual(0.9)
  })

  it('scores a whip pan and back within 0.7 s low, and says why', () => {
    const r = compiled(runwayTarget, whipAndBack(10))
    expect(r.fidelity.score).toBeLessThan(0.6)
    expect(r.fidelity.dropped.join(' ')).toContain('moves are timed to the half second')
  })

  it('keeps promptText within 1000 characters for a shot of many moves', () => {
    const presets = ['pan-left', 'tilt-up', 'truck-right', 'pedestal-down', 'roll', 'zoom-in', 'orbit-right', 'dolly-out', 'handheld', 'crane-up']
    const r = compiled(runwayTarget, shotProject(presets.map((presetId, i) => ({ presetId, startS: i, durationS: 1 })), { durationS: 10 }))
    expect(bodyOf(r).promptText.length).toBeLessThanOrEqual(RUNWAY_PROMPT_MAX)
    expect(bodyOf(r).promptText.endsWith('.')).toBe(true)
  })

  it('cuts an over-long description at a whole span, implies only what is left, and offers a split', () => {
    const presets = ['crane-up', 'crane-down', 'arc', 'dolly-zoom-in', 'fpv-drone']
    const clips = Array.from({ length: 20 }, (_, i) => ({ presetId: presets[i % 5], startS: i * 0.5, durationS: 0.5 }))
    const r = compiled(runwayTarget, shotProject(clips, { durationS: 10 }))
    const text = bodyOf(r).promptText
    expect(text.length).toBeLessThanOrEqual(RUNWAY_PROMPT_MAX)
    // whole time-coded spans, the last one closed with a full stop
    expect(text).toMatch(/\d s: [^;]*\.$/)
    expect(r.warnings[1].fix).toMatchObject({ kind: 'split' })
    expect(r.fidelity.score).toBeLessThan(0.6)
  })

  it('picks 5 or 10 s and refuses a shot over 10 s', () => {
    const at = (durationS: number) => compileFor(runwayTarget, shotProject([{ presetId: 'pan-right', durationS }], { durationS }))
    expect([3, 7.4, 7.6, 10].map((d) => {
      const r = at(d)
      return r.ok ? (r.payload as RunwayBody).duration : r.error.message
    })).toEqual([5, 5, 10, 10])
    const long = at(11)
    expect(long.ok).toBe(false)
    if (!long.ok) expect(long.error.message).toBe('Runway makes clips of at most 10 s; this one is 11 s: trim it, or split it into two chained generations.')
  })
})
