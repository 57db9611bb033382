/** The app's takes service, bound to the studio's document and takes stores. */
import { studioStore, takesStore } from '../state'
import { createTakesService } from './takesService'

export const takesService = createTakesService({ studio: studioStore, takes: takesStore })

/** Loads the open project's takes now and whenever another project is opened. Returns a stop function. */
export const bindTakesToProject = (): (() => void) => {
  void takesService.loadProject(studioStore.getState().document.id)
  return studioStore.subscribe((s, prev) => {
    if (s.document.id !== prev.document.id) void takesService.loadProject(s.document.id)
  })
}

export { designSnapshot } from './takesService'
export type { TakesService } from './takesService'
