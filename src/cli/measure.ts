/**
 * `framewright measure VIDEO [--project FILE [--shot N]] [--fov DEG] [--json]`: the camera motion
 * found in a video (src/camera-measure's estimator), and with a project its agreement with the
 * shot's design (src/camera-measure/compare). The frames come from `readVideo` (ffmpeg in Node).
 */
import { registryFor } from '../camera-presets/custom'
import { clipIsDollyZoom, createMotionEstimator, intrinsicsFromHfov } from '../camera-measure'
import { type MotionComparison, compareMotion, designedMotion, measuredMotionOf, measurementJson, travelInWords } from '../camera-measure/compare'
import { shotHfovDeg } from '../camera-measure/compare/fov'
import type { Project } from '../timeline/model'
import type { VideoFrames } from './ffmpegVideo'

/** The field of view assumed when neither a project nor --fov says it. */
export const DEFAULT_HFOV_DEG = 60
export { shotHfovDeg }

export interface MeasureRequest {
  readonly videoFile: string
  readonly project?: Project
  readonly shotNumber: number
  readonly hfovDeg?: number
  readonly json: boolean
}

const side = (deg: number, positive: string, negative: string) => (Math.abs(deg) < 0.05 ? '0.0°' : `${Math.abs(deg).toFixed(1)}° ${deg > 0 ? positive : negative}`)

export const measureVideo = async (
  request: MeasureRequest,
  readVideo: (path: string) => Promise<VideoFrames>,
  note: (line: string) => void,
): Promise<string> => {
  const { project, shotNumber } = request
  if (project && !project.shots[shotNumber - 1]) throw new Error(`Shot ${shotNumber} does not exist; the project has ${project.shots.length} shot${project.shots.length === 1 ? '' : 's'}.`)
  const video = await readVideo(request.videoFile)
  const hfovDeg = request.hfovDeg ?? (project ? shotHfovDeg(project, shotNumber - 1) : DEFAULT_HFOV_DEG)
  if (request.hfovDeg === undefined && !project)
    note(
      `no --project or --fov: assuming a ${DEFAULT_HFOV_DEG}° horizontal field of view; if the lens differs by 15°, turns read about 4 % off and a false zoom of up to 7 % appears while the camera turns`,
    )
  const estimator = createMotionEstimator(intrinsicsFromHfov(hfovDeg, video.frameWidthPx, video.frameHeightPx))
  for await (const frame of video.frames) estimator.push(frame)
  const frames = estimator.finish()
  if (frames.length === 0) throw new Error(`'${request.videoFile}' has no frames`)
  const measured = measuredMotionOf(frames, video.fps)
  let comparison: MotionComparison | undefined
  if (project) {
    const designed = designedMotion(project, shotNumber - 1, registryFor(project), video.fps)
    comparison = compareMotion(designed, measured)
    note(`compared with shot ${shotNumber}'s design directly (the studio compares against the previs measurement of the same shot, so the estimator's own bias cancels)`)
  }
  const meta = { fps: video.fps, width: video.widthPx, height: video.heightPx, hfovDeg }
  if (request.json) return `${JSON.stringify(measurementJson(measured.frames, meta, comparison), null, 2)}\n`
  const end = measured.frames[measured.frames.length - 1]
  const travelling = measured.frames.filter((f) => f.parallax).length
  const unmeasured = frames.filter((f) => !f.measured).length
  const travelWords = travelInWords(frames.map((f) => f.travel))
  const dollyZoom = clipIsDollyZoom(frames)
  const lines = [
    `${request.videoFile}: ${frames.length} frames at ${+video.fps.toFixed(3)} fps, ${video.widthPx}x${video.heightPx}, horizontal field of view ${hfovDeg.toFixed(1)}°${request.hfovDeg !== undefined ? ' (--fov)' : project ? ` (shot ${shotNumber}'s lens)` : ' (assumed)'}`,
    `at the end: pan ${side(end.panDeg, 'right', 'left')}, tilt ${side(end.tiltDeg, 'up', 'down')}, roll ${side(end.rollDeg, 'counter-clockwise', 'clockwise')}, zoom ${end.zoom.toFixed(2)}x`,
    `the camera travels in ${travelling} of ${frames.length} frames${travelWords ? `, ${travelWords}` : ''}${dollyZoom ? ': a dolly zoom (the subject keeps its size while the background moves; its zoom reads short)' : ''}${unmeasured ? `; ${unmeasured} frames could not be matched` : ''}`,
  ]
  if (comparison) {
    lines.push(`followed: ${Math.round(comparison.score * 100)} %`)
    for (const c of comparison.channels) lines.push(`  ${c.channel.padEnd(8)} ${Math.round(c.score * 100)} %  designed ${c.designed} ${c.unit}, measured ${c.measured} ${c.unit}`)
    for (const v of comparison.verdicts) lines.push(`- ${v}`)
  }
  return `${lines.join('\n')}\n`
}
