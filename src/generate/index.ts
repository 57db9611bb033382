/** The app's takes service, bound to the studio's document and takes stores. */
import { studioStore } from '../state'
import { takesStore } from '../state/takesStore'
import { createTakesService } from './takesService'
import { forgetMeasurementsOfDeletedTakes, measureTakesAsTheyArrive } from '../take-measurement/auto'

export const takesService = createTakesService({ studio: studioStore, takes: takesStore })

let bound: Promise<void> | null = null

/**
 * Loads the open project's takes (once) and again whenever another project is opened. Called when
 * the takes are first needed (the Takes panel opens, or Generate), so none of this is in the
 * studio's initial JavaScript. Resolves when the first load is done.
 */
export const ensureTakesBound = (): Promise<void> => {
  if (!bound) {
    measureTakesAsTheyArrive(takesService)
    forgetMeasurementsOfDeletedTakes(takesStore)
    studioStore.subscribe((s, prev) => {
      if (s.document.id !== prev.document.id) void takesService.loadProject(s.document.id)
    })
    bound = takesService.loadProject(studioStore.getState().document.id)
  }
  return bound
}

export { designSnapshot } from './takesService'
export type { GenerateOptions, TakesService } from './takesService'
