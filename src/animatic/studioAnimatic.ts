/**
 * The animatic of the open project (shell glue for the dialog and the test hook): the document and
 * its registry from the studio store, the takes and their videos from the takes service.
 */
import { registryFor } from '../camera-presets/custom'
import { ensureTakesBound, takesService } from '../generate'
import { ROUTE_LABELS } from '../pricing'
import { studioStore } from '../state'
import { takesStore } from '../state/takesStore'
import { type ShotSource, chooseSource, sourceSummary } from './core/sources'
import { type AnimaticProgress, type AnimaticResult, renderAnimatic } from './renderAnimatic'

export const routeLabel = (route: string): string => (route === 'previs' ? 'Previs' : (ROUTE_LABELS[route] ?? route))

/** Which source each shot of the open project will use, and the summary lines, once the takes are loaded. */
export const plannedSources = async (): Promise<{ sources: ShotSource[]; summary: string[] }> => {
  await ensureTakesBound()
  const { document } = studioStore.getState()
  const takes = takesStore.getState().takes
  const sources = document.shots.map((s) => chooseSource(s.id, takes))
  return { sources, summary: sourceSummary(sources, routeLabel) }
}

export interface StudioAnimaticOptions {
  readonly width: number
  readonly height: number
  readonly overlay: boolean
  readonly signal?: AbortSignal
  readonly onProgress?: (p: AnimaticProgress) => void
  readonly preferOpus?: boolean
}

let last: AnimaticResult | null = null

/** The last animatic rendered in this page (the dialog's Download, the test hook's probe). */
export const lastAnimatic = (): AnimaticResult | null => last

export const renderStudioAnimatic = async (o: StudioAnimaticOptions): Promise<AnimaticResult> => {
  await ensureTakesBound()
  const project = studioStore.getState().document
  const registry = registryFor(project)
  last = await renderAnimatic({
    project,
    registry,
    takes: takesStore.getState().takes,
    takeVideo: (id) => takesService.media(id, 'video'),
    moveName: (id) => (registry.get(id) as { label?: string } | undefined)?.label ?? id,
    ...o,
  })
  return last
}

export const animaticFileName = (projectName: string): string =>
  `${projectName.trim().replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase() || 'project'}-animatic.mp4`
