/**
 * The video encoder: H.264 in MP4 (mediabunny), or VP9 in WebM where this browser cannot encode
 * H.264. Frames come from a canvas (CanvasSource snapshots it when `add` is called), so the render
 * loop hands a frame over without reading pixels back itself.
 */
import { BufferTarget, CanvasSource, Mp4OutputFormat, Output, WebMOutputFormat, canEncodeVideo } from 'mediabunny'
import { PrevisError } from './errors'
import { frameTimestamp } from './timing'

export interface CodecChoice {
  readonly codec: 'avc' | 'vp9'
  readonly container: 'mp4' | 'webm'
  readonly mimeType: 'video/mp4' | 'video/webm'
  readonly fallbackNote: string | null
}

/** H.264 in MP4 when it can be encoded at this size, else VP9 in WebM (with a note saying so). */
export const chooseCodec = async (width: number, height: number, bitrate: number): Promise<CodecChoice> => {
  if (await canEncodeVideo('avc', { width, height, bitrate })) return { codec: 'avc', container: 'mp4', mimeType: 'video/mp4', fallbackNote: null }
  if (await canEncodeVideo('vp9', { width, height, bitrate }))
    return {
      codec: 'vp9',
      container: 'webm',
      mimeType: 'video/webm',
      fallbackNote: `This browser cannot encode H.264 at ${width}x${height}, so the previs was saved as VP9 in a WebM file instead of MP4.`,
    }
  throw new PrevisError(`This browser can encode neither H.264 nor VP9 video at ${width}x${height}, so no previs video can be made.`)
}

export interface CanvasVideoOutput {
  /** Snapshots the canvas as frame i; resolves when the encoder can take more (backpressure). */
  addFrame(i: number): Promise<void>
  /** Flushes the encoder and returns the file. */
  finish(): Promise<Blob>
  /** Stops and frees the encoder (safe to call at any time, and twice). */
  cancel(): Promise<void>
}

export interface CanvasVideoOptions {
  canvas: HTMLCanvasElement
  choice: CodecChoice
  fps: number
  bitrate: number
  comment?: string
}

export const createCanvasVideoOutput = async ({ canvas, choice, fps, bitrate, comment }: CanvasVideoOptions): Promise<CanvasVideoOutput> => {
  const format = choice.container === 'mp4' ? new Mp4OutputFormat({ fastStart: 'in-memory' }) : new WebMOutputFormat()
  const target = new BufferTarget()
  const output = new Output({ format, target })
  const source = new CanvasSource(canvas, { codec: choice.codec, bitrate, latencyMode: 'quality' })
  output.addVideoTrack(source, { frameRate: fps })
  output.setMetadataTags({ title: 'Framewright previs', ...(comment ? { comment } : {}) })
  await output.start()
  return {
    addFrame(i) {
      const { timestamp, duration } = frameTimestamp(i, fps)
      return source.add(timestamp, duration)
    },
    async finish() {
      await output.finalize()
      if (!target.buffer) throw new PrevisError('The previs video came out empty.')
      return new Blob([target.buffer], { type: choice.mimeType })
    },
    async cancel() {
      if (output.state === 'finalized' || output.state === 'canceled') return
      await output.cancel()
    },
  }
}
