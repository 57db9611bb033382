import { describe, expect, it } from 'vitest'
import { expectGolden } from '../__fixtures__/golden'
import { PRESETS, createClip, getPreset, presetRegistry } from '../../camera-presets'
import { type Project, addClip, createProject, updateShotLens, updateShotSettings } from '../../timeline'
import { onePresetProject, smallProject } from '../__fixtures__/projects'
import { buildContext } from '../context'
import { compileWithContext } from '../registry'
import { describeCameraMotion, impliedFromDescription } from '../film-language'
import { promptTarget } from '.'

const withPreset = (presetId: string, params?: Record<string, number | string>, durationS?: number): Project =>
  addClip(createProject(), 'shot:1', 'shot:1/track:1', createClip(getPreset(presetId)!, 'shot:1/clip:1', 0, params, durationS))
const compile = (project: Project) => {
  const r = compileWithContext(promptTarget, buildContext(project, 0, presetRegistry))
  if (!r.ok) throw new Error(r.error.message)
  return r
}
const describe0 = (project: Project) => {
  const ctx = buildContext(project, 0, presetRegistry)
  return describeCameraMotion(ctx.analysis, { focalLengthMm: 35 })
}

describe('prompt target: golden output', () => {
  it('matches the committed prompt.small.txt and prompt.small.json', () => {
    const r = compile(smallProject())
    expectGolden('prompt.small.txt', r.text)
    expectGolden('prompt.small.json', `${JSON.stringify(r.payload, null, 2)}\n`)
  })
})

