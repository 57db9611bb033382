/**
 * Hosted generations: create (once per idempotency key, across replicas sharing the ledger), status
 * (polling the provider at most once per interval however many clients ask), the finished video
 * streamed through the server (Range passed on), and cancel. Ids given out are signed; an id the
 * server did not sign is unknown, and nothing is sent to a provider for it.
 */
import type { IdSigner } from '../security/signedIds'
import { newGenerationId } from '../security/signedIds'
import { matchesAspect } from './startImages'
import type { StartImageStore } from './startImages'
import type { GenerationError, GenerationRecord, GenerationStatus, Ledger, ProviderAdapter, StartImage, SubmitInput } from './types'

export interface GenerationServiceOptions {
  readonly ledger: Ledger
  readonly signer: IdSigner
  /** The adapter of an enabled route, or null. */
  readonly adapterFor: (route: string) => ProviderAdapter | null
  /** The compile targets each route takes. */
  readonly targetsOf: (route: string) => readonly string[] | null
  readonly now?: () => number
  /** The least time between two provider polls of one generation (default 3 s). */
  readonly pollIntervalMs?: number
  /** Uploaded start images (POST /api/uploads/start-image). */
  readonly startImages?: StartImageStore
}

/** What a client sees of a generation (CONTRACTS.md section 4): never the provider's URLs or task ids. */
export interface PublicGeneration {
  readonly id: string
  readonly route: string
  readonly status: GenerationStatus
  readonly progress?: number
  readonly error?: GenerationError
  readonly videoUrl?: string
}

export class GenerationRequestError extends Error {
  constructor(
    readonly code: 'unknown-route' | 'route-unavailable' | 'wrong-target' | 'cannot-cancel' | 'unknown-start-image' | 'start-image-aspect' | 'invalid-parameter',
    message: string,
  ) {
    super(message)
  }
}

const TERMINAL: ReadonlySet<GenerationStatus> = new Set(['succeeded', 'failed', 'canceled'])

const asGenerationError = (e: unknown): GenerationError => {
  const err = e as { kind?: GenerationError['kind']; message?: string; field?: string }
  if (err && typeof err.kind === 'string') return { kind: err.kind, message: err.message ?? 'The provider failed.', ...(err.field ? { field: err.field } : {}) }
  return { kind: 'provider-failure', message: 'The provider could not be reached or failed.' }
}

