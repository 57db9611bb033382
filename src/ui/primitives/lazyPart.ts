import { type ComponentType, createElement, use } from 'react'

/** A component in a lazy chunk, and a way to fetch that chunk ahead of its first render. */
export interface LazyPart<P extends object> {
  /** Renders `load`'s component: at once when the chunk is there, else it suspends until it is (wrap it in `<Suspense>`). */
  readonly Component: ComponentType<P>
  /** Starts loading the chunk (once; again after a failed load); resolves when it is there, never rejects. */
  readonly prefetch: () => Promise<void>
}

/**
 * A part of the studio that a first visit does not show (a menu, a dialog, a list that fills in
 * later): its chunk loads when it first renders, or earlier through `prefetch`. Both share one load;
 * a failed one is tried again. Unlike `React.lazy`, a part whose chunk has arrived renders in the
 * same pass, without suspending: React holds a revealed Suspense boundary back (up to 300 ms in
 * React 19), which a prefetched part would otherwise pay on its first render.
 */
export const lazyPart = <P extends object>(load: () => Promise<ComponentType<P>>): LazyPart<P> => {
  let loaded: ComponentType<P> | null = null
  let loading: Promise<ComponentType<P>> | null = null
  const once = (): Promise<ComponentType<P>> =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = null
        throw error
      },
    ))
  const Component = (props: P) => createElement(loaded ?? use(once()), props)
  return {
    Component,
    prefetch: () =>
      once().then(
        () => undefined,
        () => undefined,
      ),
  }
}