describe('describeCameraMotion', () => {
  it('writes time-coded spans with rounded magnitudes, the lens and holds', () => {
    const d = describe0(onePresetProject('pan-left'))
    expect(d.text).toBe('0-4 s: pan left 45 degrees, easing in and out, 35 mm lens, subject 5.6 m away; 4-5 s: hold.')
    expect(d.spans.map((s) => [s.startS, s.endS, s.hold])).toEqual([
      [0, 4, false],
      [4, 5, true],
    ])
    expect(d.spans[0]).toMatchObject({ focalLengthMm: 35, moves: [{ kind: 'pan', phrase: 'pan left 45 degrees', channels: { panDeg: 45 } }] })
    expect(d.subjectDistanceM).toBe(5.6)
  })

  it('reads neighbouring holds as one, including a move too small to write', () => {
    let p = withPreset('pan-left', undefined, 2)
    p = addClip(p, 'shot:1', 'shot:1/track:1', createClip(getPreset('pan-left')!, 'shot:1/clip:2', 3, { angle: 0.1 }, 1))
    const d = describe0(updateShotSettings(p, 'shot:1', { durationS: 5 }))
    expect(d.text).toBe('0-2 s: pan left 45 degrees, easing in and out, 35 mm lens, subject 5.6 m away; 2-5 s: hold.')
    expect(d.spans.map((s) => [s.startS, s.endS])).toEqual([
      [0, 2],
      [2, 5],
    ])
  })

  it('writes times in seconds of a longer clip, to the half second, and maps them back', () => {
    const p = updateShotSettings(withPreset('pan-left', undefined, 2.2), 'shot:1', { durationS: 3 })
    const d = describeCameraMotion(buildContext(p, 0, presetRegistry).analysis, { outDurationS: 4, timeStepS: 0.5 })
    expect(d.spans.map((s) => [s.writtenStartS, s.writtenEndS])).toEqual([
      [0, 3],
      [3, 4],
    ])
    expect(d.spans[0].endS).toBeCloseTo(2.25, 12)
    expect(d.text.startsWith('0-3 s: pan left 45 degrees')).toBe(true)
  })

  it.each([
    ['orbit-left', /^0-6 s: orbit 90 degrees left around the subject/],
    ['push-in', /^0-5 s: slow push in 1\.7 m toward the subject/],
    ['pull-out', /pull out 3\.4 m from the subject/],
    ['truck-right', /truck right 1\.5 m/],
    ['pedestal-up', /pedestal up 1 m/],
    ['tilt-down', /tilt down 20 degrees/],
    ['roll', /roll 90 degrees counter-clockwise/],
    ['dutch-angle', /roll into a 15-degree dutch angle/],
    ['zoom-in', /zoom in from 35 mm to 70 mm/],
    ['crash-zoom-in', /crash zoom in from 35 mm to 140 mm/],
    ['dolly-zoom-in', /dolly zoom: push in 2\.8 m and zoom out from 35 mm to 18 mm together/],
    ['whip-pan', /whip pan right 120 degrees/],
    ['crane-up', /crane up 2 m and back 0\.5 m, tilting down 18 degrees/],
    ['arc', /arc 35 degrees left around the subject while craning up 1 m, tilting down 10 degrees/],
    ['orbit-360', /orbit a full 360 degrees left around the subject, at a steady speed/],
    ['bullet-time', /bullet time: orbit 180 degrees right around the frozen subject/],
    ['lazy-susan', /lazy susan: the subject turns 360 degrees to its left on a turntable/],
    ['rack-focus', /rack focus from 5\.6 m to 12 m/],
    ['handheld', /hold with natural handheld shake/],
    ['aerial-reveal', /aerial pullback: rise 12 m and back 10 m, tilting down 35 degrees/],
    ['static', /hold, static locked-off camera/],
  ])('uses film words for %s', (presetId, pattern) => {
    expect(describe0(onePresetProject(presetId)).text).toMatch(pattern)
  })

  it('never calls a dolly a zoom, nor a zoom a dolly', () => {
    for (const id of ['push-in', 'pull-out', 'dolly-in', 'dolly-out']) expect(describe0(onePresetProject(id)).text).not.toMatch(/zoom/)
    for (const id of ['zoom-in', 'zoom-out']) expect(describe0(onePresetProject(id)).text).not.toMatch(/dolly|push|pull/)
  })

  it('joins simultaneous moves with "while" and sequential ones by time', () => {
    const d = describe0(smallProject())
    expect(d.spans.map((s) => s.text)).toEqual([
      '0-0.25 s: orbit 14 degrees left around the subject, in a snap, 35 mm lens, subject 5.6 m away',
      '0.25-0.75 s: orbit 45 degrees left around the subject while craning up 2 m and back 0.5 m, tilting down 18 degrees, in a snap',
      '0.75-1 s: hold with subtle handheld shake',
    ])
  })

  it('implies the magnitudes as written, not as designed', () => {
    const d = describe0(onePresetProject('push-in'))
    const [seg] = impliedFromDescription(d)
    expect(seg.channels.dollyM).toBe(1.7)
    // the subject stays sharp through the push-in: no focus pull is implied
    expect(seg.channels.focusRatio).toBeUndefined()
    expect(impliedFromDescription(describe0(onePresetProject('orbit-left')))[0].channels).toEqual({ orbitDeg: 90 })
  })

  it('writes no numbers when asked, and then implies the nominal moves', () => {
    const ctx = buildContext(onePresetProject('pan-left'), 0, presetRegistry)
    const d = describeCameraMotion(ctx.analysis, { focalLengthMm: 35, numbers: false })
    expect(d.spans[0].moves[0]).toMatchObject({ phrase: 'pan left', channels: { panDeg: 30 } })
    expect(d.text.replace(/\d+(\.\d+)?-\d+(\.\d+)? s:/g, '')).not.toMatch(/degrees/)
  })

  it('does not write focus when the lens holds a fixed distance and nothing racks it', () => {
    const project = updateShotLens(onePresetProject('push-in'), 'shot:1', { focusDistanceM: 4 })
    const ctx = buildContext(project, 0, presetRegistry)
    const d = describeCameraMotion(ctx.analysis, { focalLengthMm: 35, focusDistanceM: 4 })
    expect(d.text).not.toMatch(/focus/)
    expect(impliedFromDescription(d)[0].channels.focusRatio).toBeUndefined()
  })
})

describe('prompt target fidelity', () => {
  it('keeps an orbit (>= 0.9)', () => {
    const r = compile(onePresetProject('orbit-left'))
    expect(r.fidelity.score).toBeGreaterThanOrEqual(0.9)
    expect(r.fidelity.kept).toContain('orbit kept')
  })

  it.each(PRESETS.map((p) => p.id))('keeps the single move %s at 0.9 or better', (presetId) => {
    expect(compile(onePresetProject(presetId)).fidelity.score).toBeGreaterThanOrEqual(0.9)
  })

  it('loses the detail of a violent handheld shake (< 0.6): words have three levels', () => {
    const r = compile(withPreset('handheld', { rotationAmplitude: 5, positionAmplitude: 20 }, 5))
    expect(r.fidelity.score).toBeLessThan(0.6)
    expect(r.fidelity.approximated).toEqual(['handheld shake approximated: written as "strong handheld shake" (words have three levels)'])
  })
})
