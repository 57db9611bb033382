/** The two-tab protocol with in-process "tabs" on real BroadcastChannels (Node has them). */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createFakeLocks } from './fakeLocks'
import { type TabCoordinator, type TabEvents, type TabLocks, createTabCoordinator } from './tabs'

const open: TabCoordinator[] = []
let channelCount = 0
let locks: TabLocks | null = null

const tab = (name: string, events: Partial<TabEvents> = {}, channelName = `fw-tabs-test-${channelCount}`) => {
  const lost: [string, string, boolean][] = []
  const t = createTabCoordinator(
    {
      onLost: async (id, reason, saveFirst) => {
        lost.push([id, reason, saveFirst])
        await events.onLost?.(id, reason, saveFirst)
      },
      onLibraryChanged: events.onLibraryChanged,
      onPresenceChanged: events.onPresenceChanged,
    },
    { channel: new BroadcastChannel(channelName) as never, locks, tabId: name, probeMs: 60, releaseWaitMs: 400 },
  )
  open.push(t)
  return { t, lost }
}

afterEach(() => {
  for (const t of open.splice(0)) t.close()
  channelCount++
})

describe.each([
  ['Web Locks', true],
  ['the BroadcastChannel alone (no locks: plain http)', false],
])('two tabs, one project, with %s', (_name, withLocks) => {
  beforeEach(() => {
    locks = withLocks ? createFakeLocks() : null
  })

  it('the first tab owns a project; the later tab is told it is open elsewhere', async () => {
    const a = tab('a')
    const b = tab('b')
    expect(await a.t.claim('project:1')).toBe('owner')
    expect(await b.t.claim('project:1')).toBe('elsewhere')
    expect(a.t.owned).toBe('project:1')
    expect(b.t.owned).toBeNull()
    // another project is free
    expect(await b.t.claim('project:2')).toBe('owner')
  })

  it('take over: the owner saves first, goes read-only, then the new tab owns it', async () => {
    const order: string[] = []
    const a = tab('a', {
      onLost: async () => {
        order.push('a saves')
        await new Promise((r) => setTimeout(r, 50))
        order.push('a read-only')
      },
    })
    const b = tab('b')
    await a.t.claim('project:1')
    expect(await b.t.claim('project:1')).toBe('elsewhere')
    await b.t.takeOver('project:1')
    order.push('b owns')
    expect(order).toEqual(['a saves', 'a read-only', 'b owns'])
    expect(a.lost).toEqual([['project:1', 'taken-over', true]])
    expect(a.t.owned).toBeNull()
    expect(b.t.owned).toBe('project:1')
    // and a third tab is told b has it
    const c = tab('c')
    expect(await c.t.claim('project:1')).toBe('elsewhere')
  })

  it('taking over a project nobody has any more (the other tab closed) is immediate', async () => {
    const a = tab('a')
    const b = tab('b')
    await a.t.claim('project:1')
    expect(await b.t.claim('project:1')).toBe('elsewhere')
    a.t.release()
    const started = Date.now()
    await b.t.takeOver('project:1')
    expect(Date.now() - started).toBeLessThan(300)
    expect(b.t.owned).toBe('project:1')
    expect(a.lost).toEqual([])
  })

  it('a frozen owner (it hears nothing) loses the project after the wait, and when it wakes it is told without saving', async () => {
    // a's main thread is stuck: messages to it wait until it thaws
    const channel = new BroadcastChannel(`fw-tabs-test-${channelCount}`)
    let frozen = false
    const backlog: MessageEvent[] = []
    let handler = null as ((e: { data: unknown }) => void) | null
    channel.onmessage = (e) => (frozen ? backlog.push(e) : handler?.(e))
    const deafChannel = {
      postMessage: (m: unknown) => channel.postMessage(m),
      close: () => channel.close(),
      get onmessage() {
        return handler
      },
      set onmessage(fn) {
        handler = fn
      },
    }
    const lost: [string, string, boolean][] = []
    const a = createTabCoordinator({ onLost: (id, reason, saveFirst) => void lost.push([id, reason, saveFirst]) }, { channel: deafChannel, locks, tabId: 'a', probeMs: 60, releaseWaitMs: 300 })
    open.push(a)
    const b = tab('b')
    await a.claim('project:1')
    frozen = true
    const started = Date.now()
    await b.t.takeOver('project:1')
    expect(Date.now() - started).toBeLessThan(1500)
    expect(b.t.owned).toBe('project:1')
    frozen = false
    for (const e of backlog.splice(0)) handler?.(e)
    await new Promise((r) => setTimeout(r, 30))
    expect(a.owned).toBeNull()
    expect(lost).toEqual([['project:1', 'taken-over', false]])
  })

  it('two tabs claiming at once: exactly one owns it', async () => {
    const a = tab('a')
    const b = tab('b')
    const results = await Promise.all([a.t.claim('project:1'), b.t.claim('project:1')])
    expect(results.filter((r) => r === 'owner')).toHaveLength(1)
    expect(results.filter((r) => r === 'elsewhere')).toHaveLength(1)
  })

  it('a roll call lists what other tabs have open; closing and opening tell the others', async () => {
    let presence = 0
    const a = tab('a', { onPresenceChanged: () => void presence++ })
    const b = tab('b')
    const c = tab('c')
    await b.t.claim('project:1')
    await c.t.claim('project:2')
    expect((await a.t.othersOpen(60)).sort()).toEqual(['project:1', 'project:2'])
    c.t.release()
    await new Promise((r) => setTimeout(r, 10))
    expect(await a.t.othersOpen(60)).toEqual(['project:1'])
    expect(presence).toBeGreaterThanOrEqual(3)
  })

  it('a deleted project is lost by the tab that has it; changes reach the other tabs', async () => {
    let changed = 0
    const a = tab('a', { onLibraryChanged: () => void changed++ })
    const b = tab('b')
    await a.t.claim('project:1')
    b.t.announceChange()
    b.t.announceDeleted('project:1')
    await new Promise((r) => setTimeout(r, 30))
    expect(a.lost).toEqual([['project:1', 'deleted', false]])
    expect(a.t.owned).toBeNull()
    expect(changed).toBe(2)
  })
})
