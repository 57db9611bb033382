import { type ComponentType, type LazyExoticComponent, lazy } from 'react'

/** A component in a lazy chunk, and a way to fetch that chunk ahead of its first render. */
export interface LazyPart<P extends object> {
  /** Renders `load`'s component (suspends until the chunk is there: wrap it in `<Suspense>`). */
  readonly Component: LazyExoticComponent<ComponentType<P>>
  /** Starts loading the chunk (once; again after a failed load); resolves when it is there, never rejects. */
  readonly prefetch: () => Promise<void>
}

/**
 * A part of the studio that a first visit does not show (a menu, a dialog, a list that fills in
 * later): its chunk loads when it first renders, or earlier through `prefetch` (the studio calls it
 * when idle, so a later open does not wait). Both share one load; a failed one is tried again.
 */
export const lazyPart = <P extends object>(load: () => Promise<ComponentType<P>>): LazyPart<P> => {
  let loading: Promise<ComponentType<P>> | null = null
  const once = (): Promise<ComponentType<P>> =>
    (loading ??= load().catch((error: unknown) => {
      loading = null
      throw error
    }))
  return {
    Component: lazy(() => once().then((component) => ({ default: component }))),
    prefetch: () => once().then(
      () => undefined,
      () => undefined,
    ),
  }
}
