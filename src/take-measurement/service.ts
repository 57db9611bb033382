/**
 * The measuring service (loaded on first use): measures a take's video in the worker, and the previs
 * of its design on the page (drawn with WebGL, measured in the worker) as the reference it is scored
 * against; keeps both in IndexedDB and the outcome in the measure store. One measurement at a time;
 * each can be canceled. Measuring never changes the take or the document.
 */
import { measuredMotionOf } from '../camera-measure/compare'
import { shotHfovDeg } from '../camera-measure/compare/fov'
import { analysisSize } from '../camera-measure/grayscale'
import { registryFor } from '../camera-presets/custom'
import { takesService } from '../generate'
import * as db from '../persistence/measurementsDb'
import { logMeasuredTake } from '../persistence/measureLogDb'
import { previsDimensions } from '../previs/size'
import { takesStore } from '../state/takesStore'
import type { Take } from '../takes/model'
import { frameCount } from '../timeline/sample'
import { measureFramesInWorker, measureVideoInWorker } from './measureClient'
import { type MeasureHeadline, measureStore } from './measureStore'
import type { MeasuredClip } from './protocol'
import { MEASUREMENT_RECORD_KIND, MEASUREMENT_RECORD_VERSION, type MeasurementRecord } from './record'
import { type MeasuredTakeView, measuredTakeView, previsKeyOf, takeDesign } from './view'

const controllers = new Map<string, AbortController>()
let queue: Promise<void> = Promise.resolve()

const isAbort = (e: unknown): boolean => (e as Error)?.name === 'AbortError'

/** The score and the departure that matters most (the lowest-scored channel that is not on the design). */
export const headlineOf = (view: MeasuredTakeView): MeasureHeadline => {
  const { comparison } = view
  const departures = comparison.findings.filter((f) => f.kinds.some((k) => k !== 'ok'))
  const score = (channel: string) => comparison.channels.find((c) => c.channel === channel)?.score ?? 1
  const worst = [...departures].sort((a, b) => score(a.channel) - score(b.channel))[0]
  return { score: comparison.score, verdict: worst?.verdict ?? comparison.verdicts[0] ?? null }
}

const recordOf = (key: string, clip: MeasuredClip, fps: number, hfovDeg: number, now: number): MeasurementRecord => ({
  kind: MEASUREMENT_RECORD_KIND,
  version: MEASUREMENT_RECORD_VERSION,
  key,
  measuredAt: now,
  fps,
  widthPx: clip.widthPx,
  heightPx: clip.heightPx,
  durationS: clip.durationS || clip.frames.length / fps,
  hfovDeg,
  unmatchedFrames: clip.frames.filter((f) => !f.measured).length,
  frames: measuredMotionOf(clip.frames, fps).frames,
})

const setPhase = (takeId: string, fraction: number, phase: string) => measureStore.getState().set(takeId, { status: 'measuring', fraction, phase })

/** The previs measurement of a take's design: kept, or rendered and measured now (null when this browser cannot draw it). */
const previsReference = async (take: Take, signal: AbortSignal, onProgress: (f: number) => void): Promise<MeasurementRecord | null> => {
  const design = takeDesign(take)
  if (!design.ok) return null
  const project = design.project
  const shot = project.shots[0]
  const key = previsKeyOf(take, shot.fps)
  const kept = (await db.loadMeasurements([key]).catch(() => []))[0]
  if (kept) return kept
  const previs = await import('../previs')
  // drawn at the estimator's analysis width (it reduces every frame to at most 320 px wide), so no pixel is drawn for nothing
  const full = previsDimensions(shot.aspect, '720p')
  const size = analysisSize(full.width, full.height, 320)
  const hfovDeg = shotHfovDeg(project, 0)
  try {
    const frames = previs.renderGrayFrames(shot, project.scene, { fps: shot.fps, widthPx: size.widthPx, heightPx: size.heightPx, registry: registryFor(project), signal })
    const clip = await measureFramesInWorker(frames, previs.grayFrameCount(shot, shot.fps), hfovDeg, { signal, onProgress })
    const record = recordOf(key, { ...clip, widthPx: full.width, heightPx: full.height }, shot.fps, hfovDeg, Date.now())
    await db.saveMeasurement(record).catch(() => undefined)
    return record
  } catch (e) {
    if (isAbort(e) || signal.aborted) throw e
    return null
  }
}

