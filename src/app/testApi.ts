/**
 * The end-to-end test API (`window.__studio`), installed only in dev and e2e builds: tests read
 * the document and drive the playhead through it instead of poking at React internals.
 */
import type { StudioStore } from '../state'
import { selectCurrentShot } from '../state'
import { evaluateShot } from '../timeline/evaluate'
import { presetRegistry } from '../camera-presets'

export const installTestApi = (store: StudioStore): (() => void) => {
  if (!(import.meta.env.DEV || import.meta.env.MODE === 'e2e')) return () => {}
  const api = {
    store,
    getDocument: () => store.getState().document,
    getState: () => store.getState(),
    setPlayhead: (t: number) => store.getState().setPlayhead(t),
    evaluateAt: (t: number) => evaluateShot(selectCurrentShot(store.getState()), t, presetRegistry),
  }
  ;(window as unknown as { __studio?: typeof api }).__studio = api
  return () => {
    delete (window as unknown as { __studio?: typeof api }).__studio
  }
}
