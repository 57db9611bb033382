import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { expectGolden } from '../__fixtures__/golden'
import { PRESETS, presetRegistry } from '../../camera-presets'
import { type Project, updateShotSettings } from '../../timeline'
import { layeredProject as layered, smallProject } from '../__fixtures__/projects'
import { buildContext } from '../context'
import { compileWithContext } from '../registry'
import { PIXVERSE_ASPECTS, PIXVERSE_CAMERA_MOVEMENTS, type PixversePayload, pixverseTarget } from '.'

const compile = (project: Project) => compileWithContext(pixverseTarget, buildContext(project, 0, presetRegistry))
const ok = (project: Project) => {
  const r = compile(project)
  if (!r.ok) throw new Error(r.error.message)
  return { ...r, payload: r.payload as PixversePayload }
}

describe('pixverse target', () => {
  it('matches the committed golden file', () => {
    const r = ok(smallProject())
    expectGolden('pixverse.small.json', r.text)
  })

  it('sends only documented enum values (random presets, layered)', () => {
    const ids = PRESETS.map((p) => p.id)
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ids), { minLength: 1, maxLength: 3 }), fc.constantFrom(2, 5, 7), (chosen, durationS) => {
        const { payload } = ok(layered(chosen.map((id) => [id]), durationS))
        if (payload.camera_movement !== undefined) expect(PIXVERSE_CAMERA_MOVEMENTS).toContain(payload.camera_movement)
        expect([5, 8]).toContain(payload.duration)
        expect(PIXVERSE_ASPECTS).toContain(payload.aspect_ratio)
        expect(payload).toMatchObject({ model: 'v4.5', quality: '720p', motion_mode: 'normal' })
      }),
      { numRuns: 60 },
    )
  })

  it.each([
    ['dolly-zoom-in', 'hitchcock'],
    ['dolly-zoom-out', 'hitchcock'],
    ['pan-left', 'pan_left'],
    ['truck-right', 'horizontal_right'],
    ['pedestal-down', 'vertical_down'],
    ['crane-up', 'crane_up'],
    ['orbit-right', 'camera_rotation'],
  ])('maps %s to %s', (presetId, movement) => {
    expect(ok(layered([[presetId]])).payload.camera_movement).toBe(movement)
  })

  it('maps a whip pan to whip_pan and names its direction', () => {
    const { payload } = ok(layered([['whip-pan', { direction: 'right' }]], 0.4))
    expect(payload.camera_movement).toBe('whip_pan')
    expect(payload.prompt).toBe('Camera: whip pan, to the right.')
  })

  it('keeps its native zoom (>= 0.9)', () => {
    const r = ok(layered([['zoom-in', { ratio: 1.6 }]]))
    expect(r.payload.camera_movement).toBe('zoom_in')
    expect(r.fidelity.score).toBeGreaterThanOrEqual(0.9)
  })

  it('loses a simultaneous orbit + crane + roll (< 0.6): one camera_movement per clip', () => {
    const r = ok(layered([['orbit-left'], ['crane-up'], ['roll']]))
    expect(r.fidelity.score).toBeLessThan(0.6)
    expect(r.fidelity.dropped).toContain(`roll dropped: PixVerse takes one camera_movement and the nearest is ${r.payload.camera_movement}`)
    expect(r.warnings.map((w) => w.message)).toContain('PixVerse takes one camera move per clip: split the shot to send its moves one at a time.')
  })

  it('sends no camera_movement for a static shot', () => {
    const { payload } = ok(layered([['static']]))
    expect(payload.camera_movement).toBeUndefined()
    expect(payload.prompt).toBe('Camera: static camera, locked-off shot.')
  })

  it('refuses 21:9 with a set-aspect fix, and over 8 s with trim and split', () => {
    const wide = compile(updateShotSettings(layered([['pan-left']]), 'shot:1', { aspect: '21:9' }))
    expect(wide).toEqual({
      ok: false,
      error: {
        code: 'constraint',
        message: 'PixVerse takes 16:9, 9:16, 1:1, 4:3 or 3:4 video; this shot is 21:9: set the shot to 16:9.',
        fixes: [{ kind: 'set-aspect', aspect: '16:9', label: 'Set the aspect to 16:9' }],
      },
    })
    const long = compile(layered([['pan-left']], 9))
    expect(long.ok).toBe(false)
    if (!long.ok) expect(long.error.fixes?.map((f) => f.kind)).toEqual(['trim', 'split'])
  })
})
