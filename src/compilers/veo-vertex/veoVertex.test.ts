import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { expectGolden } from '../__fixtures__/golden'
import { PRESETS } from '../../camera-presets'
import { arbParams } from '../../test/arbitraries'
import { updateShotSettings } from '../../timeline'
import { smallProject } from '../__fixtures__/projects'
import { compileFor, compiled, shotProject } from '../sora/testShots'
import { VEO_CAMERA_CONTROL_VALUES, veoVertexTarget } from '.'

interface VeoVertexBody {
  instances: { prompt: string; image: { bytesBase64Encoded: string; mimeType: string }; cameraControl: string }[]
  parameters: { durationSeconds: number; aspectRatio: string; sampleCount: number }
}

const DOCUMENTED = ['fixed', 'pan_left', 'pan_right', 'tilt_up', 'tilt_down', 'truck_left', 'truck_right', 'pedestal_up', 'pedestal_down', 'push_in', 'pull_out']
const bodyOf = (r: ReturnType<typeof compiled>) => r.payload as VeoVertexBody

describe('veo-vertex target', () => {
  it('matches the golden file (the small project at 16:9)', () => {
    const r = compiled(veoVertexTarget, updateShotSettings(smallProject(), 'shot:1', { aspect: '16:9' }))
    expectGolden('veo-vertex.small.json', r.text)
  })

  it('declares exactly the documented lower-case values', () => {
    expect(VEO_CAMERA_CONTROL_VALUES).toEqual(DOCUMENTED)
  })

  it('emits one documented value, a start-image placeholder and Veo 2 parameters (random presets)', () => {
    const arb = fc.tuple(
      fc.constantFrom(...PRESETS).chain((preset) => fc.tuple(fc.constant(preset), arbParams(preset))),
      fc.constantFrom('16:9' as const, '9:16' as const),
      fc.double({ min: 0.5, max: 8, noNaN: true }),
    )
    fc.assert(
      fc.property(arb, ([[preset, params], aspect, durationS]) => {
        const r = compiled(veoVertexTarget, shotProject([{ presetId: preset.id, durationS, params }], { durationS, aspect }))
        const b = bodyOf(r)
        expect(b.instances).toHaveLength(1)
        expect(DOCUMENTED).toContain(b.instances[0].cameraControl)
        expect(b.instances[0].image).toEqual({ bytesBase64Encoded: '<START_FRAME_BASE64>', mimeType: 'image/png' })
        expect(Number.isInteger(b.parameters.durationSeconds)).toBe(true)
        expect(b.parameters.durationSeconds).toBeGreaterThanOrEqual(5)
        expect(b.parameters.durationSeconds).toBeLessThanOrEqual(8)
        expect(b.parameters.aspectRatio).toBe(aspect)
        expect(r.warnings[0].message).toContain('attach your start frame')
      }),
      { numRuns: 60 },
    )
    expect(veoVertexTarget.constraints.needsStartImage).toBe(true)
  })

  it('scores a native move (push in over 6 s) at 0.9 or more', () => {
    const r = compiled(veoVertexTarget, shotProject([{ presetId: 'push-in', durationS: 6 }], { durationS: 6 }))
    expect(bodyOf(r).instances[0].cameraControl).toBe('push_in')
    expect(bodyOf(r).parameters.durationSeconds).toBe(6)
    expect(r.fidelity.score).toBeGreaterThanOrEqual(0.9)
  })

  it('scores an orbit low and says Veo has no orbit value', () => {
    const r = compiled(veoVertexTarget, shotProject([{ presetId: 'orbit-left', durationS: 6 }], { durationS: 6 }))
    expect(bodyOf(r).instances[0].cameraControl).toBe('truck_left')
    expect(r.fidelity.score).toBeLessThan(0.6)
    expect(r.fidelity.approximated.join(' ')).toContain('orbit approximated: Veo has no orbit value, so truck_left stands in')
  })

  it('names the matching value for single native moves', () => {
    const value = (presetId: string) => bodyOf(compiled(veoVertexTarget, shotProject([{ presetId, durationS: 6 }], { durationS: 6 }))).instances[0].cameraControl
    expect(['pan-left', 'pan-right', 'tilt-up', 'tilt-down', 'truck-left', 'truck-right', 'pedestal-up', 'pedestal-down', 'pull-out', 'static'].map(value)).toEqual([
      'pan_left',
      'pan_right',
      'tilt_up',
      'tilt_down',
      'truck_left',
      'truck_right',
      'pedestal_up',
      'pedestal_down',
      'pull_out',
      'fixed',
    ])
  })

  it('refuses a 10 s shot (trim, split) and a 4:3 one (set aspect)', () => {
    const long = compileFor(veoVertexTarget, shotProject([{ presetId: 'pan-left', durationS: 10 }], { durationS: 10 }))
    expect(long).toEqual({
      ok: false,
      error: {
        code: 'constraint',
        message: 'Veo 2 makes clips of at most 8 s; this one is 10 s: trim it, or split it into two chained generations.',
        fixes: [
          { kind: 'trim', toS: 8, label: 'Trim the shot to 8 s' },
          { kind: 'split', parts: 2, label: 'Split into two chained generations' },
        ],
      },
    })
    const square = compileFor(veoVertexTarget, smallProject())
    expect(square).toEqual({
      ok: false,
      error: { code: 'constraint', message: 'Veo takes 16:9 or 9:16 video; this shot is 4:3: set the shot to 16:9.', fixes: [{ kind: 'set-aspect', aspect: '16:9', label: 'Set the aspect to 16:9' }] },
    })
  })

  it('sends whole seconds and says how to match them', () => {
    const r = compiled(veoVertexTarget, shotProject([{ presetId: 'pan-left', durationS: 6.4 }], { durationS: 6.4 }))
    expect(bodyOf(r).parameters.durationSeconds).toBe(6)
    expect(r.warnings.map((w) => w.fix)).toContainEqual({ kind: 'trim', toS: 6, label: 'Trim the shot to 6 s' })
  })
})
