/**
 * When to compile: requests are debounced (a slider drag is one compile, not sixty), at most one job
 * is in flight, and only the newest request's reply is shown. A reply that arrives after a newer
 * request is stale and dropped; the newest request is then sent. Pure logic around an injected
 * backend and clock, so it is tested without a worker or real timers.
 */
import type { CompileJob, CompileReply } from './protocol'

export type CompileRequest = Omit<CompileJob, 'seq'>

/** Where jobs run: a Web Worker in the studio, a function call in tests. */
export interface CompileBackend {
  post(job: CompileJob): void
  /** Called once, before the first post: where replies go. */
  listen(onReply: (reply: CompileReply) => void, onFailure: (message: string) => void): void
  dispose(): void
}

export interface CompileSnapshot {
  /** True from a request until the reply to the newest request arrives. */
  readonly compiling: boolean
  /** The reply to the newest request answered so far (kept while a newer one compiles). */
  readonly reply?: Extract<CompileReply, { ok: true }>
  /** The request `reply` answers. */
  readonly request?: CompileRequest
  /** Why the newest compile failed, if it did. */
  readonly error?: string
}

export interface Clock {
  setTimeout(fn: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

const realClock: Clock = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
}

export const DEFAULT_DEBOUNCE_MS = 150

export interface CompileScheduler {
  /** Compile after `debounceMs` of quiet (each call restarts the wait). */
  request(req: CompileRequest): void
  /** Compile as soon as no other job is in flight (a tab opened, a fix clicked). */
  requestNow(req: CompileRequest): void
  getSnapshot(): CompileSnapshot
  subscribe(listener: () => void): () => void
  dispose(): void
}

export const createCompileScheduler = (backend: CompileBackend, debounceMs = DEFAULT_DEBOUNCE_MS, clock: Clock = realClock): CompileScheduler => {
  let snapshot: CompileSnapshot = { compiling: false }
  const listeners = new Set<() => void>()
  let seq = 0
  /** The newest request not yet sent. */
  let pending: CompileRequest | undefined
  let timer: unknown
  let inFlight: { seq: number; request: CompileRequest } | undefined
  let disposed = false

  const publish = (next: CompileSnapshot) => {
    snapshot = next
    for (const l of listeners) l()
  }

  const flush = () => {
    timer = undefined
    if (disposed || inFlight || !pending) return
    inFlight = { seq: ++seq, request: pending }
    pending = undefined
    backend.post({ seq: inFlight.seq, ...inFlight.request })
  }

  backend.listen(
    (reply) => {
      if (disposed || !inFlight || reply.seq !== inFlight.seq) return
      const answered = inFlight.request
      inFlight = undefined
      if (pending) {
        // a newer request exists: this reply is stale; send the newer one unless it still waits out its debounce
        if (timer === undefined) flush()
        return
      }
      publish(reply.ok ? { compiling: false, reply, request: answered } : { ...snapshot, compiling: false, error: reply.message })
    },
    (message) => {
      if (disposed) return
      inFlight = undefined
      publish({ ...snapshot, compiling: pending !== undefined, error: message })
      if (pending && timer === undefined) flush()
    },
  )

  const enqueue = (req: CompileRequest, delay: number) => {
    if (disposed) return
    pending = req
    if (timer !== undefined) clock.clearTimeout(timer)
    timer = undefined
    if (delay > 0) timer = clock.setTimeout(flush, delay)
    if (!snapshot.compiling || snapshot.error) publish({ ...snapshot, compiling: true, error: undefined })
    if (delay <= 0) flush()
  }

  return {
    request: (req) => enqueue(req, debounceMs),
    requestNow: (req) => enqueue(req, 0),
    getSnapshot: () => snapshot,
    subscribe: (listener) => {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
    dispose: () => {
      disposed = true
      if (timer !== undefined) clock.clearTimeout(timer)
      listeners.clear()
      backend.dispose()
    },
  }
}
