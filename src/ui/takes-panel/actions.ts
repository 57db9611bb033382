/** What the Takes panel and the top bar's Generate button do: start, download, save the start frame. */
import { ensureTakesBound, takesService } from '../../generate'
import { downloadBlob } from '../../persistence/files'
import type { MediaKind } from '../../persistence/takesDb'
import { selectCurrentShot, studioStore } from '../../state'
import { type TakeFileKind, slug, takeFileName } from '../../takes/fileName'
import type { Take } from '../../takes/model'
import { generateSettingsStore } from './settingsStore'

/** Generate the selected shot with the current settings (route, its chosen model, size, depth), and show the Takes panel; `chain` sends it as its chained split. */
export const startGeneration = async (target?: string, options: { chain?: boolean } = {}): Promise<string | null> => {
  const { routeId, models, size, depth } = generateSettingsStore.getState()
  studioStore.getState().setRightPanelTab('takes')
  await ensureTakesBound()
  const model = models[routeId]
  return takesService.generate(routeId, { size, depth }, target, { ...options, ...(model ? { model } : {}) })
}

const MEDIA_OF: Readonly<Record<TakeFileKind, MediaKind>> = { video: 'video', depth: 'depth', 'start-frame': 'startFrame' }

export const downloadTake = async (take: Take, kind: TakeFileKind): Promise<void> => {
  const blob = await takesService.media(take.id, MEDIA_OF[kind])
  const notify = studioStore.getState().notify
  if (!blob) return notify('This take has no such file any more.', 'error')
  const name = takeFileName(studioStore.getState().document.name, take, kind)
  downloadBlob(blob, name)
  notify(`Downloaded ${name}`)
}

let stillInFlight = false

/** Renders the selected shot's first frame at the chosen size and downloads it as a PNG (the start image of image-to-video routes). */
export const saveStartFramePng = async (): Promise<void> => {
  if (stillInFlight) return
  stillInFlight = true
  const s = studioStore.getState()
  const shot = selectCurrentShot(s)
  try {
    const previs = await import('../../previs')
    const png = await previs.renderStillPng(shot, s.document.scene, 0, generateSettingsStore.getState().size)
    const name = `${slug(s.document.name, 'project')}_${slug(shot.name, 'shot')}_start-frame.png`
    downloadBlob(png, name)
    s.notify(`Saved the start frame as ${name}`)
  } catch (e) {
    s.notify(`The start frame could not be rendered (${(e as Error).message}).`, 'error')
  } finally {
    stillInFlight = false
  }
}

/** The G key: renders previs at once (free and cancellable); for a hosted route (it spends credits) it only opens the Takes panel. */
export const generateFromShortcut = (): void => {
  if (generateSettingsStore.getState().routeId === 'previs') void startGeneration()
  else studioStore.getState().setRightPanelTab('takes')
}
