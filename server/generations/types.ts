/**
 * The shapes every part of hosted generation agrees on: the ledger's record, the provider adapters'
 * interface and the provider error taxonomy (CONTRACTS.md section 4). Plain types, no I/O.
 */

export type GenerationStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'canceled'

/** What kind of failure a provider error is, so the studio can say what to do about it. */
export type ProviderErrorKind =
  | 'bad-key'
  | 'out-of-credits'
  | 'moderation'
  | 'invalid-parameter'
  | 'rate-limited'
  | 'provider-failure'
  | 'timed-out'
  | 'malformed-response'

export interface GenerationError {
  readonly kind: ProviderErrorKind
  /** One sentence a user can act on; never a key, never a raw provider body. */
  readonly message: string
  /** For 'invalid-parameter': the field the provider named. */
  readonly field?: string
}

/** What the server remembers of one generation (the ledger's row). */
export interface GenerationRecord {
  /** The server's own id (the client sees it signed). */
  readonly id: string
  readonly route: string
  readonly target: string
  readonly idempotencyKey: string
  /** The provider's task id once submitted. */
  readonly providerTaskId: string | null
  readonly status: GenerationStatus
  /** 0..1 where the provider says. */
  readonly progress: number | null
  readonly error: GenerationError | null
  /** Where the provider put the finished video (server-side only: never sent to a client). */
  readonly videoUrl: string | null
  /** Epoch milliseconds. */
  readonly createdAt: number
  readonly updatedAt: number
  /** When the provider was last asked for the status (polling is coalesced on it). */
  readonly checkedAt: number | null
}

export type GenerationPatch = Partial<Omit<GenerationRecord, 'id' | 'idempotencyKey' | 'createdAt' | 'route' | 'target'>>

/** The generation ledger: SQLite by default, Redis when REDIS_URL is set (shared by replicas). */
export interface Ledger {
  /**
   * Stores `record` unless a record with the same idempotency key exists; returns the stored one.
   * Atomic across every process sharing the store: two claims of one key make one record.
   */
  claim(record: GenerationRecord): Promise<{ readonly record: GenerationRecord; readonly created: boolean }>
  get(id: string): Promise<GenerationRecord | null>
  /** Applies a patch (sets updatedAt); null when there is no such record. */
  update(id: string, patch: GenerationPatch): Promise<GenerationRecord | null>
  /**
   * Takes the lease named `name` for `ms` milliseconds if nobody holds it (e.g. "poll:<id>", so many
   * clients polling one generation make one provider request). True when taken.
   */
  tryLease(name: string, ms: number): Promise<boolean>
  close(): Promise<void>
}

export interface StartImage {
  readonly bytes: Uint8Array
  readonly mimeType: 'image/png' | 'image/jpeg' | 'image/webp'
  readonly width: number
  readonly height: number
}

export interface SubmitInput {
  readonly payload: unknown
  readonly startImage?: StartImage
  readonly startImagePath?: string
}

export interface ProviderStatus {
  readonly status: GenerationStatus
  readonly progress?: number
  /** When succeeded: the video's URL at the provider. */
  readonly videoUrl?: string
  readonly error?: GenerationError
}

/** One adapter per route, all behind this interface. Every method honours `signal` and a bounded timeout. */
export interface ProviderAdapter {
  readonly route: string
  /**
   * Sends the compiled payload (and the start image where the route takes one); returns the provider's task id.
   * `startImagePath`: where this server serves the start image publicly (a path under
   * FRAMEWRIGHT_PUBLIC_URL), for a provider that takes it only as a URL.
   */
  submit(input: SubmitInput & { readonly signal?: AbortSignal }): Promise<{ readonly taskId: string }>
  /**
   * Refuses, with the ProviderError `submit` would throw, what the adapter can tell it cannot send
   * without asking the provider (e.g. a start image a route cannot take); called before the
   * generation is recorded, so the client gets a 400 and nothing is spent.
   */
  check?(input: SubmitInput): void
  poll(taskId: string, signal?: AbortSignal): Promise<ProviderStatus>
  /** Where the provider supports it. */
  cancel?(taskId: string, signal?: AbortSignal): Promise<void>
  /** Fetches a video URL this adapter returned (with auth where the provider needs it), passing Range through. */
  fetchVideo(videoUrl: string, init: { readonly range?: string; readonly signal?: AbortSignal }): Promise<Response>
}
