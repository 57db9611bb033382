/** Document edit operations: structural invariants under random edit sequences, no-ops, shots, snapping. */
import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import { PRESETS } from '../camera-presets/registry'
import { createClip } from '../camera-presets/createClip'
import { arbRange } from '../test/arbitraries'
import { createProject, createShot, DEFAULT_LENS } from './defaults'
import { MIN_CLIP_DURATION_S, type Clip, type Project } from './model'
import { MAX_PROMPT_CHARS } from './prompt'
import {
  addClip,
  addShot,
  addTrack,
  clipsEndS,
  deleteClip,
  duplicateClip,
  findClip,
  moveClip,
  moveShot,
  removeShot,
  removeTrack,
  renameProject,
  renameShot,
  resetClipParams,
  setClipEasing,
  setClipParams,
  setClipTiming,
  setShotPrompt,
  setShotStart,
  updateShotLens,
  updateShotSettings,
  updateShotSubject,
} from './ops'
import { clipEdges, snapTime, snapToFrame } from './snap'

// property runs stop shrinking after 20 s (src/test/arbitraries.ts); give them room on a loaded machine
vi.setConfig({ testTimeout: 60_000 })

/** Freeze a document all the way down, so an op that mutates its input throws. */
const deepFreeze = <T,>(x: T): T => {
  if (x && typeof x === 'object' && !Object.isFrozen(x)) {
    Object.freeze(x)
    for (const v of Object.values(x)) deepFreeze(v)
  }
  return x
}

const allClips = (p: Project) => p.shots.flatMap((s) => s.tracks.flatMap((t) => t.clips))

const expectWellFormed = (p: Project) => {
  const ids = allClips(p).map((c) => c.id)
  expect(new Set(ids).size, `duplicate clip ids: ${ids.join(', ')}`).toBe(ids.length)
  for (const shot of p.shots) {
    expect(new Set(shot.tracks.map((t) => t.id)).size).toBe(shot.tracks.length)
    for (const track of shot.tracks) {
      for (let i = 1; i < track.clips.length; i++) expect(track.clips[i].startS).toBeGreaterThanOrEqual(track.clips[i - 1].startS)
      for (const c of track.clips) {
        expect(c.startS).toBeGreaterThanOrEqual(0)
        expect(c.durationS).toBeGreaterThanOrEqual(MIN_CLIP_DURATION_S)
      }
    }
    // the shot is long enough to hold its clips
    expect(shot.durationS).toBeGreaterThanOrEqual(clipsEndS(shot) - 1e-12)
  }
}

type Op =
  | { kind: 'add'; track: number; start: number; duration: number; preset: number }
  | { kind: 'move'; pick: number; start: number; track: number | null }
  | { kind: 'resize'; pick: number; start: number; duration: number }
  | { kind: 'delete'; pick: number }
  | { kind: 'duplicate'; pick: number }

const arbOp: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), track: fc.nat(2), start: arbRange(0, 30), duration: arbRange(0.05, 10), preset: fc.nat(PRESETS.length - 1) }),
  fc.record({ kind: fc.constant('move' as const), pick: fc.nat(), start: arbRange(-5, 40), track: fc.option(fc.nat(2), { nil: null }) }),
  fc.record({ kind: fc.constant('resize' as const), pick: fc.nat(), start: arbRange(-5, 40), duration: arbRange(0, 12) }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), pick: fc.nat() }),
)

