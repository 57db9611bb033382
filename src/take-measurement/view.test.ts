import { describe, expect, it } from 'vitest'
import { createClip, getPreset } from '../camera-presets'
import { asMeasured } from '../camera-measure/compare/testing'
import { designedMotion } from '../camera-measure/compare'
import { registryFor } from '../camera-presets/custom'
import { serializeProject } from '../schema'
import { createTake } from '../takes/model'
import { createProject } from '../timeline/defaults'
import { addClip } from '../timeline/ops'
import type { MotionFrame } from '../camera-measure/compare'
import type { MeasurementRecord } from './record'
import { measuredTakeView, onDesignTime, previsKeyOf } from './view'

const project = (() => {
  let p = createProject()
  const shot = p.shots[0]
  p = addClip(p, shot.id, shot.tracks[0].id, createClip(getPreset('pan-right')!, 'clip:1', 0))
  return p
})()
const shot = project.shots[0]
const design = designedMotion(project, 0, registryFor(project), shot.fps)

const take = (route = 'kling') =>
  createTake({ id: 'take:1', projectId: project.id, shotId: shot.id, shotName: 'Shot 1', route, target: route, payload: '{}', fingerprint: 'f', design: serializeProject(project), settings: { size: '480p', depth: false } }, 1)

const record = (key: string, frames: readonly MotionFrame[], fps: number): MeasurementRecord => ({
  kind: 'framewright.take-measurement',
  version: 1,
  key,
  measuredAt: 1,
  fps,
  widthPx: 640,
  heightPx: 360,
  durationS: frames.length / fps,
  hfovDeg: 50,
  unmatchedFrames: 0,
  frames,
})

/** The design's pan read over a clip of `n` frames at `fps` (a model's own length, the move spread over all of it), `share` of it. */
const stretched = (n: number, fps: number, share = 1): MotionFrame[] => {
  const last = design.frames.length - 1
  return Array.from({ length: n }, (_, i) => {
    const x = (i / (n - 1)) * last
    const a = design.frames[Math.floor(x)]
    const b = design.frames[Math.min(last, Math.floor(x) + 1)]
    const pan = (a.panDeg + (x - Math.floor(x)) * (b.panDeg - a.panDeg)) * share
    return { t: i / fps, panDeg: pan, tiltDeg: 0, rollDeg: 0, zoom: 1, parallax: false, travel: null }
  })
}

describe('onDesignTime', () => {
  it('stretches a clip of another length onto the design and says so; leaves one of the same length alone', () => {
    const same = onDesignTime({ fps: 24, frames: stretched(design.frames.length, 24) }, design.frames[design.frames.length - 1].t)
    expect(same.note).toBeNull()
    const longer = onDesignTime({ fps: 24, frames: stretched(150, 24) }, design.frames[design.frames.length - 1].t)
    expect(longer.measured.frames[149].t).toBeCloseTo(design.frames[design.frames.length - 1].t, 9)
    expect(longer.note).toMatch(/^The 6\.3 s clip is read against the \d\.\d s design: its times are scaled by 0\.\d\d/)
  })
})

describe('measuredTakeView', () => {
  it('scores a 6.25 s clip that turns 60 % of the pan against the previs measurement, on the design\u2019s time', () => {
    const previs = record(previsKeyOf(take(), shot.fps), asMeasured(design).frames, shot.fps)
    const built = measuredTakeView(take(), record('take:1', stretched(150, 24, 0.6), 24), previs)
    if (!built.ok) throw new Error(built.message)
    const { comparison, notes, reference, designPoses } = built.view
    expect(comparison.verdicts[0]).toMatch(/^pan: \d+ of \d+ degrees, on time$/)
    expect(comparison.findings[0].kinds).toContain('short')
    expect(reference).not.toBeNull()
    expect(designPoses).toHaveLength(design.frames.length)
    expect(notes.some((n) => n.startsWith('The 6.3 s clip'))).toBe(true)
  })

  it('without a previs measurement it scores against the design and says so; a previs take says what its score means', () => {
    const built = measuredTakeView(take(), record('take:1', asMeasured(design).frames, shot.fps), null)
    expect(built.ok && built.view.notes).toContain('Scored against the design itself (the previs of this design could not be measured here).')
    expect(built.ok && built.view.comparison.score).toBe(1)
    const previsTake = measuredTakeView(take('previs'), record('take:1', asMeasured(design).frames, shot.fps), null)
    expect(previsTake.ok && previsTake.view.notes[0]).toMatch(/^A previs take is scored against the design itself/)
  })

  it('says when the design cannot be read', () => {
    const broken = { ...take(), design: '{"kind":"nope"}' }
    const built = measuredTakeView(broken, record('take:1', asMeasured(design).frames, shot.fps), null)
    expect(built).toMatchObject({ ok: false, message: expect.stringMatching(/^The design this take was made from cannot be read/) })
  })
})
