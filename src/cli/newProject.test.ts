import { describe, expect, it } from 'vitest'
import { getPreset } from '../camera-presets'
import type { MoveRequest } from './args'
import { buildNewProject, type NewProjectRequest } from './newProject'

const build = (request: Partial<NewProjectRequest> & { moves: MoveRequest[] }) => {
  const r = buildNewProject({ together: false, ...request })
  if (!r.ok) throw new Error(r.message)
  return r.project
}
const failure = (request: Partial<NewProjectRequest> & { moves: MoveRequest[] }) => {
  const r = buildNewProject({ together: false, ...request })
  if (r.ok) throw new Error('expected an error')
  return r.message
}
const move = (presetId: string, params: Record<string, string> = {}): MoveRequest => ({
  presetId,
  params: Object.entries(params).map(([name, value]) => ({ name, value })),
})
const clipsOf = (p: ReturnType<typeof build>) => p.shots[0].tracks.map((t) => t.clips.map((c) => [c.presetId, c.startS, c.durationS]))

describe('buildNewProject', () => {
  it('lays moves one after another on track 1 with their default durations', () => {
    const p = build({ moves: [move('orbit-left'), move('crane-up'), move('dolly-in')] })
    expect(clipsOf(p)).toEqual([[['orbit-left', 0, 6], ['crane-up', 6, 5], ['dolly-in', 11, getPreset('dolly-in')!.defaultDurationS]], []])
    expect(p.shots[0].durationS).toBe(11 + getPreset('dolly-in')!.defaultDurationS)
  })

  it('sets the shot subject from prompt; without it the prompt stays empty', () => {
    expect(build({ moves: [move('dolly-in')], prompt: 'A lighthouse at dusk' }).shots[0].prompt).toEqual({ subject: 'A lighthouse at dusk', negative: '' })
    expect(build({ moves: [move('dolly-in')] }).shots[0].prompt).toEqual({ subject: '', negative: '' })
  })

  it('with together, starts every move at 0 on a track of its own', () => {
    const p = build({ moves: [move('orbit-left'), move('crane-up'), move('handheld')], together: true })
    expect(clipsOf(p)).toEqual([[['orbit-left', 0, 6]], [['crane-up', 0, 5]], [['handheld', 0, 4]]])
    expect(p.shots[0].tracks.map((t) => t.id)).toEqual(['shot:1/track:1', 'shot:1/track:2', 'shot:1/track:3'])
    expect(p.shots[0].durationS).toBe(6)
  })

  it('sets params (typed by their spec), resolving aliases to canonical ids', () => {
    const p = build({ moves: [move('orbit', { angle: '120' }), move('crane-up', { aim: 'locked' })] })
    const [orbit, crane] = p.shots[0].tracks[0].clips
    expect(orbit.presetId).toBe('orbit-left')
    expect(orbit.params.angle).toBe(120)
    expect(crane.params.aim).toBe('locked')
  })

  it('applies duration, fps and aspect; 5 s when there are no moves', () => {
    expect(build({ moves: [] }).shots[0].durationS).toBe(5)
    const p = build({ moves: [move('orbit-left')], durationS: 2.5, fps: 30, aspect: '1:1' })
    expect(p.shots[0]).toMatchObject({ durationS: 2.5, fps: 30, aspect: '1:1' })
    expect(p.fps).toBe(30)
  })

  it.each([
    [[move('moonwalk')], "unknown preset 'moonwalk'"],
    [[move('orbit-left', { speed: '2' })], "--param speed=2: preset 'orbit-left' has no parameter 'speed' (its parameters: angle)"],
    [[move('orbit-left', { angle: '400' })], "--param angle=400: angle must be between 0 and 360 deg (preset 'orbit-left')"],
    [[move('orbit-left', { angle: 'wide' })], '--param angle=wide: angle must be a number'],
    [[move('orbit-left', { angle: '' })], '--param angle=: angle must be a number'],
    [[move('crane-up', { aim: 'up' })], '--param aim=up: aim must be one of subject, locked'],
    [[move('handheld', { seed: '1.5' })], '--param seed=1.5: seed must be a whole number'],
  ])('rejects bad moves (%#)', (moves, message) => {
    expect(failure({ moves }).slice(0, message.length)).toBe(message)
  })

  it('rejects moves that together last longer than a shot may', () => {
    const moves = Array.from({ length: 120 }, () => move('orbit-left'))
    expect(failure({ moves })).toContain('longer than a shot may')
  })
})
