import { describe, expect, it } from 'vitest'
import { chainParts, chainStatus, nextChainStep } from './chain'
import { type Take, type TakeStatus, createTake, transition } from './model'

const media = { mimeType: 'video/mp4', container: 'mp4' as const, codec: 'avc1', width: 1280, height: 720, frameCount: 48, fps: 24, durationS: 2, bytes: 9 }

const part = (n: number, status: TakeStatus, parts = 3, chainId = 'chain:1'): Take => {
  let t = createTake(
    {
      id: `take:${chainId}/${n}`,
      projectId: 'p',
      shotId: 's',
      shotName: 'Shot 1',
      route: 'runway',
      target: 'runway',
      payload: '{}',
      fingerprint: 'f',
      design: '{}',
      settings: { size: '720p', depth: false },
      seed: 7,
      chain: { id: chainId, part: n, parts, startS: (n - 1) * 2, durationS: 2 },
    },
    n,
  )
  if (status === 'queued') return t
  t = transition(t, { type: 'start', at: 10 })
  if (status === 'running') return t
  if (status === 'succeeded') return transition(t, { type: 'succeed', at: 20, outcome: { video: media, depth: null, hasStartFrame: false, hasThumbnail: false, note: null } })
  if (status === 'failed') return transition(t, { type: 'fail', at: 20, error: 'boom' })
  if (status === 'canceled') return transition(t, { type: 'cancel', at: 20 })
  return transition(t, { type: 'interrupt' })
}

describe('chained generations', () => {
  it('lists a chain’s parts in order, apart from other takes', () => {
    const list = [part(3, 'queued'), part(1, 'running'), part(2, 'queued', 2, 'chain:2'), part(2, 'queued')]
    expect(chainParts(list, 'chain:1').map((t) => t.chain!.part)).toEqual([1, 2, 3])
  })

  it('runs part 1 first, and the others wait for the part before them', () => {
    const queued = [part(1, 'queued'), part(2, 'queued'), part(3, 'queued')]
    const step = nextChainStep(queued)
    expect(step.start).toEqual({ take: queued[0], after: null })
    expect(step.waiting.map((w) => [w.take.chain!.part, w.forPart])).toEqual([
      [2, 1],
      [3, 2],
    ])
    expect(step.cancel).toEqual([])
    // running here: nothing to start
    expect(nextChainStep(queued, (id) => id === queued[0].id).start).toBeNull()
  })

  it('starts the next part from the part before once that one succeeded', () => {
    const list = [part(1, 'succeeded'), part(2, 'queued'), part(3, 'queued')]
    const step = nextChainStep(list)
    expect(step.start).toEqual({ take: list[1], after: list[0] })
    expect(step.waiting.map((w) => w.take.chain!.part)).toEqual([3])
  })

  it('a part that stops cancels the queued parts after it, saying which part and how', () => {
    expect(nextChainStep([part(1, 'failed'), part(2, 'queued'), part(3, 'queued')]).cancel.map((c) => c.reason)).toEqual([
      'Part 1 failed, so part 2 was not sent.',
      'Part 1 failed, so part 3 was not sent.',
    ])
    expect(nextChainStep([part(1, 'succeeded'), part(2, 'canceled'), part(3, 'queued')]).cancel.map((c) => c.reason)).toEqual(['Part 2 was canceled, so part 3 was not sent.'])
    expect(nextChainStep([part(1, 'interrupted'), part(2, 'queued'), part(3, 'queued')]).cancel).toHaveLength(2)
    expect(nextChainStep([part(1, 'succeeded'), part(3, 'queued')]).cancel.map((c) => c.reason)).toEqual(['Part 2 was deleted, so part 3 was not sent.'])
    // a running part keeps the parts after it waiting, and nothing is started twice
    const step = nextChainStep([part(1, 'succeeded'), part(2, 'running'), part(3, 'queued')])
    expect(step).toMatchObject({ start: null, cancel: [], waiting: [{ forPart: 2 }] })
  })

  it('summarises a chain for the UI', () => {
    expect(chainStatus([part(1, 'succeeded'), part(2, 'running'), part(3, 'queued')], 'chain:1')).toEqual({
      chainId: 'chain:1',
      parts: 3,
      done: 1,
      failed: 0,
      stopped: 0,
      running: 1,
      waiting: 1,
      missing: 0,
      current: 2,
      state: 'running',
    })
    expect(chainStatus([part(1, 'succeeded'), part(2, 'succeeded'), part(3, 'succeeded')], 'chain:1')).toMatchObject({ done: 3, state: 'succeeded', current: null })
    expect(chainStatus([part(1, 'failed'), part(2, 'canceled'), part(3, 'canceled')], 'chain:1')).toMatchObject({ failed: 1, stopped: 2, state: 'failed' })
    expect(chainStatus([part(1, 'succeeded'), part(3, 'canceled')], 'chain:1')).toMatchObject({ missing: 1, state: 'stopped' })
    expect(chainStatus([], 'chain:1')).toMatchObject({ parts: 0, state: 'stopped' })
  })
})
