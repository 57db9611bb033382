import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { type NewTake, type Take, type TakeEvent, TAKE_STATUSES, accepts, afterReload, chooseTake, createTake, elapsedSeconds, isResumable, isWaitingPart, takesOfShot, transition } from './model'

const base: NewTake = {
  id: 'take:1',
  projectId: 'project:1',
  shotId: 'shot:1',
  shotName: 'Shot 1',
  route: 'previs',
  target: 'trajectory',
  payload: '{}',
  fingerprint: 'abc',
  design: '{}',
  settings: { size: '720p', depth: false },
}
const media = { mimeType: 'video/mp4', container: 'mp4' as const, codec: 'avc1.640028', width: 1280, height: 720, frameCount: 48, fps: 24, durationS: 2, bytes: 1000 }
const outcome = { video: media, depth: null, hasStartFrame: true, hasThumbnail: true, note: null }

describe('take state machine', () => {
  it('runs queued -> running -> succeeded, keeping times and the outcome', () => {
    let t = createTake(base, 1000)
    expect(t.status).toBe('queued')
    t = transition(t, { type: 'start', at: 2000 })
    expect(t).toMatchObject({ status: 'running', startedAt: 2000, attempts: 1 })
    t = transition(t, { type: 'succeed', at: 5000, outcome })
    expect(t).toMatchObject({ status: 'succeeded', finishedAt: 5000, video: media, hasThumbnail: true })
    expect(elapsedSeconds(t, 99_999)).toBe(3)
  })

  it('ignores events a status does not accept (a finished take cannot be canceled or restarted)', () => {
    const done = transition(transition(createTake(base, 0), { type: 'start', at: 1 }), { type: 'succeed', at: 2, outcome })
    for (const e of [{ type: 'cancel', at: 3 }, { type: 'start', at: 3 }, { type: 'retry' }, { type: 'interrupt' }] as TakeEvent[]) expect(transition(done, e)).toBe(done)
  })

  it('retries a failed, canceled or interrupted take from queued, clearing its error', () => {
    const running = transition(createTake(base, 0), { type: 'start', at: 1 })
    for (const ended of [
      transition(running, { type: 'fail', at: 2, error: 'boom' }),
      transition(running, { type: 'cancel', at: 2 }),
      transition(running, { type: 'interrupt' }),
    ]) {
      const again = transition(ended, { type: 'retry' })
      expect(again).toMatchObject({ status: 'queued', error: null, startedAt: null, finishedAt: null })
      expect(transition(again, { type: 'start', at: 9 }).attempts).toBe(2)
    }
  })

  it('measures elapsed time to now while running', () => {
    const running = transition(createTake(base, 0), { type: 'start', at: 1000 })
    expect(elapsedSeconds(running, 4000)).toBe(3)
    expect(elapsedSeconds(createTake(base, 0), 4000)).toBeNull()
  })

  it('after a reload, work in flight is interrupted and everything else is kept as it was', () => {
    const queued = createTake(base, 0)
    const running = transition(queued, { type: 'start', at: 1 })
    const failed = transition(running, { type: 'fail', at: 2, error: 'x' })
    expect(afterReload(queued).status).toBe('interrupted')
    expect(afterReload(running).status).toBe('interrupted')
    expect(afterReload(failed)).toBe(failed)
  })

  it('a hosted take the server accepted survives a reload running (its polling resumes); one not yet accepted is interrupted', () => {
    const running = transition(createTake(base, 0), { type: 'start', at: 1 })
    const accepted = transition(running, { type: 'submitted', remote: { generationId: 'g.sig', idempotencyKey: 'k' } })
    expect(accepted.remote).toEqual({ generationId: 'g.sig', idempotencyKey: 'k' })
    expect(afterReload(accepted)).toBe(accepted)
    expect(isResumable(accepted)).toBe(true)
    expect(afterReload(running).status).toBe('interrupted')
    // a retry starts a new generation
    const failed = transition(accepted, { type: 'fail', at: 2, error: 'x' })
    expect(transition(failed, { type: 'retry' }).remote).toBeNull()
  })

  it('a take has no seed and no chain unless made with them', () => {
    expect(createTake(base, 0)).toMatchObject({ seed: null, chain: null })
    expect(createTake({ ...base, seed: 48213 }, 0).seed).toBe(48213)
  })

  it('a cancel with a reason (a part before it stopped) keeps the reason as the take’s error, cleared on Retry', () => {
    const canceled = transition(createTake(base, 0), { type: 'cancel', at: 1, reason: 'Part 1 failed, so part 2 was not sent.' })
    expect(canceled).toMatchObject({ status: 'canceled', error: 'Part 1 failed, so part 2 was not sent.' })
    expect(transition(canceled, { type: 'retry' }).error).toBeNull()
    expect(transition(createTake(base, 0), { type: 'cancel', at: 1 }).error).toBeNull()
  })

  it('after a reload, a later part of a chain still waits for the part before it; part 1 not yet sent is interrupted', () => {
    const chain = { id: 'chain:1', part: 2, parts: 3, startS: 2, durationS: 2 }
    const waiting = createTake({ ...base, chain }, 0)
    expect(isWaitingPart(waiting)).toBe(true)
    expect(afterReload(waiting)).toBe(waiting)
    const first = createTake({ ...base, chain: { ...chain, part: 1 } }, 0)
    expect(isWaitingPart(first)).toBe(false)
    expect(afterReload(first).status).toBe('interrupted')
    // a later part the page was sending (not yet accepted) is interrupted like any other
    expect(afterReload(transition(waiting, { type: 'start', at: 1 })).status).toBe('interrupted')
  })

  it('every reachable status is one of the six, and only queued/running accept cancel (property)', () => {
    const events = fc.constantFrom<TakeEvent>(
      { type: 'start', at: 1 },
      { type: 'succeed', at: 2, outcome },
      { type: 'fail', at: 2, error: 'e' },
      { type: 'cancel', at: 2 },
      { type: 'interrupt' },
      { type: 'retry' },
    )
    fc.assert(
      fc.property(fc.array(events, { maxLength: 30 }), (list) => {
        let t: Take = createTake(base, 0)
        for (const e of list) {
          const before = t
          t = transition(t, e)
          expect(TAKE_STATUSES).toContain(t.status)
          if (e.type === 'cancel' && t !== before) expect(['queued', 'running']).toContain(before.status)
          if (t.status === 'succeeded') expect(t.video).not.toBeNull()
          if (!accepts(before, e.type)) expect(t).toBe(before)
        }
      }),
    )
  })
})

describe('chosen take', () => {
  it('is at most one per shot, and choosing in one shot leaves other shots alone', () => {
    const a = createTake({ ...base, id: 'a' }, 1)
    const b = createTake({ ...base, id: 'b' }, 2)
    const c = createTake({ ...base, id: 'c', shotId: 'shot:2' }, 3)
    let list = chooseTake([a, b, c], 'c')
    list = chooseTake(list, 'a')
    list = chooseTake(list, 'b')
    expect(list.map((t) => t.chosen)).toEqual([false, true, true])
    expect(chooseTake(list, 'b', false).map((t) => t.chosen)).toEqual([false, false, true])
  })

  it('lists a shot’s takes newest first', () => {
    const list = [createTake({ ...base, id: 'old' }, 1), createTake({ ...base, id: 'other', shotId: 'x' }, 5), createTake({ ...base, id: 'new' }, 9)]
    expect(takesOfShot(list, 'shot:1').map((t) => t.id)).toEqual(['new', 'old'])
  })
})
