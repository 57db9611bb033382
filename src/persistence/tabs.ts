/**
 * Two tabs, one project: who may save it. Tabs of the studio talk over a BroadcastChannel
 * (`framewright-library`); a tab that owns a project is the only one that saves it.
 *
 * - `claim(id)`: asks the other tabs (`probe`) and waits `probeMs`; the tab that owns it answers
 *   (`owned`) and the asking tab is told `elsewhere` (it then offers to take over or to open a copy).
 *   Two tabs claiming at once: the earlier claim answers the later one, so exactly one wins.
 * - `takeOver(id)`: when a probe still finds an owner, it is told (`take`), saves what it has, stops
 *   saving and goes read-only (`onLost`), then answers `released`; the new owner reads the project
 *   after that. A tab that froze answers nothing: after `releaseWaitMs` the project is taken anyway.
 * - A tab that closes (or opens another project) says `closed`; a roll call (`who`) lists the
 *   projects open in other tabs; `changed` tells open project lists to list again; `deleted` tells
 *   the tab that has a project that it is gone.
 *
 * No Web Locks: a crashed or frozen tab simply never answers, and BroadcastChannel exists in every
 * browser the studio runs in and in Node (tests run two "tabs" in one process).
 */

export type TabMessage =
  | { readonly t: 'probe'; readonly projectId: string; readonly from: string; readonly since: number }
  | { readonly t: 'owned'; readonly projectId: string; readonly from: string; readonly to: string }
  | { readonly t: 'take'; readonly projectId: string; readonly from: string }
  | { readonly t: 'released'; readonly projectId: string; readonly from: string; readonly to: string }
  | { readonly t: 'opened'; readonly projectId: string; readonly from: string }
  | { readonly t: 'closed'; readonly projectId: string; readonly from: string }
  | { readonly t: 'who'; readonly from: string }
  | { readonly t: 'present'; readonly projectId: string; readonly from: string; readonly to: string }
  | { readonly t: 'changed'; readonly from: string }
  | { readonly t: 'deleted'; readonly projectId: string; readonly from: string }

/** The part of BroadcastChannel the protocol uses. */
export interface TabChannel {
  postMessage(message: TabMessage): void
  onmessage: ((event: { data: unknown }) => void) | null
  close(): void
}

export interface TabEvents {
  /** Another tab took the project over (or deleted it): save what is unsaved, then stop saving it. */
  onLost(projectId: string, reason: 'taken-over' | 'deleted'): Promise<void> | void
  /** Another tab changed the library (a save, a new, renamed or deleted project). */
  onLibraryChanged?(): void
  /** Another tab opened or closed a project. */
  onPresenceChanged?(): void
}

export interface TabOptions {
  readonly channel?: TabChannel
  readonly tabId?: string
  /** How long a claim waits for an owner to answer. */
  readonly probeMs?: number
  /** How long a take-over waits for the owner to save and let go. */
  readonly releaseWaitMs?: number
  readonly now?: () => number
}

export interface TabCoordinator {
  readonly tabId: string
  /** The project this tab owns (saves), if any. */
  readonly owned: string | null
  claim(projectId: string): Promise<'owner' | 'elsewhere'>
  takeOver(projectId: string): Promise<void>
  /** Stops owning the project (opening another, closing the page). */
  release(): void
  /** Ids of the projects open in other tabs. */
  othersOpen(waitMs?: number): Promise<string[]>
  announceChange(): void
  announceDeleted(projectId: string): void
  close(): void
}

export const CHANNEL_NAME = 'framewright-library'

const isMessage = (data: unknown): data is TabMessage => typeof data === 'object' && data !== null && typeof (data as TabMessage).t === 'string'

const randomId = () => `tab:${Math.random().toString(36).slice(2, 10)}${Date.now().toString(36)}`

