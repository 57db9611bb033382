/**
 * Measures every take as it arrives (unless switched off: arrivalSetting.ts) and shows what was measured before when a project's takes load.
 * Bound once with the takes (generate/index.ts `ensureTakesBound`); the measuring code itself loads
 * only when there is something to measure or to show.
 */
import type { TakesService } from '../generate/takesService'
import type { TakesState } from '../state/takesStore'
import type { StoreApi } from 'zustand/vanilla'
import { arrivalSettingStore } from './arrivalSetting'
import { measureStore } from './measureStore'

const service = () => import('./service')

export const measureTakesAsTheyArrive = (takes: Pick<TakesService, 'subscribe'>): (() => void) =>
  takes.subscribe((event) => {
    if (event.type === 'succeeded') {
      // switched off in the Takes panel: the take keeps its Measure button
      if (arrivalSettingStore.getState().on) void service().then((s) => s.measureTake(event.take.id))
      return
    }
    measureStore.getState().reset({})
    if (event.takes.some((t) => t.status === 'succeeded')) void service().then((s) => s.loadKeptMeasurements(event.takes))
  })

/** Measures a take now (a take from before, or again). */
export const requestMeasure = (takeId: string): void => void service().then((s) => s.measureTake(takeId))
export const cancelMeasure = (takeId: string): void => void service().then((s) => s.cancelMeasure(takeId))

/**
 * The take whose deletion just became final (it can no longer be undone: another take was deleted,
 * or the project's takes were replaced), or null. Undo puts the take back, so it is not final then.
 */
export const finallyDeleted = (before: Pick<TakesState, 'lastDeleted'>, after: Pick<TakesState, 'lastDeleted' | 'takes'>): string | null => {
  const gone = before.lastDeleted
  if (!gone || after.lastDeleted?.id === gone.id) return null
  return after.takes.some((t) => t.id === gone.id) ? null : gone.id
}

/** Forgets the saved measurement of each take once its deletion is final (bound with the takes). */
export const forgetMeasurementsOfDeletedTakes = (store: Pick<StoreApi<TakesState>, 'subscribe'>): (() => void) =>
  store.subscribe((after, before) => {
    const id = finallyDeleted(before, after)
    if (id) void service().then((s) => s.forgetMeasurement(id))
  })