const measureNow = async (takeId: string, signal: AbortSignal): Promise<void> => {
  const take = takesStore.getState().takes.find((t) => t.id === takeId)
  if (!take || take.status !== 'succeeded') throw new Error('Only a finished take can be measured.')
  const design = takeDesign(take)
  if (!design.ok) throw new Error(design.message)
  const video = await takesService.media(take.id, 'video')
  if (!video) throw new Error('The take\u2019s video is not in this browser any more.')
  const hfovDeg = shotHfovDeg(design.project, 0)
  const previsKey = previsKeyOf(take, design.project.shots[0].fps)
  const keptPrevis = (await db.loadMeasurements([previsKey]).catch(() => []))[0]
  // a previs take is scored against the design itself; its measurement becomes the reference of the model takes of its design
  const isPrevis = take.route === 'previs'
  const share = keptPrevis || isPrevis ? 1 : 0.6
  setPhase(takeId, 0, 'Measuring the take\u2019s camera motion')
  const clip = await measureVideoInWorker(video, hfovDeg, { signal, onProgress: (f) => setPhase(takeId, f * share, 'Measuring the take\u2019s camera motion') })
  const record = recordOf(take.id, clip, take.video?.fps ?? clip.fps, hfovDeg, Date.now())
  await db.saveMeasurement(record).catch(() => undefined)
  if (isPrevis && !keptPrevis && record.frames.length === frameCount(design.project.shots[0].durationS, design.project.shots[0].fps))
    await db.saveMeasurement({ ...record, key: previsKey }).catch(() => undefined)
  setPhase(takeId, share, 'Measuring the previs of its design')
  const previs = isPrevis ? null : (keptPrevis ?? (await previsReference(take, signal, (f) => setPhase(takeId, share + f * (1 - share), 'Measuring the previs of its design'))))
  const view = measuredTakeView(take, record, previs)
  if (!view.ok) throw new Error(view.message)
  measureStore.getState().set(takeId, { status: 'done', record, previs, headline: headlineOf(view.view) })
  // the per-route log of measured against calibrated magnitudes (hosted takes only; it says why not otherwise)
  await logMeasuredTake({ take, measured: view.view.measured, comparison: view.view.comparison }).catch(() => undefined)
}

/** Queues a measurement of a take (a second request for the same take while one runs is ignored). */
export const measureTake = (takeId: string): void => {
  if (controllers.has(takeId)) return
  const controller = new AbortController()
  controllers.set(takeId, controller)
  setPhase(takeId, 0, 'Waiting for another measurement')
  queue = queue
    .then(() => measureNow(takeId, controller.signal))
    .catch((e: unknown) => {
      if (isAbort(e) || controller.signal.aborted) measureStore.getState().set(takeId, null)
      else measureStore.getState().set(takeId, { status: 'failed', error: (e as Error).message || 'The measurement failed.' })
    })
    .finally(() => controllers.delete(takeId))
}

export const cancelMeasure = (takeId: string): void => controllers.get(takeId)?.abort()

/** What was measured before, for a project's finished takes (read when the project's takes are loaded). */
export const loadKeptMeasurements = async (takes: readonly Take[]): Promise<void> => {
  const done = takes.filter((t) => t.status === 'succeeded')
  const records = await db.loadMeasurements(done.map((t) => t.id)).catch(() => [])
  if (records.length === 0) return
  const byKey = new Map(records.map((r) => [r.key, r]))
  const previsKeys = new Map<string, string>()
  for (const t of done) {
    if (!byKey.has(t.id)) continue
    const design = takeDesign(t)
    if (design.ok) previsKeys.set(t.id, previsKeyOf(t, design.project.shots[0].fps))
  }
  const previs = new Map((await db.loadMeasurements([...new Set(previsKeys.values())]).catch(() => [])).map((r) => [r.key, r]))
  for (const t of done) {
    const record = byKey.get(t.id)
    if (!record || controllers.has(t.id)) continue
    const reference = previs.get(previsKeys.get(t.id) ?? '') ?? null
    const view = measuredTakeView(t, record, reference)
    if (view.ok) measureStore.getState().set(t.id, { status: 'done', record, previs: reference, headline: headlineOf(view.view) })
  }
}

/** Forgets a deleted take's measurement. */
export const forgetMeasurement = async (takeId: string): Promise<void> => {
  cancelMeasure(takeId)
  measureStore.getState().set(takeId, null)
  await db.deleteMeasurement(takeId).catch(() => undefined)
}
