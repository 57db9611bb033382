/** The two-tab protocol with in-process "tabs" on real BroadcastChannels (Node has them). */
import { afterEach, describe, expect, it } from 'vitest'
import { type TabCoordinator, type TabEvents, createTabCoordinator } from './tabs'

const open: TabCoordinator[] = []
let channelCount = 0

const tab = (name: string, events: Partial<TabEvents> = {}, channelName = `fw-tabs-test-${channelCount}`) => {
  const lost: [string, string][] = []
  const t = createTabCoordinator(
    {
      onLost: async (id, reason) => {
        lost.push([id, reason])
        await events.onLost?.(id, reason)
      },
      onLibraryChanged: events.onLibraryChanged,
      onPresenceChanged: events.onPresenceChanged,
    },
    { channel: new BroadcastChannel(channelName) as never, tabId: name, probeMs: 60, releaseWaitMs: 400 },
  )
  open.push(t)
  return { t, lost }
}

afterEach(() => {
  for (const t of open.splice(0)) t.close()
  channelCount++
})

describe('two tabs, one project', () => {
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
    expect(a.lost).toEqual([['project:1', 'taken-over']])
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

  it('a tab that crashed (never answers) does not keep the project: the take-over goes ahead after a wait', async () => {
    const a = tab('a')
    await a.t.claim('project:1')
    // a freezes: its channel stops answering
    ;(a.t as unknown as { close(): void }).close()
    const b = tab('b')
    expect(await b.t.claim('project:1')).toBe('owner') // nobody answers the probe
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
    expect(a.lost).toEqual([['project:1', 'deleted']])
    expect(a.t.owned).toBeNull()
    expect(changed).toBe(2)
  })
})