export const createTabCoordinator = (events: TabEvents, options: TabOptions = {}): TabCoordinator => {
  const channel: TabChannel = options.channel ?? (new BroadcastChannel(CHANNEL_NAME) as unknown as TabChannel)
  const tabId = options.tabId ?? randomId()
  const probeMs = options.probeMs ?? 200
  const releaseWaitMs = options.releaseWaitMs ?? 1500
  const now = options.now ?? (() => Date.now())
  let owned: string | null = null
  let probing: { projectId: string; since: number; answered: boolean } | null = null
  const waiters = new Set<(m: TabMessage) => void>()
  const post = (m: TabMessage) => channel.postMessage(m)

  /** Earlier claim first; ties go to the smaller tab id. */
  const before = (a: { since: number; from: string }, b: { since: number; from: string }) => a.since < b.since || (a.since === b.since && a.from < b.from)

  channel.onmessage = (event) => {
    const m = event.data
    if (!isMessage(m) || m.from === tabId) return
    for (const w of waiters) w(m)
    switch (m.t) {
      case 'probe':
        if (owned === m.projectId || (probing?.projectId === m.projectId && before({ since: probing.since, from: tabId }, m)))
          post({ t: 'owned', projectId: m.projectId, from: tabId, to: m.from })
        break
      case 'take':
        if (owned === m.projectId) {
          owned = null
          void Promise.resolve(events.onLost(m.projectId, 'taken-over'))
            .catch(() => undefined)
            .then(() => post({ t: 'released', projectId: m.projectId, from: tabId, to: m.from }))
        } else if (probing?.projectId === m.projectId) probing.answered = true // someone else takes it: this claim loses
        break
      case 'deleted':
        if (owned === m.projectId) {
          owned = null
          void events.onLost(m.projectId, 'deleted')
        }
        events.onLibraryChanged?.()
        break
      case 'who':
        if (owned) post({ t: 'present', projectId: owned, from: tabId, to: m.from })
        break
      case 'opened':
      case 'closed':
        events.onPresenceChanged?.()
        break
      case 'changed':
        events.onLibraryChanged?.()
        break
      case 'owned':
        if (m.to === tabId && probing?.projectId === m.projectId) probing.answered = true
        break
      default:
        break
    }
  }

  const release = () => {
    if (owned) post({ t: 'closed', projectId: owned, from: tabId })
    owned = null
  }

  const own = (projectId: string) => {
    owned = projectId
    post({ t: 'opened', projectId, from: tabId })
  }

  const claim = async (projectId: string): Promise<'owner' | 'elsewhere'> => {
    if (owned === projectId) return 'owner'
    release()
    const attempt = { projectId, since: now(), answered: false }
    probing = attempt
    post({ t: 'probe', projectId, from: tabId, since: attempt.since })
    await new Promise((r) => setTimeout(r, probeMs))
    if (probing === attempt) probing = null
    if (attempt.answered) return 'elsewhere'
    own(projectId)
    return 'owner'
  }

  return {
    tabId,
    get owned() {
      return owned
    },
    claim,
    async takeOver(projectId) {
      if (owned === projectId) return
      // nobody has it any more (the other tab closed): no need to wait for an answer
      if ((await claim(projectId)) === 'owner') return
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, releaseWaitMs)
        function done() {
          clearTimeout(timer)
          waiters.delete(onMessage)
          resolve()
        }
        function onMessage(m: TabMessage) {
          if (m.t === 'released' && m.to === tabId && m.projectId === projectId) done()
        }
        waiters.add(onMessage)
        post({ t: 'take', projectId, from: tabId })
      })
      own(projectId)
    },
    release,
    async othersOpen(waitMs = 120) {
      const found = new Set<string>()
      const onMessage = (m: TabMessage) => {
        if (m.t === 'present' && m.to === tabId) found.add(m.projectId)
      }
      waiters.add(onMessage)
      post({ t: 'who', from: tabId })
      await new Promise((r) => setTimeout(r, waitMs))
      waiters.delete(onMessage)
      return [...found]
    },
    announceChange: () => post({ t: 'changed', from: tabId }),
    announceDeleted: (projectId) => post({ t: 'deleted', projectId, from: tabId }),
    close() {
      release()
      waiters.clear()
      channel.onmessage = null
      channel.close()
    },
  }
}
