/**
 * Measures every take as it arrives (unless switched off: arrivalSetting.ts) and shows what was measured before when a project's takes load.
 * Bound once with the takes (generate/index.ts `ensureTakesBound`); the measuring code itself loads
 * only when there is something to measure or to show.
 */
import type { TakesService } from '../generate/takesService'
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
