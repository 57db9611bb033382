/**
 * Route runners: one per generation route, all behind one interface. A runner turns a take (its
 * design snapshot, compiled payload and settings) into a video and its media, reporting progress and
 * honouring cancellation. The embedded `previs` route renders in the browser; hosted routes (next)
 * post the payload to the server and poll it, and plug in here.
 */
import type { MediaKind } from '../persistence/takesDb'
import type { RemoteGeneration, Take, TakeOutcome, TakeProgress } from '../takes/model'
import { HOSTED_ROUTE_IDS, createHostedRunner } from './hostedRunner'
import { previsRunner } from './previsRunner'

/**
 * The image a hosted take starts from, where the caller decides it (a part of a chained generation):
 * an image as it is, the last frame of a video (the part before), or the previs frame at a time of
 * the take's design.
 */
export type StartImageSource =
  | { readonly kind: 'image'; readonly image: Blob }
  | { readonly kind: 'last-frame'; readonly video: Blob }
  | { readonly kind: 'previs'; readonly timeS: number }

export interface RunContext {
  readonly signal: AbortSignal
  readonly onProgress: (progress: TakeProgress) => void
  /** A hosted route accepted the request (saved with the take, so a reload resumes polling it). */
  readonly onSubmitted?: (remote: RemoteGeneration) => void
  /**
   * Hosted routes: the start image to send in place of the route's default (the previs first frame
   * on the routes that begin from an image, none on the others). Not used once the server accepted the take.
   */
  readonly startImage?: StartImageSource
}

export interface RunnerResult {
  readonly outcome: TakeOutcome
  readonly media: Partial<Record<MediaKind, Blob>>
}

export interface RouteRunner {
  readonly routeId: string
  /** The compile target whose payload the route takes (the default where a route takes several). */
  readonly target: string
  /** Embedded routes render in the page; hosted ones spend the user's credits at a provider. */
  readonly kind: 'embedded' | 'hosted'
  run(take: Take, ctx: RunContext): Promise<RunnerResult>
}

const RUNNERS: readonly RouteRunner[] = [previsRunner, ...HOSTED_ROUTE_IDS.map((r) => createHostedRunner(r.id, r.target))]

export const getRunner = (routeId: string): RouteRunner | undefined => RUNNERS.find((r) => r.routeId === routeId)

/** The error a runner throws when its signal aborts (the take becomes 'canceled', not 'failed'). */
export const isAbort = (e: unknown): boolean => (e instanceof DOMException || e instanceof Error) && e.name === 'AbortError'
