import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { expectGolden } from '../__fixtures__/golden'
import { PRESETS, presetRegistry } from '../../camera-presets'
import type { Project } from '../../timeline'
import { layeredProject as layered, smallProject } from '../__fixtures__/projects'
import { buildContext } from '../context'
import { compileWithContext } from '../registry'
import { HIGGSFIELD_MOTION_NAMES, type HiggsfieldPayload, higgsfieldTarget, resolveHiggsfieldMotions } from '.'

const compile = (project: Project) => compileWithContext(higgsfieldTarget, buildContext(project, 0, presetRegistry))
const ok = (project: Project) => {
  const r = compile(project)
  if (!r.ok) throw new Error(r.error.message)
  return { ...r, payload: r.payload as HiggsfieldPayload }
}

describe('higgsfield target', () => {
  it('matches the committed golden file', () => {
    const r = ok(smallProject())
    expectGolden('higgsfield.small.json', r.text)
  })

  it('writes the DoP body: model, prompt, the start frame placeholder and motions by name', () => {
    const { payload } = ok(layered([['dolly-zoom-in', { amount: 0.4 }]]))
    expect(payload).toEqual({
      model: 'dop-turbo',
      prompt: 'Camera: dolly zoom in.',
      input_images: [{ type: 'image_url', image_url: '<START_FRAME_URL>' }],
      motions: [{ name: 'Dolly Zoom In', strength: 1 }],
    })
  })

  it('sends only documented motion names, at most two, with strength within 0..1 (random presets, layered)', () => {
    const ids = PRESETS.map((p) => p.id)
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ids), { minLength: 1, maxLength: 3 }), fc.constantFrom(1, 3, 5), (chosen, durationS) => {
        const r = compile(layered(chosen.map((id) => [id]), durationS))
        if (!r.ok) throw new Error(r.error.message)
        const { motions, prompt } = r.payload as HiggsfieldPayload
        expect(motions.length).toBeLessThanOrEqual(2)
        for (const m of motions) {
          expect(HIGGSFIELD_MOTION_NAMES).toContain(m.name)
          expect(m.strength).toBeGreaterThanOrEqual(0)
          expect(m.strength).toBeLessThanOrEqual(1)
        }
        expect(new Set(motions.map((m) => m.name)).size).toBe(motions.length)
        expect(prompt.length).toBeGreaterThan(0)
      }),
      { numRuns: 60 },
    )
  })

  it('names the direction of a direction-free motion in the prompt', () => {
    const { payload } = ok(layered([['whip-pan', { direction: 'right' }]], 1))
    expect(payload.motions[0].name).toBe('Whip Pan')
    expect(payload.prompt).toMatch(/whip pan \(to the right\)/)
  })

  it('keeps its native dolly zoom (>= 0.9)', () => {
    const r = ok(layered([['dolly-zoom-in', { amount: 0.4 }]]))
    expect(r.fidelity.score).toBeGreaterThanOrEqual(0.9)
    expect(r.fidelity.kept).toContain('zoom kept: written as Dolly Zoom In at 1')
  })

  it('loses a four-way layered move (< 0.6): two motions at most', () => {
    const r = ok(layered([['orbit-left'], ['crane-up'], ['roll'], ['zoom-in']]))
    expect(r.payload.motions).toHaveLength(2)
    expect(r.fidelity.score).toBeLessThan(0.6)
    expect(r.fidelity.dropped.some((d) => d.startsWith('roll dropped: no Higgsfield motion for it fits beside'))).toBe(true)
  })

  it('sends Static for a shot that does not move', () => {
    expect(ok(layered([['static']])).payload.motions).toEqual([{ name: 'Static', strength: 1 }])
  })

  it('refuses a shot longer than the 5 s clip, offering trim and split', () => {
    const r = compile(layered([['pan-left']], 7))
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'constraint',
        message: 'Higgsfield DoP renders at most 5 s; this one is 7 s: trim it, or split it into two chained generations.',
        fixes: [
          { kind: 'trim', toS: 5, label: 'Trim the shot to 5 s' },
          { kind: 'split', parts: 2, label: 'Split into two chained generations' },
        ],
      },
    })
  })

  it('resolves motion names to ids from the motion list at send time', () => {
    const { payload } = ok(layered([['dolly-zoom-in', { amount: 0.4 }]]))
    const list = [
      { id: 'uuid-1', name: 'dolly zoom in' },
      { id: 'uuid-2', name: 'Pan Left' },
    ]
    expect(resolveHiggsfieldMotions(payload, list)).toEqual({ ok: true, body: { ...payload, motions: [{ id: 'uuid-1', strength: 1 }] } })
    expect(resolveHiggsfieldMotions(payload, list.slice(1))).toEqual({ ok: false, missing: ['Dolly Zoom In'] })
  })
})
