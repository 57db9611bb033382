/**
 * Takes: each one result of a generation of a shot, on any route (the embedded previs renderer or a
 * hosted model). Plain data and pure transitions; the store (state/takesStore), the database
 * (persistence/takesDb) and the runners (generate/) sit around it.
 */
import type { PrevisSize } from '../previs/size'

export const TAKE_STATUSES = ['queued', 'running', 'succeeded', 'failed', 'canceled', 'interrupted'] as const
export type TakeStatus = (typeof TAKE_STATUSES)[number]

/** Statuses a take can still leave on its own (work in flight). */
export const isActive = (status: TakeStatus): boolean => status === 'queued' || status === 'running'
/** Statuses from which Retry starts the same request again. */
export const canRetry = (status: TakeStatus): boolean => status === 'failed' || status === 'canceled' || status === 'interrupted'

/** What the user chose for the render (previs) or the request (hosted). */
export interface TakeSettings {
  readonly size: PrevisSize
  /** Also render the depth pass (previs only). */
  readonly depth: boolean
  /** The route's model it was sent to (a route-catalog id; absent: the one the compiler emits). */
  readonly model?: string
  /** Whether the shot's start frame goes with it (absent on older takes: the route decides). */
  readonly startImage?: boolean
}

/** Facts about a finished video, read from what the runner produced. */
export interface TakeMedia {
  readonly mimeType: string
  readonly container: 'mp4' | 'webm'
  readonly codec: string
  readonly width: number
  readonly height: number
  readonly frameCount: number
  readonly fps: number
  readonly durationS: number
  readonly bytes: number
}

export interface DepthMedia extends TakeMedia {
  readonly nearM: number
  readonly farM: number
}

/** Live progress of a take in flight (kept in memory, not saved). */
export interface TakeProgress {
  /** 0..1 */
  readonly fraction: number
  readonly framesDone?: number
  readonly frameCount?: number
  readonly framesPerSecond?: number
  readonly secondsLeft?: number | null
  /** A runner's phase in words ("Encoding", "Queued at the provider"). */
  readonly phase?: string
}

/** What the service knows when it creates a take. */
export interface NewTake {
  readonly id: string
  readonly projectId: string
  readonly shotId: string
  /** Shot name when the take was made (the shot may be renamed or deleted later). */
  readonly shotName: string
  readonly route: string
  readonly target: string
  /** The compiled payload sent (the target's output text). */
  readonly payload: string
  /** designFingerprint of the shot and scene at the time the take was made. */
  readonly fingerprint: string
  /** The design it was made from, as a one-shot project file (schema's one load path): Retry renders this. */
  readonly design: string
  readonly settings: TakeSettings
  /** The seed the payload carries (takes/seed.ts), where the target takes one: making it again sends the same. */
  readonly seed?: number | null
  /** The part of a chained generation this take is, or none. */
  readonly chain?: TakeChain | null
}

/**
 * One part of a chained generation (a shot a one-move route cannot express, cut by the compiler's
 * `planChain`): each part after the first starts from the last frame of the part before.
 */
export interface TakeChain {
  /** The same for every part of one chain. */
  readonly id: string
  /** 1-based. */
  readonly part: number
  readonly parts: number
  /** The part's window in the shot, in seconds. */
  readonly startS: number
  readonly durationS: number
}

/** Where a hosted take lives on the server: its generation id and the idempotency key it was sent with. */
export interface RemoteGeneration {
  readonly generationId: string
  readonly idempotencyKey: string
}

export interface Take extends NewTake {
  readonly seed: number | null
  readonly chain: TakeChain | null
  readonly status: TakeStatus
  /** Set once a hosted route accepted it: a reload resumes polling this generation instead of interrupting. */
  readonly remote: RemoteGeneration | null
  /** Epoch milliseconds. */
  readonly createdAt: number
  readonly startedAt: number | null
  readonly finishedAt: number | null
  readonly error: string | null
  /** A plain note from the runner (e.g. "No H.264 encoder here: VP9 in WebM"). */
  readonly note: string | null
  readonly video: TakeMedia | null
  readonly depth: DepthMedia | null
  readonly hasStartFrame: boolean
  readonly hasThumbnail: boolean
  /** The chosen take of its shot (at most one per shot). */
  readonly chosen: boolean
  /** How many times it has been started (Retry adds one). */
  readonly attempts: number
}

