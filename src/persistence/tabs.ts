/**
 * Two tabs, one project: who may save it. Only the tab that owns a project saves it.
 *
 * Ownership is a Web Lock (`framewright-project:<id>`, held while the project is open) where the
 * browser has them (secure contexts: https, localhost): exact, with no timing involved. Without
 * them (the studio served over plain http on a LAN address) the tabs ask each other over the
 * BroadcastChannel instead (`probe`, answered by the owner within `probeMs`).
 *
 * The BroadcastChannel (`framewright-library`) carries the rest either way:
 * - `take`: a tab takes the project over; the owner saves what it has, stops saving, goes read-only
 *   (`onLost`, with `saveFirst`), lets go (the lock, `released`), and the new owner reads it after.
 *   An owner that does not let go within `releaseWaitMs` (a frozen tab) loses it anyway: the lock is
 *   stolen, and when it wakes it is told without saving (its changes would overwrite newer work).
 * - `opened` / `closed`: presence, for project lists (an owner that hears another tab opened its
 *   project, having been frozen through the claim, stops saving it at once); `changed`: the library
 *   changed (list again);
 *   `deleted`: the tab that has a deleted project is told.
 * - Which projects other tabs have open: the locks held (`query`), or a roll call (`who` / `present`).
 */

export type TabMessage =
  | { readonly t: 'probe'; readonly projectId: string; readonly from: string; readonly since: number }
  | { readonly t: 'owned'; readonly projectId: string; readonly from: string; readonly to: string }
  | { readonly t: 'take'; readonly projectId: string; readonly from: string; readonly at: number }
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

/** The part of the Web Locks API (navigator.locks) the protocol uses. */
export interface TabLocks {
  request(name: string, options: { ifAvailable?: boolean; steal?: boolean; signal?: AbortSignal }, callback: (lock: unknown) => unknown): Promise<unknown>
  query(): Promise<{ held?: readonly { name?: string }[] }>
}

export interface TabEvents {
  /**
   * Another tab took the project over (or deleted it): stop saving it. `saveFirst`: save what is
   * unsaved before letting go (false when it is too late: the new owner has already read it).
   */
  onLost(projectId: string, reason: 'taken-over' | 'deleted', saveFirst: boolean): Promise<void> | void
  /** Another tab changed the library (a save, a new, renamed or deleted project). */
  onLibraryChanged?(): void
  /** Another tab opened or closed a project. */
  onPresenceChanged?(): void
}