export const createGenerationService = (options: GenerationServiceOptions) => {
  const { ledger, signer, adapterFor, targetsOf } = options
  const now = options.now ?? Date.now
  const pollIntervalMs = options.pollIntervalMs ?? 3000

  const toPublic = (r: GenerationRecord): PublicGeneration => {
    const id = signer.sign(r.id)
    return {
      id,
      route: r.route,
      status: r.status,
      ...(r.progress !== null ? { progress: r.progress } : {}),
      ...(r.error ? { error: r.error } : {}),
      ...(r.status === 'succeeded' && r.videoUrl ? { videoUrl: `/api/generations/${id}/video` } : {}),
    }
  }

  const lookup = async (signedId: string): Promise<GenerationRecord | null> => {
    const id = signer.verify(signedId)
    return id ? ledger.get(id) : null
  }

  const submit = async (record: GenerationRecord, adapter: ProviderAdapter, input: SubmitInput): Promise<GenerationRecord> => {
    try {
      const { taskId } = await adapter.submit(input)
      return (await ledger.update(record.id, { providerTaskId: taskId, status: 'running', checkedAt: null })) ?? record
    } catch (e) {
      return (await ledger.update(record.id, { status: 'failed', error: asGenerationError(e) })) ?? record
    }
  }

  /** Asks the provider for news when nobody else did in the last interval; else the cached status. */
  const refresh = async (record: GenerationRecord): Promise<GenerationRecord> => {
    if (TERMINAL.has(record.status) || !record.providerTaskId) return record
    if (record.checkedAt !== null && now() - record.checkedAt < pollIntervalMs) return record
    // one poll per interval across every replica: the lease is named after the interval it is for
    if (!(await ledger.tryLease(`poll:${record.id}:${Math.floor(now() / pollIntervalMs)}`, 2 * pollIntervalMs))) return record
    const adapter = adapterFor(record.route)
    if (!adapter) return record
    try {
      const s = await adapter.poll(record.providerTaskId)
      return (
        (await ledger.update(record.id, {
          status: s.status,
          progress: s.status === 'succeeded' ? 1 : (s.progress ?? record.progress),
          videoUrl: s.videoUrl ?? record.videoUrl,
          error: s.error ?? null,
          checkedAt: now(),
        })) ?? record
      )
    } catch (e) {
      const error = asGenerationError(e)
      // a slow or busy provider is asked again later; a refusal ends the generation
      if (error.kind === 'timed-out' || error.kind === 'rate-limited' || error.kind === 'provider-failure') return (await ledger.update(record.id, { checkedAt: now() })) ?? record
      return (await ledger.update(record.id, { status: 'failed', error, checkedAt: now() })) ?? record
    }
  }

  return {
    startImages: options.startImages ?? null,

    /**
     * `startImage`: a signed id from the start-image upload; `aspect`: the shot's width over height,
     * which the image must match (a clear refusal otherwise, before anything is sent).
     */
    async create(input: { route: string; target: string; payload: unknown; idempotencyKey: string; startImage?: string; aspect?: number }): Promise<PublicGeneration> {
      const targets = targetsOf(input.route)
      if (!targets) throw new GenerationRequestError('unknown-route', `There is no route '${input.route}'.`)
      if (!targets.includes(input.target)) throw new GenerationRequestError('wrong-target', `The route '${input.route}' takes ${targets.join(', ')} payloads, not '${input.target}'.`)
      const adapter = adapterFor(input.route)
      if (!adapter) throw new GenerationRequestError('route-unavailable', `The route '${input.route}' is not set up on this server (see GET /api/routes).`)
      let startImage: StartImage | undefined
      if (input.startImage !== undefined) {
        const found = options.startImages?.load(input.startImage) ?? null
        if (!found) throw new GenerationRequestError('unknown-start-image', 'This server has no such start image: upload it again.')
        if (input.aspect !== undefined && !matchesAspect(found.width, found.height, input.aspect))
          throw new GenerationRequestError(
            'start-image-aspect',
            `The start image is ${found.width}x${found.height} (${(found.width / found.height).toFixed(3)}:1) but the shot is ${input.aspect.toFixed(3)}:1: crop it to the shot's frame or change the shot's aspect.`,
          )
        startImage = found
      }
      // a provider that takes the image only as a URL fetches it from this server's public link
      const startImagePath = startImage && input.startImage !== undefined ? options.startImages?.publicPathOf(input.startImage) : null
      const submitInput: SubmitInput = { payload: input.payload, ...(startImage ? { startImage } : {}), ...(startImagePath ? { startImagePath } : {}) }
      try {
        adapter.check?.(submitInput)
      } catch (e) {
        const err = e as { kind?: string; message?: string }
        // what the adapter knows it cannot send is the client's to fix: a 400, nothing recorded, nothing spent
        if (err?.kind === 'invalid-parameter' && typeof err.message === 'string') throw new GenerationRequestError('invalid-parameter', err.message)
        throw e
      }
      const at = now()
      const { record, created } = await ledger.claim({
        id: newGenerationId(),
        route: input.route,
        target: input.target,
        idempotencyKey: `${input.route}:${input.idempotencyKey}`,
        providerTaskId: null,
        status: 'queued',
        progress: null,
        error: null,
        videoUrl: null,
        createdAt: at,
        updatedAt: at,
        checkedAt: null,
      })
      return toPublic(created ? await submit(record, adapter, submitInput) : record)
    },

    async get(signedId: string): Promise<PublicGeneration | null> {
      const record = await lookup(signedId)
      return record ? toPublic(await refresh(record)) : null
    },

    /** The finished video from the provider's URL recorded for this generation (and no other URL). */
    async video(signedId: string, range: string | undefined, signal?: AbortSignal): Promise<Response | null> {
      const record = await lookup(signedId)
      if (!record || record.status !== 'succeeded' || !record.videoUrl) return null
      const adapter = adapterFor(record.route)
      if (!adapter) return null
      return adapter.fetchVideo(record.videoUrl, { range, signal })
    },

    async cancel(signedId: string): Promise<PublicGeneration | null> {
      const record = await lookup(signedId)
      if (!record) return null
      if (TERMINAL.has(record.status)) return toPublic(record)
      const adapter = adapterFor(record.route)
      if (!adapter?.cancel) throw new GenerationRequestError('cannot-cancel', `${record.route} does not let a generation be canceled once sent; it will finish (and may be billed).`)
      if (record.providerTaskId) await adapter.cancel(record.providerTaskId)
      return toPublic((await ledger.update(record.id, { status: 'canceled' })) ?? record)
    },
  }
}

export type GenerationService = ReturnType<typeof createGenerationService>
