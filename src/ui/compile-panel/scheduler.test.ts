import { describe, expect, it } from 'vitest'
import { createProject } from '../../timeline'
import type { CompileJob, CompileReply } from './protocol'
import { type Clock, type CompileBackend, createCompileScheduler } from './scheduler'

/** A backend that records jobs and answers when told; a clock advanced by hand. */
const harness = () => {
  const posted: CompileJob[] = []
  let reply: (r: CompileReply) => void = () => {}
  let fail: (m: string) => void = () => {}
  const backend: CompileBackend = {
    listen: (r, f) => {
      reply = r
      fail = f
    },
    post: (job) => void posted.push(job),
    dispose: () => {},
  }
  let now = 0
  const timers = new Map<number, { at: number; fn: () => void }>()
  let nextId = 1
  const clock: Clock = {
    setTimeout: (fn, ms) => {
      timers.set(nextId, { at: now + ms, fn })
      return nextId++
    },
    clearTimeout: (h) => void timers.delete(h as number),
  }
  const advance = (ms: number) => {
    now += ms
    for (const [id, t] of [...timers]) {
      if (t.at > now) continue
      timers.delete(id)
      t.fn()
    }
  }
  const answer = (job: CompileJob, label = 'x'): CompileReply => ({
    seq: job.seq,
    ok: true,
    targets: [{ target: { id: label, label, kind: 'export', fileExtension: 'json', mediaType: 'application/json', exact: true, description: '' }, result: { ok: false, error: { code: 'unsupported', message: label } } }],
    elapsedMs: 1,
  })
  const scheduler = createCompileScheduler(backend, 150, clock)
  return { scheduler, posted, advance, reply: (r: CompileReply) => reply(r), fail: (m: string) => fail(m), answer }
}

const req = (name: string) => ({ project: createProject(name, name), shotIndex: 0 })

describe('compile scheduler', () => {
  it('debounces a burst of edits into one compile after 150 ms of quiet', () => {
    const h = harness()
    h.scheduler.request(req('a'))
    h.advance(100)
    h.scheduler.request(req('b'))
    h.advance(100)
    h.scheduler.request(req('c'))
    expect(h.scheduler.getSnapshot().compiling).toBe(true)
    h.advance(149)
    expect(h.posted).toHaveLength(0)
    h.advance(1)
    expect(h.posted.map((j) => j.project.name)).toEqual(['c'])
    h.reply(h.answer(h.posted[0], 'c'))
    expect(h.scheduler.getSnapshot()).toMatchObject({ compiling: false, reply: { seq: 1 }, request: { project: { name: 'c' } } })
  })

  it('keeps one job in flight and drops stale replies: only the newest request is shown', () => {
    const h = harness()
    const seen: string[] = []
    h.scheduler.subscribe(() => {
      const r = h.scheduler.getSnapshot().reply
      if (r) seen.push(r.targets[0].target.id)
    })
    h.scheduler.requestNow(req('a'))
    expect(h.posted).toHaveLength(1)
    h.scheduler.request(req('b'))
    h.advance(150) // b is due, but a is still compiling: b waits
    expect(h.posted).toHaveLength(1)
    h.scheduler.request(req('c')) // c replaces b
    h.advance(150)
    h.reply(h.answer(h.posted[0], 'a')) // stale: dropped, c sent at once
    expect(h.posted.map((j) => j.project.name)).toEqual(['a', 'c'])
    expect(h.scheduler.getSnapshot().compiling).toBe(true)
    h.reply(h.answer(h.posted[0], 'a')) // a duplicate old reply is ignored too
    h.reply(h.answer(h.posted[1], 'c'))
    expect(seen).toEqual(['c'])
    expect(h.scheduler.getSnapshot().compiling).toBe(false)
  })

  it('a stale reply during the debounce waits for the debounce, then compiles the newest', () => {
    const h = harness()
    h.scheduler.requestNow(req('a'))
    h.scheduler.request(req('b'))
    h.reply(h.answer(h.posted[0], 'a'))
    expect(h.posted).toHaveLength(1)
    expect(h.scheduler.getSnapshot().reply).toBeUndefined()
    h.advance(150)
    expect(h.posted.map((j) => j.project.name)).toEqual(['a', 'b'])
  })

  it('reports a failed compile and keeps the last good reply', () => {
    const h = harness()
    h.scheduler.requestNow(req('a'))
    h.reply(h.answer(h.posted[0], 'a'))
    h.scheduler.requestNow(req('b'))
    h.reply({ seq: h.posted[1].seq, ok: false, message: 'boom' })
    expect(h.scheduler.getSnapshot()).toMatchObject({ compiling: false, error: 'boom', reply: { seq: 1 } })
    h.scheduler.requestNow(req('c'))
    h.fail('The compiler stopped')
    expect(h.scheduler.getSnapshot()).toMatchObject({ compiling: false, error: 'The compiler stopped' })
    h.scheduler.requestNow(req('d')) // a new request after a crash is sent again
    expect(h.posted.map((j) => j.project.name)).toEqual(['a', 'b', 'c', 'd'])
    expect(h.scheduler.getSnapshot().error).toBeUndefined()
  })
})