describe('clip edits', () => {
  it('keep clips sorted within each track, ids unique, starts non-negative, and the shot long enough; never mutate their input', () => {
    fc.assert(
      fc.property(fc.array(arbOp, { minLength: 1, maxLength: 40 }), (ops) => {
        let project = deepFreeze(createProject())
        const shotId = project.shots[0].id
        let next = 0
        for (const op of ops) {
          const shot = project.shots[0]
          const clips = allClips(project)
          const picked: Clip | undefined = clips.length > 0 && op.kind !== 'add' ? clips[op.pick % clips.length] : undefined
          const before = clips.length
          let after = project
          switch (op.kind) {
            case 'add': {
              const track = shot.tracks[op.track % shot.tracks.length]
              after = addClip(project, shotId, track.id, createClip(PRESETS[op.preset], `clip:${++next}`, op.start, undefined, op.duration))
              expect(allClips(after).length).toBe(before + 1)
              break
            }
            case 'move': {
              if (!picked) continue
              const trackId = op.track === null ? undefined : shot.tracks[op.track % shot.tracks.length].id
              after = moveClip(project, shotId, picked.id, op.start, trackId)
              expect(allClips(after).length).toBe(before)
              const moved = findClip(after.shots[0], picked.id)!
              expect(moved.clip.startS).toBe(Math.max(0, op.start))
              if (trackId) expect(moved.track.id).toBe(trackId)
              expect({ ...moved.clip, startS: 0 }).toEqual({ ...picked, startS: 0 })
              break
            }
            case 'resize': {
              if (!picked) continue
              after = setClipTiming(project, shotId, picked.id, op.start, op.duration)
              const resized = findClip(after.shots[0], picked.id)!.clip
              expect(resized.startS).toBe(Math.max(0, op.start))
              expect(resized.durationS).toBe(Math.max(MIN_CLIP_DURATION_S, op.duration))
              expect(allClips(after).length).toBe(before)
              break
            }
            case 'delete': {
              if (!picked) continue
              after = deleteClip(project, shotId, picked.id)
              expect(allClips(after).length).toBe(before - 1)
              expect(findClip(after.shots[0], picked.id)).toBeUndefined()
              break
            }
            case 'duplicate': {
              if (!picked) continue
              const id = `clip:${++next}`
              after = duplicateClip(project, shotId, picked.id, id)
              expect(allClips(after).length).toBe(before + 1)
              const copy = findClip(after.shots[0], id)!
              expect(copy.clip.startS).toBe(picked.startS + picked.durationS)
              expect(copy.track.id).toBe(findClip(project.shots[0], picked.id)!.track.id)
              break
            }
          }
          expectWellFormed(after)
          project = deepFreeze(after)
        }
      }),
      { numRuns: 200 },
    )
  })

  it('edits on another shot leave this one untouched (same object)', () => {
    const p0 = deepFreeze(addShot(createProject(), createShot('shot:2', 'Shot 2')))
    const p1 = addClip(p0, 'shot:2', 'shot:2/track:1', createClip(PRESETS[0], 'c1', 0))
    expect(p1.shots[0]).toBe(p0.shots[0])
    expect(p1.shots[1]).not.toBe(p0.shots[1])
  })
})

