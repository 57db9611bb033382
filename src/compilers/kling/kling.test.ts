import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { expectGolden } from '../__fixtures__/golden'
import { PRESETS, presetRegistry } from '../../camera-presets'
import { arbParams } from '../../test/arbitraries'
import { updateShotSettings } from '../../timeline'
import { smallProject } from '../__fixtures__/projects'
import { compileChain, planChain } from '../registry'
import { compileFor, compiled, shotProject } from '../sora/testShots'
import { KLING_AXES, KLING_PRESETS, klingTarget } from '.'

interface KlingBody {
  model_name: string
  mode: string
  prompt: string
  aspect_ratio: string
  duration: string
  camera_control?: { type: string; config?: Record<string, number> }
}

const body = (r: ReturnType<typeof compiled>) => r.payload as KlingBody
const config = (project: Parameters<typeof compiled>[1]) => body(compiled(klingTarget, project)).camera_control?.config ?? {}

describe('kling target', () => {
  it('matches the golden file (the small project at 16:9)', () => {
    const r = compiled(klingTarget, updateShotSettings(smallProject(), 'shot:1', { aspect: '16:9' }))
    expectGolden('kling.small.json', r.text)
  })

  it('writes the text-to-video body with model, mode, duration "5" and the aspect', () => {
    const b = body(compiled(klingTarget, shotProject([{ presetId: 'pan-left', durationS: 5 }])))
    expect(b).toMatchObject({ model_name: 'kling-v1', mode: 'std', duration: '5', aspect_ratio: '16:9' })
    expect(b.prompt).toContain('[Describe your subject and scene here.]')
    expect(b.prompt).toContain('Camera: pan left 45 degrees')
  })

  it('simple control never has more or less than one non-zero axis (random presets, 5 s)', () => {
    const arb = fc.constantFrom(...PRESETS).chain((preset) => fc.tuple(fc.constant(preset), arbParams(preset)))
    fc.assert(
      fc.property(arb, ([preset, params]) => {
        const r = compileFor(klingTarget, shotProject([{ presetId: preset.id, durationS: 5, params }], { durationS: 5 }))
        if (!r.ok) throw new Error(r.error.message)
        const control = (r.payload as KlingBody).camera_control
        if (!control) return
        expect(['simple', ...KLING_PRESETS]).toContain(control.type)
        if (control.type !== 'simple') {
          expect(control.config).toBeUndefined()
          return
        }
        const values = KLING_AXES.map((a) => control.config?.[a])
        expect(Object.keys(control.config ?? {})).toEqual([...KLING_AXES])
        expect(values.filter((v) => v !== 0)).toHaveLength(1)
        for (const v of values) {
          expect(Math.abs(v ?? NaN)).toBeLessThanOrEqual(10)
          expect(Math.abs((v ?? 0) * 10 - Math.round((v ?? 0) * 10))).toBeLessThan(1e-9)
        }
      }),
      { numRuns: 80 },
    )
  })

  it("moves Kling's tilt axis for a film pan and its pan axis for a film tilt", () => {
    const pan = (presetId: string, angle: number) => config(shotProject([{ presetId, durationS: 5, params: { angle } }]))
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 180 }), (angle) => {
        expect(pan('pan-left', angle).tilt).toBeLessThan(0)
        expect(pan('pan-right', angle).tilt).toBeGreaterThan(0)
        expect(pan('tilt-up', Math.min(angle, 170)).pan).toBeGreaterThan(0)
        expect(pan('tilt-down', Math.min(angle, 170)).pan).toBeLessThan(0)
      }),
      { numRuns: 20 },
    )
    expect(pan('pan-left', 45)).toEqual({ horizontal: 0, vertical: 0, pan: 0, tilt: -10, roll: 0, zoom: 0 })
  })

  it('scores a native move (pan left 45 degrees over 5 s) at 0.9 or more', () => {
    const r = compiled(klingTarget, shotProject([{ presetId: 'pan-left', durationS: 5, params: { angle: 45 } }]))
    expect(r.fidelity.score).toBeGreaterThanOrEqual(0.9)
    expect(r.fidelity.kept.join(' ')).toContain('Kling tilt -10')
  })

  it('drops two channels of a simultaneous roll + orbit + zoom, and says why', () => {
    const project = shotProject([
      { presetId: 'roll', durationS: 5 },
      { presetId: 'orbit-left', durationS: 5 },
      { presetId: 'zoom-in', durationS: 5 },
    ])
    const r = compiled(klingTarget, project)
    expect(r.fidelity.score).toBeLessThan(0.6)
    expect(Object.values(config(project)).filter((v) => v !== 0)).toHaveLength(1)
    expect(r.fidelity.dropped).toEqual(expect.arrayContaining(['orbit dropped: Kling allows one axis', 'zoom dropped: Kling allows one axis']))
  })

  it('stands a truck in for an orbit and says so', () => {
    const r = compiled(klingTarget, shotProject([{ presetId: 'orbit-left', durationS: 5 }]))
    expect(config(shotProject([{ presetId: 'orbit-left', durationS: 5 }])).horizontal).toBeLessThan(0)
    expect(r.fidelity.approximated.join(' ')).toMatch(/orbit approximated: Kling has no orbit axis/)
  })

  it('refuses an 8 s shot with trim and split fixes', () => {
    const r = compileFor(klingTarget, shotProject([{ presetId: 'pan-left', durationS: 8 }], { durationS: 8 }))
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'constraint',
        message: 'Kling camera control needs a 5 s shot; this one is 8 s: trim it, or split it into two chained generations.',
        fixes: [
          { kind: 'trim', toS: 5, label: 'Trim the shot to 5 s' },
          { kind: 'split', parts: 2, label: 'Split into two chained generations' },
        ],
      },
    })
  })

  it('refuses 4:3 with a set-aspect fix', () => {
    const r = compileFor(klingTarget, smallProject())
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error.fixes).toEqual([{ kind: 'set-aspect', aspect: '16:9', label: 'Set the aspect to 16:9' }])
  })

  it('compiles each part of a chained split on its own, one axis per part', () => {
    const project = shotProject([{ presetId: 'pan-left', durationS: 5 }, { presetId: 'tilt-up', startS: 5, durationS: 5 }], { durationS: 10 })
    expect(compileFor(klingTarget, project).ok).toBe(false)
    const parts = planChain(project, 0, presetRegistry)
    expect(parts).toEqual([{ startS: 0, durationS: 5 }, { startS: 5, durationS: 5 }])
    const axes = parts.map((w) => {
      const r = compiled(klingTarget, project, w)
      expect(r.fidelity.score).toBeGreaterThanOrEqual(0.9)
      return (r.payload as KlingBody).camera_control?.config
    })
    expect(axes.map((c) => Object.entries(c ?? {}).filter(([, v]) => v !== 0))).toEqual([[['tilt', -10]], [['pan', 6.7]]])
  })

  it('splits one 6 s move into two 3 s generations, each with the move’s camera control (it refused the shot and offered a split that gave the same 6 s)', () => {
    const project = shotProject([{ presetId: 'truck-left', durationS: 6 }], { durationS: 6 })
    const r = compileFor(klingTarget, project)
    expect(r.ok ? [] : r.error.fixes).toContainEqual({ kind: 'split', parts: 2, label: 'Split into two chained generations' })
    const parts = compileChain('kling', project, 0, presetRegistry)
    expect(parts.map((p) => [p.startS, p.durationS])).toEqual([
      [0, 3],
      [3, 3],
    ])
    for (const p of parts) expect(p.result.ok && (p.result.payload as KlingBody).camera_control?.config?.horizontal).toBeLessThan(0)
  })

  it('sends no camera control for a static shot, and says the camera holds still', () => {
    const b = body(compiled(klingTarget, shotProject([{ presetId: 'static', durationS: 5 }])))
    expect(b.camera_control).toBeUndefined()
    expect(b.prompt).toContain('static, locked-off camera')
  })
})
