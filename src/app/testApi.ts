/**
 * The end-to-end test API (`window.__studio`), installed only in dev and e2e builds: tests read
 * the document and drive the playhead through it instead of poking at React internals.
 */
import type { StudioStore } from '../state'
import { selectCurrentShot } from '../state'
import { evaluateShot } from '../timeline/evaluate'
import { registryFor } from '../camera-presets/custom'
import type * as PrevisTestHook from '../previs/testHook'
import type * as AnimaticTestHook from '../animatic/testHook'
import type { ValidationOptions } from '../take-measurement/validation'

export const installTestApi = (store: StudioStore): (() => void) => {
  if (!(import.meta.env.DEV || import.meta.env.MODE === 'e2e')) return () => {}
  const api = {
    store,
    getDocument: () => store.getState().document,
    getState: () => store.getState(),
    setPlayhead: (t: number) => store.getState().setPlayhead(t),
    evaluateAt: (t: number) => evaluateShot(selectCurrentShot(store.getState()), t, registryFor(store.getState().document)),
    /** The loaded takes, newest first (the takes store is in the takes chunk). */
    takes: async () => (await import('../state/takesStore')).takesStore.getState().takes,
    /** The previs renderer on the current shot (lazy chunk, src/previs/testHook.ts). */
    previs: {
      render: async (opts?: PrevisTestHook.TestRenderOptions) =>
        (await import('../previs/testHook')).render(selectCurrentShot(store.getState()), store.getState().document.scene, opts),
      probe: async (...args: Parameters<typeof PrevisTestHook.probe>) => (await import('../previs/testHook')).probe(...args),
      startFrame: async () => (await import('../previs/testHook')).startFrame(),
      still: async (timeS: number, size?: Parameters<typeof PrevisTestHook.still>[3]) =>
        (await import('../previs/testHook')).still(selectCurrentShot(store.getState()), store.getState().document.scene, timeS, size),
      decodeFrame: async (...args: Parameters<typeof PrevisTestHook.decodeFrame>) => (await import('../previs/testHook')).decodeFrame(...args),
      bench: async (size?: Parameters<typeof PrevisTestHook.bench>[2]) =>
        (await import('../previs/testHook')).bench(selectCurrentShot(store.getState()), store.getState().document.scene, size),
    },
    /** The animatic of the open project (lazy chunk, src/animatic/testHook.ts). */
    animatic: {
      render: async (opts?: AnimaticTestHook.TestAnimaticOptions) => (await import('../animatic/testHook')).render(opts),
      last: async () => (await import('../animatic/testHook')).last(),
      probe: async () => (await import('../animatic/testHook')).probe(),
      rms: async (startS: number, endS: number) => (await import('../animatic/testHook')).rms(startS, endS),
      frame: async (timeS: number) => (await import('../animatic/testHook')).frame(timeS),
      playback: async () => (await import('../animatic/testHook')).playback(),
    },
    /** The camera-motion estimator's validation on previs renders of known moves (lazy chunk, src/take-measurement/validation.ts). */
    measure: {
      validate: async (opts?: Omit<ValidationOptions, 'signal' | 'onProgress'>) => (await import('../take-measurement/validation')).runValidation(opts),
    },
  }
  ;(window as unknown as { __studio?: typeof api }).__studio = api
  return () => {
    delete (window as unknown as { __studio?: typeof api }).__studio
  }
}