describe('a no-op returns the identical object', () => {
  const base = (() => {
    let p = createProject()
    p = addShot(p, createShot('shot:2', 'Shot 2'))
    p = addClip(p, 'shot:1', 'shot:1/track:1', createClip(PRESETS[0], 'c1', 1, undefined, 2))
    p = addClip(p, 'shot:1', 'shot:1/track:2', createClip(PRESETS[5], 'c2', 0.5, undefined, 1))
    return deepFreeze(p)
  })()
  const c1 = findClip(base.shots[0], 'c1')!.clip
  const shot1 = base.shots[0]

  const cases: [string, (p: Project) => Project][] = [
    ['moveClip to where it is', (p) => moveClip(p, 'shot:1', 'c1', c1.startS)],
    ['moveClip to where it is, naming its own track', (p) => moveClip(p, 'shot:1', 'c1', c1.startS, 'shot:1/track:1')],
    ['moveClip of an unknown clip', (p) => moveClip(p, 'shot:1', 'nope', 3)],
    ['moveClip to an unknown track', (p) => moveClip(p, 'shot:1', 'c1', 3, 'no-track')],
    ['moveClip in an unknown shot', (p) => moveClip(p, 'no-shot', 'c1', 3)],
    ['setClipTiming to its timing', (p) => setClipTiming(p, 'shot:1', 'c1', c1.startS, c1.durationS)],
    ['setClipTiming of an unknown clip', (p) => setClipTiming(p, 'shot:1', 'nope', 0, 1)],
    ['deleteClip of an unknown clip', (p) => deleteClip(p, 'shot:1', 'nope')],
    ['duplicateClip of an unknown clip', (p) => duplicateClip(p, 'shot:1', 'nope', 'c9')],
    ['addClip to an unknown track', (p) => addClip(p, 'shot:1', 'no-track', createClip(PRESETS[0], 'c9', 0))],
    ['setClipParams with the values it has', (p) => setClipParams(p, 'shot:1', 'c1', { ...c1.params })],
    ['setClipParams with nothing', (p) => setClipParams(p, 'shot:1', 'c1', {})],
    ['resetClipParams of names it does not have', (p) => resetClipParams(p, 'shot:1', 'c1', ['not-a-param'])],
    ['setClipEasing to its easing (equal, not the same object)', (p) => setClipEasing(p, 'shot:1', 'c1', { ...c1.easing })],
    ['removeShot of an unknown shot', (p) => removeShot(p, 'nope')],
    ['moveShot to its own index', (p) => moveShot(p, 'shot:2', 1)],
    ['moveShot of an unknown shot', (p) => moveShot(p, 'nope', 0)],
    ['renameShot to its name', (p) => renameShot(p, 'shot:1', shot1.name)],
    ['renameShot to its name with spaces', (p) => renameShot(p, 'shot:1', `  ${shot1.name} `)],
    ['renameShot to blank', (p) => renameShot(p, 'shot:1', '   ')],
    ['renameProject to its name', (p) => renameProject(p, p.name)],
    ['renameProject to blank', (p) => renameProject(p, '')],
    ['updateShotSettings with its settings', (p) => updateShotSettings(p, 'shot:1', { durationS: shot1.durationS, fps: shot1.fps, aspect: shot1.aspect })],
    ['setShotStart to its start (equal, not the same object)', (p) => setShotStart(p, 'shot:1', { ...shot1.start, position: [...shot1.start.position] as [number, number, number] })],
    ['updateShotLens with its own values', (p) => updateShotLens(p, 'shot:1', { ...DEFAULT_LENS })],
    ['updateShotSubject with its own values', (p) => updateShotSubject(p, 'shot:1', { facingDeg: shot1.subject.facingDeg, path: { ...shot1.subject.path } })],
    ['setShotPrompt with its own text', (p) => setShotPrompt(p, 'shot:1', { subject: '', negative: '' })],
    ['setShotPrompt with only spaces', (p) => setShotPrompt(p, 'shot:1', { subject: '  \n ' })],
    ['setShotPrompt with nothing', (p) => setShotPrompt(p, 'shot:1', {})],
    ['setShotPrompt of an unknown shot', (p) => setShotPrompt(p, 'nope', { subject: 'A fox' })],
    ['removeTrack of a track with clips', (p) => removeTrack(p, 'shot:1', 'shot:1/track:1')],
    ['removeTrack of an unknown track', (p) => removeTrack(p, 'shot:1', 'nope')],
  ]
  it.each(cases)('%s', (_name, op) => {
    expect(op(base)).toBe(base)
  })

  it('and a real change returns a new object', () => {
    expect(moveClip(base, 'shot:1', 'c1', c1.startS + 1)).not.toBe(base)
    expect(setClipParams(base, 'shot:1', 'c1', { angle: 12 })).not.toBe(base)
    expect(setClipEasing(base, 'shot:1', 'c1', { kind: 'named', name: 'linear' })).not.toBe(base)
    expect(updateShotLens(base, 'shot:1', { focalLengthMm: 50 })).not.toBe(base)
    expect(renameShot(base, 'shot:1', 'Opening')).not.toBe(base)
  })
})

