/** A measured take as a log entry: the payload's calibrated moves beside the measurement, in the measurement's signs. */
import { describe, expect, it } from 'vitest'
import { entryOf, travelsTheCalibratedWay } from './entry'
import { perfectlyMeasured, projectOf } from './testing'

const AT = Date.UTC(2026, 10, 30, 6)

describe('entryOf', () => {
  it('Luma orbit_left, measured exactly as designed: the orbit is the measured turn, with travel', () => {
    const measuredTake = perfectlyMeasured(projectOf('orbit-left'), 'luma')
    const r = entryOf(measuredTake, AT)
    if (!r.ok) throw new Error(r.reason)
    const end = measuredTake.measured.frames[measuredTake.measured.frames.length - 1]
    expect(r.entry).toMatchObject({ takeId: 'take:1', projectId: 'project:1', route: 'luma', target: 'luma', model: 'ray-2', measuredAt: AT, takeCreatedAt: 1 })
    expect(r.entry.moves).toEqual([{ key: 'orbit_left', label: 'orbit_left', amount: 1, amountKind: 'count' }])
    expect(r.entry.channels).toHaveLength(1)
    const orbit = r.entry.channels[0]
    expect(orbit).toMatchObject({ channel: 'orbit', unit: 'deg', moves: ['orbit_left'], amount: 1, amountKind: 'count', calibrated: 45 })
    expect(orbit.measured).toBe(end.panDeg)
    expect(orbit.measured).toBeGreaterThan(40)
    expect(orbit.travelShare).toBeGreaterThan(0.5)
    expect(orbit.score).toBe(measuredTake.comparison.channels.find((c) => c.channel === 'orbit')?.score)
    expect(r.entry.score).toBe(measuredTake.comparison.score)
  })

  // the calibration's signs (pan > 0 left) turned into the measurement's (pan > 0 right): a design measured exactly agrees in sign
  it.each([
    ['pan-left', 'pan_left', 'pan'],
    ['pan-right', 'pan_right', 'pan'],
    ['tilt-up', 'tilt_up', 'tilt'],
    ['tilt-down', 'tilt_down', 'tilt'],
    ['roll', 'roll_left', 'roll'],
    ['zoom-in', 'zoom_in', 'zoom'],
    ['zoom-out', 'zoom_out', 'zoom'],
    ['orbit-right', 'orbit_right', 'orbit'],
    ['truck-left', 'truck_left', 'truck'],
    ['truck-right', 'truck_right', 'truck'],
    ['pedestal-up', 'pedestal_up', 'pedestal'],
    ['push-in', 'push_in', 'dolly'],
    ['pull-out', 'pull_out', 'dolly'],
  ] as const)('%s on Luma (%s): calibrated and measured %s agree in sign', (preset, concept, channel) => {
    const r = entryOf(perfectlyMeasured(projectOf(preset), 'luma'), AT)
    if (!r.ok) throw new Error(r.reason)
    const c = r.entry.channels.find((x) => x.channel === channel)
    expect(r.entry.moves.map((m) => m.key)).toContain(concept)
    if (!c) throw new Error(`no ${channel}`)
    if (c.unit === 'dir') expect(travelsTheCalibratedWay(c)).toBe(true)
    else if (c.unit === 'x') expect(Math.sign(Math.log(c.measured))).toBe(Math.sign(Math.log(c.calibrated)))
    else expect(Math.sign(c.measured)).toBe(Math.sign(c.calibrated))
  })

  it('Kling: the axis value is the amount; the model is the take’s setting, else the payload’s', () => {
    const t = perfectlyMeasured(projectOf('pan-left'), 'kling')
    const r = entryOf(t, AT)
    if (!r.ok) throw new Error(r.reason)
    expect(r.entry.model).toBe('kling-v1')
    expect(r.entry.channels).toEqual([expect.objectContaining({ channel: 'pan', moves: ['config.tilt'], amount: -10, amountKind: 'units', calibrated: -45 })])
    const chosen = entryOf({ ...t, take: { ...t.take, settings: { ...t.take.settings, model: 'kling-v1-5' } } }, AT)
    expect(chosen.ok && chosen.entry.model).toBe('kling-v1-5')
  })

  it('an orbit and a pan in one take share the measured turn: one orbit channel naming both moves', () => {
    const t = perfectlyMeasured(projectOf('orbit-left'), 'luma')
    const payload = JSON.stringify({ model: 'ray-2', concepts: [{ key: 'orbit_left' }, { key: 'pan_left' }] })
    const r = entryOf({ ...t, take: { ...t.take, payload } }, AT)
    if (!r.ok) throw new Error(r.reason)
    expect(r.entry.channels).toEqual([expect.objectContaining({ channel: 'orbit', moves: ['orbit_left', 'pan_left'], amount: null, amountKind: null, calibrated: 45 - 30 })])
  })

  it('a MiniMax command asked for twice counts once, twice the size', () => {
    const t = perfectlyMeasured(projectOf('pan-right', 6), 'minimax')
    const payload = JSON.stringify({ model: 'MiniMax-Hailuo-02', prompt: 'Camera: [Pan right], then [Static shot], then [Pan right].' })
    const r = entryOf({ ...t, take: { ...t.take, payload } }, AT)
    if (!r.ok) throw new Error(r.reason)
    expect(r.entry.moves).toEqual([
      { key: '[Pan right]', label: '[Pan right]', amount: 2, amountKind: 'count' },
      { key: '[Static shot]', label: '[Static shot]', amount: 1, amountKind: 'count' },
    ])
    expect(r.entry.channels).toEqual([expect.objectContaining({ channel: 'pan', calibrated: 60, amount: 2 })])
  })

  it('says why a take has no entry: previs, words-only targets, moves a video cannot measure', () => {
    const t = perfectlyMeasured(projectOf('pan-left', 6), 'veo')
    expect(entryOf({ ...t, take: { ...t.take, route: 'previs', target: 'trajectory' } }, AT)).toEqual({ ok: false, reason: 'A previs take renders the design exactly: there is no calibration to check.' })
    expect(entryOf(t, AT)).toEqual({ ok: false, reason: 'This take has no calibrated named moves to log: the veo target writes its camera move in words or as an exact path, not as calibrated named moves.' })
    const still = { ...t, take: { ...t.take, target: 'luma', payload: JSON.stringify({ concepts: [{ key: 'static' }] }) } }
    expect(entryOf(still, AT)).toEqual({ ok: false, reason: "This take's moves (static) have no calibrated motion a video can measure." })
    expect(entryOf({ ...t, measured: { fps: 24, frames: [] } }, AT)).toEqual({ ok: false, reason: 'The measurement has no frames.' })
  })
})
