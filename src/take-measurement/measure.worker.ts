/**
 * The measuring worker: runs the camera-motion estimator (src/camera-measure) off the page, on a
 * video it decodes itself or on frames the page sends (the previs, drawn with WebGL on the page).
 * One estimator per job; jobs may interleave. Reports progress every few frames.
 */
import { type MeasuredFrame, type MotionEstimator, createMotionEstimator, intrinsicsFromHfov } from '../camera-measure'
import type { GrayFrame } from '../camera-measure/types'
import type { MeasureRequest, MeasureResponse } from './protocol'
import { decodeGrayVideo } from './videoGray'

interface FrameJob {
  readonly hfovDeg: number
  readonly total: number
  estimator: MotionEstimator | null
  readonly frames: MeasuredFrame[]
  widthPx: number
  heightPx: number
}

const post = (message: MeasureResponse) => (self as unknown as Worker).postMessage(message)
const canceled = new Set<number>()
const frameJobs = new Map<number, FrameJob>()
const PROGRESS_EVERY = 4
/** The bar leaves a tenth for the fit of the travelling stretches once every frame is in (`finish`). */
const withFit = (frames: number) => frames + Math.ceil(frames / 10)

const pushFrame = (job: FrameJob, frame: GrayFrame): MeasuredFrame => {
  if (!job.estimator) {
    job.widthPx = frame.widthPx
    job.heightPx = frame.heightPx
    job.estimator = createMotionEstimator(intrinsicsFromHfov(job.hfovDeg, frame.widthPx, frame.heightPx))
  }
  const measured = job.estimator.push(frame)
  job.frames.push(measured)
  return measured
}

/** The clip's measurement once every frame is in: the travelling stretches fitted jointly (the per-frame values were for progress). */
const finished = (job: FrameJob): MeasuredFrame[] => (job.estimator ? job.estimator.finish() : job.frames)

const measureVideo = async (request: Extract<MeasureRequest, { type: 'video' }>) => {
  const { jobId } = request
  const controller = new AbortController()
  const poll = setInterval(() => canceled.has(jobId) && controller.abort(), 50)
  try {
    const video = await decodeGrayVideo(request.blob, { maxWidthPx: request.maxWidthPx, signal: controller.signal })
    const job: FrameJob = { hfovDeg: request.hfovDeg, total: video.frameCount, estimator: null, frames: [], widthPx: 0, heightPx: 0 }
    for await (const frame of video.frames) {
      if (canceled.has(jobId)) throw new DOMException('canceled', 'AbortError')
      pushFrame(job, frame)
      if (job.frames.length % PROGRESS_EVERY === 0) post({ type: 'progress', jobId, done: job.frames.length, total: withFit(video.frameCount) })
    }
    if (job.frames.length === 0) throw new Error('The take\u2019s video has no frames.')
    post({ type: 'result', jobId, clip: { fps: video.fps, widthPx: video.widthPx, heightPx: video.heightPx, durationS: video.durationS, frames: finished(job) } })
  } catch (e) {
    const aborted = (e as Error).name === 'AbortError'
    post({ type: 'error', jobId, message: aborted ? 'The measurement was canceled.' : (e as Error).message || 'The measurement failed.', aborted })
  } finally {
    clearInterval(poll)
    canceled.delete(jobId)
  }
}

self.onmessage = (event: MessageEvent<MeasureRequest>) => {
  const request = event.data
  switch (request.type) {
    case 'video':
      void measureVideo(request)
      return
    case 'begin':
      frameJobs.set(request.jobId, { hfovDeg: request.hfovDeg, total: request.total, estimator: null, frames: [], widthPx: 0, heightPx: 0 })
      return
    case 'frame': {
      const job = frameJobs.get(request.jobId)
      if (!job) return
      try {
        pushFrame(job, request.frame)
      } catch (e) {
        frameJobs.delete(request.jobId)
        post({ type: 'error', jobId: request.jobId, message: (e as Error).message || 'The measurement failed.', aborted: false })
        return
      }
      if (job.frames.length % PROGRESS_EVERY === 0) post({ type: 'progress', jobId: request.jobId, done: job.frames.length, total: withFit(job.total) })
      return
    }
    case 'end': {
      const job = frameJobs.get(request.jobId)
      if (!job) return
      frameJobs.delete(request.jobId)
      let frames: MeasuredFrame[]
      try {
        frames = finished(job)
      } catch (e) {
        post({ type: 'error', jobId: request.jobId, message: (e as Error).message || 'The measurement failed.', aborted: false })
        return
      }
      post({ type: 'result', jobId: request.jobId, clip: { fps: 0, widthPx: job.widthPx, heightPx: job.heightPx, durationS: 0, frames } })
      return
    }
    case 'cancel':
      if (frameJobs.delete(request.jobId)) post({ type: 'error', jobId: request.jobId, message: 'The measurement was canceled.', aborted: true })
      else canceled.add(request.jobId)
      return
  }
}