describe('shots', () => {
  const projectWith = (n: number) => {
    let p = createProject()
    for (let i = 2; i <= n; i++) p = addShot(p, createShot(`shot:${i}`, `Shot ${i}`))
    return deepFreeze(p)
  }

  it('removeShot keeps at least one shot', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.array(fc.nat(10), { maxLength: 12 }), (n, picks) => {
        let p = projectWith(n)
        for (const k of picks) {
          const target = p.shots[k % p.shots.length].id
          const next = removeShot(p, target)
          if (p.shots.length === 1) expect(next).toBe(p)
          else {
            expect(next.shots.length).toBe(p.shots.length - 1)
            expect(next.shots.map((s) => s.id)).toEqual(p.shots.map((s) => s.id).filter((id) => id !== target))
          }
          expect(next.shots.length).toBeGreaterThanOrEqual(1)
          p = next
        }
      }),
    )
  })

  it('moveShot puts the shot at the (clamped) index and keeps the others in order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 7 }), fc.nat(10), fc.integer({ min: -3, max: 12 }), (n, pick, to) => {
        const p = projectWith(n)
        const id = p.shots[pick % n].id
        const next = moveShot(p, id, to)
        const ids = next.shots.map((s) => s.id)
        const clamped = Math.min(n - 1, Math.max(0, to))
        expect(ids[clamped]).toBe(id)
        expect(ids.filter((x) => x !== id)).toEqual(p.shots.map((s) => s.id).filter((x) => x !== id))
        expect(next.shots.find((s) => s.id === id)).toBe(p.shots.find((s) => s.id === id))
      }),
    )
  })

  it('updateShotSettings clamps the duration into range', () => {
    const p = projectWith(1)
    expect(updateShotSettings(p, 'shot:1', { durationS: 0 }).shots[0].durationS).toBe(MIN_CLIP_DURATION_S)
    expect(updateShotSettings(p, 'shot:1', { durationS: 1e6 }).shots[0].durationS).toBe(600)
  })

  it('setShotPrompt sets the subject and negative of one shot, trimmed and cut to the limit', () => {
    const p = projectWith(2)
    expect(p.shots[0].prompt).toEqual({ subject: '', negative: '' })
    const a = setShotPrompt(p, 'shot:2', { subject: '  A fox in the snow\nat dawn  ' })
    expect(a.shots[1].prompt).toEqual({ subject: 'A fox in the snow\nat dawn', negative: '' })
    expect(a.shots[0]).toBe(p.shots[0])
    const b = setShotPrompt(a, 'shot:2', { negative: 'blur' })
    expect(b.shots[1].prompt).toEqual({ subject: 'A fox in the snow\nat dawn', negative: 'blur' })
    expect(setShotPrompt(b, 'shot:2', { subject: '' }).shots[1].prompt).toEqual({ subject: '', negative: 'blur' })
    expect(setShotPrompt(p, 'shot:1', { subject: 'x'.repeat(MAX_PROMPT_CHARS + 10) }).shots[0].prompt.subject.length).toBe(MAX_PROMPT_CHARS)
  })

  it('addTrack then removeTrack of the empty track is a round trip; the last track stays', () => {
    const p = projectWith(1)
    const added = addTrack(p, 'shot:1', 'shot:1/track:3')
    expect(added.shots[0].tracks.map((t) => t.id)).toEqual(['shot:1/track:1', 'shot:1/track:2', 'shot:1/track:3'])
    expect(removeTrack(added, 'shot:1', 'shot:1/track:3').shots[0].tracks).toEqual(p.shots[0].tracks)
    const one = removeTrack(p, 'shot:1', 'shot:1/track:2')
    expect(removeTrack(one, 'shot:1', 'shot:1/track:1')).toBe(one)
  })
})

describe('snapping', () => {
  it('snaps to the nearest edge within the threshold, else to the frame grid', () => {
    fc.assert(
      fc.property(
        arbRange(-1, 30),
        fc.constantFrom(23.976, 24, 25, 30, 60),
        fc.array(arbRange(0, 30), { maxLength: 8 }),
        arbRange(0, 0.5),
        (t, fps, edges, threshold) => {
          const r = snapTime(t, fps, edges, threshold)
          const nearest = edges.reduce((best, e) => (Math.abs(e - t) < Math.abs(best - t) ? e : best), Number.POSITIVE_INFINITY)
          if (Math.abs(nearest - t) <= threshold) {
            expect(r.snappedTo).toBe('edge')
            expect(edges).toContain(r.timeS)
            expect(Math.abs(r.timeS - t)).toBe(Math.abs(nearest - t))
          } else {
            expect(r.snappedTo).toBe('frame')
            expect(r.timeS).toBe(Math.round(t * fps) / fps)
            expect(Math.abs(r.timeS - t)).toBeLessThanOrEqual(0.5 / fps + 1e-12)
            expect(Math.abs(r.timeS * fps - Math.round(r.timeS * fps))).toBeLessThan(1e-9)
          }
        },
      ),
      { numRuns: 300 },
    )
  })

  it('examples', () => {
    expect(snapTime(1.02, 24, [1], 0.05)).toEqual({ timeS: 1, snappedTo: 'edge' })
    expect(snapTime(1.2, 24, [1], 0.05)).toEqual({ timeS: 29 / 24, snappedTo: 'frame' })
    expect(snapTime(2.49, 24, [2.5, 2.47], 0.05)).toEqual({ timeS: 2.5, snappedTo: 'edge' })
    expect(snapToFrame(0.51, 2)).toBe(0.5)
  })

  it('clip edges are 0, the shot end and every clip start and end, except the clip being dragged', () => {
    let p = createProject()
    p = addClip(p, 'shot:1', 'shot:1/track:1', createClip(PRESETS[0], 'a', 1, undefined, 2))
    p = addClip(p, 'shot:1', 'shot:1/track:2', createClip(PRESETS[1], 'b', 2.5, undefined, 1))
    const shot = p.shots[0]
    expect([...clipEdges(shot)].sort((x, y) => x - y)).toEqual([0, 1, 2.5, 3, 3.5, shot.durationS].sort((x, y) => x - y))
    expect([...clipEdges(shot, 'a')].sort((x, y) => x - y)).toEqual([0, 2.5, 3.5, shot.durationS].sort((x, y) => x - y))
  })
})