export const createTake = (t: NewTake, now: number): Take => ({
  ...t,
  seed: t.seed ?? null,
  chain: t.chain ?? null,
  status: 'queued',
  remote: null,
  createdAt: now,
  startedAt: null,
  finishedAt: null,
  error: null,
  note: null,
  video: null,
  depth: null,
  hasStartFrame: false,
  hasThumbnail: false,
  chosen: false,
  attempts: 0,
})

export interface TakeOutcome {
  readonly video: TakeMedia
  readonly depth: DepthMedia | null
  readonly hasStartFrame: boolean
  readonly hasThumbnail: boolean
  readonly note: string | null
}

export type TakeEvent =
  | { readonly type: 'start'; readonly at: number }
  /** A hosted route accepted the request: remember where to ask for it. */
  | { readonly type: 'submitted'; readonly remote: RemoteGeneration }
  | { readonly type: 'succeed'; readonly at: number; readonly outcome: TakeOutcome }
  | { readonly type: 'fail'; readonly at: number; readonly error: string }
  /** `reason`: why it was canceled when the user did not (e.g. the part of its chain before it failed). */
  | { readonly type: 'cancel'; readonly at: number; readonly reason?: string }
  /** The page went away while it was in flight (found on load). */
  | { readonly type: 'interrupt' }
  | { readonly type: 'retry' }

/** Which events each status accepts; anything else leaves the take as it is. */
const ACCEPTS: Readonly<Record<TakeStatus, readonly TakeEvent['type'][]>> = {
  queued: ['start', 'fail', 'cancel', 'interrupt'],
  running: ['submitted', 'succeed', 'fail', 'cancel', 'interrupt'],
  succeeded: [],
  failed: ['retry'],
  canceled: ['retry'],
  interrupted: ['retry'],
}

export const accepts = (take: Take, type: TakeEvent['type']): boolean => ACCEPTS[take.status].includes(type)

/** The one state machine of a take. Returns the same object when the event does not apply. */
export const transition = (take: Take, event: TakeEvent): Take => {
  if (!accepts(take, event.type)) return take
  switch (event.type) {
    case 'start':
      return { ...take, status: 'running', startedAt: event.at, attempts: take.attempts + 1 }
    case 'submitted':
      return { ...take, remote: event.remote }
    case 'succeed':
      return { ...take, status: 'succeeded', finishedAt: event.at, error: null, ...event.outcome }
    case 'fail':
      return { ...take, status: 'failed', finishedAt: event.at, error: event.error }
    case 'cancel':
      return { ...take, status: 'canceled', finishedAt: event.at, error: event.reason ?? take.error }
    case 'interrupt':
      return { ...take, status: 'interrupted', finishedAt: null }
    case 'retry':
      return { ...take, status: 'queued', startedAt: null, finishedAt: null, error: null, note: null, remote: null }
  }
}

/** Seconds the take ran (to `now` while in flight), or null before it started. */
export const elapsedSeconds = (take: Take, now: number): number | null => {
  if (take.startedAt === null) return null
  const end = take.finishedAt ?? (isActive(take.status) ? now : take.startedAt)
  return Math.max(0, (end - take.startedAt) / 1000)
}

/** Marks `takeId` as the chosen take of its shot and clears the others of that shot (or unchooses it). */
export const chooseTake = (takes: readonly Take[], takeId: string, chosen = true): Take[] => {
  const target = takes.find((t) => t.id === takeId)
  if (!target) return [...takes]
  return takes.map((t) => {
    if (t.shotId !== target.shotId) return t
    const next = t.id === takeId ? chosen : false
    return t.chosen === next ? t : { ...t, chosen: next }
  })
}

/** A later part of a chain that waits for the part before it (nothing of it was sent yet). */
export const isWaitingPart = (take: Take): boolean => take.status === 'queued' && take.chain !== null && take.chain.part > 1

/**
 * What is left after a reload: a render that was in flight in the page cannot resume, so it is
 * interrupted; a hosted generation the server accepted goes on there, so its take stays running
 * (the service resumes polling it); a later part of a chain still waits for the part before it.
 */
export const afterReload = (take: Take): Take =>
  isActive(take.status) && !(take.status === 'running' && take.remote) && !isWaitingPart(take) ? transition(take, { type: 'interrupt' }) : take

/** A hosted take whose generation the page should (re)start polling. */
export const isResumable = (take: Take): boolean => take.status === 'running' && take.remote !== null

/** Takes of a shot, newest first. */
export const takesOfShot = (takes: readonly Take[], shotId: string): Take[] =>
  takes.filter((t) => t.shotId === shotId).sort((a, b) => b.createdAt - a.createdAt)
