/** The moves read back from compiled payloads are the compiler's picks, with the motion the compiler itself implies for them. */
import { describe, expect, it } from 'vitest'
import { registryFor } from '../camera-presets/custom'
import { getTarget } from '../compilers'
import type { MotionChannels } from '../compilers/analysis/types'
import { buildContext } from '../compilers/context'
import { movesOfPayload } from './moves'
import { projectOf } from './testing'

/** The target's own output for a one-preset shot: the payload text and the motion it implies. */
const output = (presetId: string, targetId: string) => {
  const project = projectOf(presetId)
  const target = getTarget(targetId)
  if (!target) throw new Error(targetId)
  const r = target.compile(buildContext(project, 0, registryFor(project)))
  if (!r.ok) throw new Error(r.error.message)
  if (r.output.implied.kind !== 'segments') throw new Error('segments expected')
  return { text: r.output.text, segments: r.output.implied.segments.map((s) => s.channels) }
}

const total = (channels: readonly Partial<MotionChannels>[], k: keyof MotionChannels) =>
  k === 'zoomRatio' ? channels.reduce((p, c) => p * (c[k] ?? 1), 1) : channels.reduce((s, c) => s + (c[k] ?? 0), 0)

const EXACT: (keyof MotionChannels)[] = ['panDeg', 'tiltDeg', 'rollDeg', 'zoomRatio', 'orbitDeg']
const TRAVEL: (keyof MotionChannels)[] = ['truckM', 'pedestalM', 'dollyM']
const TARGETS = ['luma', 'higgsfield', 'kling', 'minimax', 'pixverse', 'veo-vertex']
const PRESETS = ['pan-left', 'tilt-down', 'roll', 'orbit-left', 'orbit-right', 'truck-right', 'pedestal-up', 'push-in', 'zoom-out', 'crane-up', 'whip-pan', 'dutch-angle']

describe('movesOfPayload: the payload read back gives the motion the compiler implies', () => {
  it.each(TARGETS.flatMap((t) => PRESETS.map((p) => [t, p] as const)))('%s, %s', (target, preset) => {
    const { text, segments } = output(preset, target)
    const read = movesOfPayload(target, text)
    if (!read.ok) throw new Error(read.reason)
    const ours = read.moves.map((m) => m.channels)
    for (const k of EXACT) expect(total(ours, k), k).toBeCloseTo(total(segments, k), 6)
    // travel is in subject distances here and in metres there: the same sign, and the same zero
    for (const k of TRAVEL) expect(Math.sign(Math.round(total(ours, k) * 1e6)), k).toBe(Math.sign(Math.round(total(segments, k) * 1e6)))
  })
})

describe('movesOfPayload: what each family writes', () => {
  it('Luma: concept keys, fixed size; camera-angle concepts move nothing', () => {
    const read = movesOfPayload('luma', JSON.stringify({ concepts: [{ key: 'orbit_left' }, { key: 'low_angle' }] }))
    expect(read).toEqual({
      ok: true,
      moves: [
        { key: 'orbit_left', label: 'orbit_left', amount: 1, amountKind: 'count', channels: { orbitDeg: 45 } },
        { key: 'low_angle', label: 'low_angle', amount: 1, amountKind: 'count', channels: {} },
      ],
    })
  })

  it('Kling: each non-zero config axis in its units (Kling tilt is a film pan), and compound types', () => {
    const simple = movesOfPayload('kling', JSON.stringify({ camera_control: { type: 'simple', config: { horizontal: 0, vertical: 0, pan: 0, tilt: 5, roll: 0, zoom: 0 } } }))
    expect(simple).toEqual({ ok: true, moves: [{ key: 'config.tilt', label: 'config.tilt = 5', amount: 5, amountKind: 'units', channels: { panDeg: -22.5 } }] })
    const preset = movesOfPayload('kling', JSON.stringify({ camera_control: { type: 'forward_up' } }))
    expect(preset.ok && preset.moves[0]).toMatchObject({ key: 'type forward_up', channels: { dollyM: 0.3, tiltDeg: 10 } })
    expect(movesOfPayload('kling', JSON.stringify({ model_name: 'kling-v1' }))).toEqual({ ok: true, moves: [] })
  })

  it('Higgsfield: name @ strength; a direction-free motion takes its direction from the prompt', () => {
    const read = movesOfPayload(
      'higgsfield',
      JSON.stringify({ prompt: 'Camera: whip pan (to the right), combined with dolly in.', motions: [{ name: 'Whip Pan', strength: 0.5 }, { name: 'Dolly In', strength: 0.6 }] }),
    )
    expect(read).toEqual({
      ok: true,
      moves: [
        { key: 'Whip Pan', label: 'Whip Pan @ 0.5', amount: 0.5, amountKind: 'strength', channels: { panDeg: -45 } },
        { key: 'Dolly In', label: 'Dolly In @ 0.6', amount: 0.6, amountKind: 'strength', channels: { dollyM: expect.closeTo(0.18, 9) } },
      ],
    })
    expect(movesOfPayload('higgsfield', JSON.stringify({ motions: [{ id: 'uuid', strength: 1 }] })).ok).toBe(false)
  })

  it('MiniMax: every bracketed command after "Camera:", brackets in the subject text left alone', () => {
    const read = movesOfPayload('minimax', JSON.stringify({ prompt: 'A sign reading [Pan left]. Camera: [Truck left,Pan right], then [Zoom in].' }))
    expect(read.ok && read.moves.map((m) => [m.label, m.channels])).toEqual([
      ['[Truck left]', { truckM: -0.3 }],
      ['[Pan right]', { panDeg: -30 }],
      ['[Zoom in]', { zoomRatio: 1.6 }],
    ])
  })

  it('PixVerse and Veo on Vertex: their one value', () => {
    const pix = movesOfPayload('pixverse', JSON.stringify({ prompt: 'Camera: orbit around the subject, circling to the right.', camera_movement: 'camera_rotation' }))
    expect(pix.ok && pix.moves[0].channels).toEqual({ orbitDeg: -45 })
    const veo = movesOfPayload('veo-vertex', JSON.stringify({ instances: [{ prompt: 'x', cameraControl: 'pedestal_up' }] }))
    expect(veo.ok && veo.moves[0]).toMatchObject({ key: 'pedestal_up', channels: { pedestalM: 0.25 } })
  })

  it('words-only and exact targets, and payloads that are not JSON objects, say why there is nothing', () => {
    expect(movesOfPayload('veo', '{}')).toEqual({ ok: false, reason: 'the veo target writes its camera move in words or as an exact path, not as calibrated named moves' })
    expect(movesOfPayload('luma', 'not json')).toEqual({ ok: false, reason: 'its payload is not JSON' })
    expect(movesOfPayload('luma', '[1]')).toEqual({ ok: false, reason: 'its payload is not a JSON object' })
  })
})
