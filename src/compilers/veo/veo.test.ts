import { describe, expect, it } from 'vitest'
import { expectGolden } from '../__fixtures__/golden'
import { updateShotSettings } from '../../timeline'
import { smallProject } from '../__fixtures__/projects'
import { compileFor, compiled, shotProject, whipAndBack } from '../sora/testShots'
import { veoTarget } from '.'

interface VeoBody {
  instances: { prompt: string }[]
  parameters: { aspectRatio: string; durationSeconds: number; resolution: string }
}

const bodyOf = (r: ReturnType<typeof compiled>) => r.payload as VeoBody

describe('veo target (Gemini API)', () => {
  it('matches the golden file (the small project at 16:9)', () => {
    const r = compiled(veoTarget, updateShotSettings(smallProject(), 'shot:1', { aspect: '16:9' }))
    expectGolden('veo.small.json', r.text)
  })

  it('writes the move into the prompt, with no camera field', () => {
    const b = bodyOf(compiled(veoTarget, shotProject([{ presetId: 'push-in', durationS: 6 }], { durationS: 6 })))
    expect(b).toEqual({
      instances: [{ prompt: '[Describe your subject and scene here.] Camera: slow push in 1.7 m toward the subject, easing in and out, 35 mm lens, subject 5.6 m away.' }],
      parameters: { aspectRatio: '16:9', durationSeconds: 6, resolution: '720p' },
    })
  })

  it('scores a native move (a single pan, a single push-in) at 0.9 or more', () => {
    expect(compiled(veoTarget, shotProject([{ presetId: 'pan-right', durationS: 4 }], { durationS: 4 })).fidelity.score).toBeGreaterThanOrEqual(0.9)
    expect(compiled(veoTarget, shotProject([{ presetId: 'push-in', durationS: 6 }], { durationS: 6 })).fidelity.score).toBeGreaterThanOrEqual(0.9)
  })

  it('scores a whip pan and back within 0.7 s low, and says why', () => {
    const r = compiled(veoTarget, whipAndBack(8))
    expect(r.fidelity.score).toBeLessThan(0.6)
    expect(r.fidelity.dropped.join(' ')).toContain('moves are timed to the half second')
  })

  it('picks the nearest of 4, 6 and 8 s and warns when the shot differs', () => {
    const at = (durationS: number) => compiled(veoTarget, shotProject([{ presetId: 'tilt-down', durationS }], { durationS }))
    expect([2, 4.9, 5.1, 7, 8].map((d) => bodyOf(at(d)).parameters.durationSeconds)).toEqual([4, 4, 6, 8, 8])
    expect(at(7).warnings[0].message).toContain('Veo 3.1 makes an 8 s clip and this shot is 7 s')
    expect(at(6).warnings).toEqual([])
  })

  it('refuses a 9 s shot (trim, split) and a 4:3 one (set aspect)', () => {
    const long = compileFor(veoTarget, shotProject([{ presetId: 'pan-left', durationS: 9 }], { durationS: 9 }))
    expect(long.ok).toBe(false)
    if (!long.ok) {
      expect(long.error.message).toBe('Veo 3.1 makes clips of at most 8 s; this one is 9 s: trim it, or split it into two chained generations.')
      expect(long.error.fixes?.map((f) => f.kind)).toEqual(['trim', 'split'])
    }
    const r = compileFor(veoTarget, smallProject())
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error.message).toBe('Veo takes 16:9 or 9:16 video; this shot is 4:3: set the shot to 16:9.')
  })
})