export interface TabOptions {
  readonly channel?: TabChannel
  /** Default: navigator.locks where it exists; null: ask over the channel instead. */
  readonly locks?: TabLocks | null
  readonly tabId?: string
  /** Without locks: how long a claim waits for an owner to answer. */
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
export const LOCK_PREFIX = 'framewright-project:'

const isMessage = (data: unknown): data is TabMessage => typeof data === 'object' && data !== null && typeof (data as TabMessage).t === 'string'

const randomId = () => `tab:${Math.random().toString(36).slice(2, 10)}${Date.now().toString(36)}`

const browserLocks = (): TabLocks | null =>
  typeof navigator !== 'undefined' && (navigator as { locks?: TabLocks }).locks ? (navigator as unknown as { locks: TabLocks }).locks : null

export const createTabCoordinator = (events: TabEvents, options: TabOptions = {}): TabCoordinator => {
  const channel: TabChannel = options.channel ?? (new BroadcastChannel(CHANNEL_NAME) as unknown as TabChannel)
  const locks = options.locks === undefined ? browserLocks() : options.locks
  const tabId = options.tabId ?? randomId()
  const probeMs = options.probeMs ?? 200
  const releaseWaitMs = options.releaseWaitMs ?? 1500
  const now = options.now ?? (() => Date.now())
  let owned: string | null = null
  /** The lock held for `owned` (lock mode). */
  let holding: { readonly projectId: string; readonly release: () => void } | null = null
  let probing: { projectId: string; since: number; answered: boolean } | null = null
  const waiters = new Set<(m: TabMessage) => void>()
  const post = (m: TabMessage) => channel.postMessage(m)

  /** Earlier claim first; ties go to the smaller tab id. */
  const before = (a: { since: number; from: string }, b: { since: number; from: string }) => a.since < b.since || (a.since === b.since && a.from < b.from)

  const dropLock = () => {
    const h = holding
    holding = null
    h?.release()
  }

  /** Lock mode: hold the project's lock until released; false when not granted (busy, or the wait ran out). */
  const hold = (projectId: string, mode: { ifAvailable?: boolean; steal?: boolean; signal?: AbortSignal }): Promise<boolean> =>
    new Promise<boolean>((granted) => {
      let release: () => void = () => undefined
      const held = new Promise<void>((r) => (release = r))
      const mine = { projectId, release: () => release() }
      locks!
        .request(LOCK_PREFIX + projectId, mode, async (lock) => {
          if (!lock) return granted(false)
          holding = mine
          granted(true)
          await held
        })
        .catch(() => {
          granted(false) // aborted before it was granted
          release() // ends the callback of a stolen lock
          if (holding === mine) {
            // stolen: another tab took it over without waiting for this one (it seemed frozen)
            holding = null
            if (owned === projectId) {
              owned = null
              void events.onLost(projectId, 'taken-over', false)
            }
          }
        })
    })

  /** The owner is asked to let go: it saves first unless the request is stale (this tab was frozen past the wait). */
  const letGo = async (m: Extract<TabMessage, { t: 'take' }>) => {
    owned = null
    const saveFirst = now() - m.at < releaseWaitMs
    await Promise.resolve(events.onLost(m.projectId, 'taken-over', saveFirst)).catch(() => undefined)
    dropLock()
    post({ t: 'released', projectId: m.projectId, from: tabId, to: m.from })
  }

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
        if (owned === m.projectId) void letGo(m)
        else if (probing?.projectId === m.projectId) probing.answered = true // someone else takes it: this claim loses
        break
      case 'deleted':
        if (owned === m.projectId) {
          owned = null
          dropLock()
          void events.onLost(m.projectId, 'deleted', false)
        }
        events.onLibraryChanged?.()
        break
      case 'who':
        if (owned) post({ t: 'present', projectId: owned, from: tabId, to: m.from })
        break
      case 'opened':
        if (owned === m.projectId) {
          // another tab owns it now (this one was frozen while it was claimed or taken): too late to save
          owned = null
          dropLock()
          void events.onLost(m.projectId, 'taken-over', false)
        }
        events.onPresenceChanged?.()
        break
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
    dropLock()
  }

  const own = (projectId: string) => {
    owned = projectId
    post({ t: 'opened', projectId, from: tabId })
  }

  const claim = async (projectId: string): Promise<'owner' | 'elsewhere'> => {
    if (owned === projectId) return 'owner'
    release()
    if (locks) {
      if (!(await hold(projectId, { ifAvailable: true }))) return 'elsewhere'
      own(projectId)
      return 'owner'
    }
    const attempt = { projectId, since: now(), answered: false }
    probing = attempt
    post({ t: 'probe', projectId, from: tabId, since: attempt.since })
    await new Promise((r) => setTimeout(r, probeMs))
    if (probing === attempt) probing = null
    if (attempt.answered) return 'elsewhere'
    own(projectId)
    return 'owner'
  }

  const takeOver = async (projectId: string): Promise<void> => {
    if (owned === projectId) return
    // nobody has it any more (the other tab closed): no need to ask
    if ((await claim(projectId)) === 'owner') return
    if (locks) {
      post({ t: 'take', projectId, from: tabId, at: now() })
      const wait = new AbortController()
      const timer = setTimeout(() => wait.abort(), releaseWaitMs)
      const got = await hold(projectId, { signal: wait.signal })
      clearTimeout(timer)
      if (!got) await hold(projectId, { steal: true })
      own(projectId)
      return
    }
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
      post({ t: 'take', projectId, from: tabId, at: now() })
    })
    own(projectId)
  }

  return {
    tabId,
    get owned() {
      return owned
    },
    claim,
    takeOver,
    release,
    async othersOpen(waitMs = 120) {
      if (locks) {
        const { held = [] } = await locks.query()
        return held
          .map((h) => h.name ?? '')
          .filter((name) => name.startsWith(LOCK_PREFIX))
          .map((name) => name.slice(LOCK_PREFIX.length))
          .filter((id) => id !== owned)
      }
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
