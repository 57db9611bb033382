/**
 * The page's side of the measuring worker: one worker, created on first use and recreated after a
 * crash; each measurement is a job with progress and cancel (an AbortSignal).
 */
import type { GrayFrame } from '../camera-measure/types'
import type { MeasureRequest, MeasureResponse, MeasuredClip } from './protocol'

export interface JobOptions {
  readonly signal?: AbortSignal
  /** 0..1 */
  readonly onProgress?: (fraction: number) => void
}

interface Pending {
  readonly resolve: (clip: MeasuredClip) => void
  readonly reject: (e: Error) => void
  readonly onProgress?: (fraction: number) => void
}

let worker: Worker | undefined
let nextJob = 1
const pending = new Map<number, Pending>()

const abortError = () => new DOMException('The measurement was canceled.', 'AbortError')

const start = (): Worker => {
  const w = new Worker(new URL('./measure.worker.ts', import.meta.url), { type: 'module', name: 'framewright-measure' })
  w.onmessage = (e: MessageEvent<MeasureResponse>) => {
    const reply = e.data
    const job = pending.get(reply.jobId)
    if (!job) return
    if (reply.type === 'progress') job.onProgress?.(reply.total > 0 ? Math.min(1, reply.done / reply.total) : 0)
    else {
      pending.delete(reply.jobId)
      if (reply.type === 'result') job.resolve(reply.clip)
      else job.reject(reply.aborted ? abortError() : new Error(reply.message))
    }
  }
  w.onerror = (e) => {
    e.preventDefault()
    w.terminate()
    if (worker === w) worker = undefined
    const failed = [...pending.values()]
    pending.clear()
    for (const job of failed) job.reject(new Error(`The measuring worker stopped (${e.message || 'worker error'}).`))
  }
  return w
}

const send = (message: MeasureRequest, transfer: Transferable[] = []) => {
  worker ??= start()
  worker.postMessage(message, transfer)
}

const job = (options: JobOptions, begin: (jobId: number) => void): { jobId: number; done: Promise<MeasuredClip> } => {
  const jobId = nextJob++
  const done = new Promise<MeasuredClip>((resolve, reject) => {
    if (options.signal?.aborted) return reject(abortError())
    pending.set(jobId, { resolve, reject, onProgress: options.onProgress })
    options.signal?.addEventListener('abort', () => send({ type: 'cancel', jobId }), { once: true })
    begin(jobId)
  })
  return { jobId, done }
}

/** Measures a video file in the worker (it decodes the file itself). */
export const measureVideoInWorker = (blob: Blob, hfovDeg: number, options: JobOptions = {}): Promise<MeasuredClip> =>
  job(options, (jobId) => send({ type: 'video', jobId, blob, hfovDeg, maxWidthPx: 640 })).done

/** Measures frames made on the page (`total` of them), sent to the worker one by one as they come. */
export const measureFramesInWorker = async (frames: AsyncIterable<GrayFrame>, total: number, hfovDeg: number, options: JobOptions = {}): Promise<MeasuredClip> => {
  const { jobId, done } = job(options, (id) => send({ type: 'begin', jobId: id, hfovDeg, total }))
  const feeding = (async () => {
    for await (const frame of frames) {
      if (options.signal?.aborted) return
      send({ type: 'frame', jobId, frame }, [frame.luma.buffer])
    }
    if (!options.signal?.aborted) send({ type: 'end', jobId })
  })()
  const [clip] = await Promise.all([done, feeding.catch((e: unknown) => {
    send({ type: 'cancel', jobId })
    throw e
  })])
  return clip
}
