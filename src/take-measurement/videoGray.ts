/**
 * A video file's frames as the estimator's grey frames, decoded with mediabunny (WebCodecs) and
 * drawn on an OffscreenCanvas at the analysis size: works in a Web Worker and on the page.
 */
import { ALL_FORMATS, BlobSource, Input, VideoSampleSink } from 'mediabunny'
import { analysisSize, grayFromRgba } from '../camera-measure/grayscale'
import type { GrayFrame } from '../camera-measure/types'

export interface GrayVideo {
  /** Frames per second (the packet rate). */
  readonly fps: number
  /** The video's own size. */
  readonly widthPx: number
  readonly heightPx: number
  readonly frameCount: number
  readonly durationS: number
  /** The frames at the analysis size, in order; closes the file when done or broken off. */
  readonly frames: AsyncIterable<GrayFrame>
}

const abortError = () => new DOMException('The measurement was canceled.', 'AbortError')

/** Opens a video and reads its facts; its frames are decoded as they are iterated. Throws one sentence when it is not a readable video. */
export const decodeGrayVideo = async (blob: Blob, options: { readonly maxWidthPx?: number; readonly signal?: AbortSignal } = {}): Promise<GrayVideo> => {
  const input = new Input({ source: new BlobSource(blob), formats: ALL_FORMATS })
  try {
    const track = await input.getPrimaryVideoTrack()
    if (!track) throw new Error('The file has no video track.')
    if (!(await track.canDecode())) throw new Error(`This browser cannot decode the take's video (${track.codec ?? 'unknown codec'}).`)
    const [stats, durationS, widthPx, heightPx] = await Promise.all([track.computePacketStats(), input.computeDuration(), track.getDisplayWidth(), track.getDisplayHeight()])
    const size = analysisSize(widthPx, heightPx, options.maxWidthPx)
    const fps = stats.averagePacketRate > 0 ? stats.averagePacketRate : stats.packetCount / Math.max(durationS, 1e-6)
    const frames = async function* (): AsyncGenerator<GrayFrame> {
      const canvas = new OffscreenCanvas(size.widthPx, size.heightPx)
      const ctx = canvas.getContext('2d', { willReadFrequently: true })
      if (!ctx) throw new Error('No 2D canvas to read the frames with.')
      ctx.imageSmoothingQuality = 'high'
      try {
        for await (const sample of new VideoSampleSink(track).samples()) {
          try {
            if (options.signal?.aborted) throw abortError()
            sample.draw(ctx, 0, 0, size.widthPx, size.heightPx)
          } finally {
            sample.close()
          }
          yield grayFromRgba(ctx.getImageData(0, 0, size.widthPx, size.heightPx).data, size.widthPx, size.heightPx)
        }
      } finally {
        input.dispose()
      }
    }
    return { fps, widthPx, heightPx, frameCount: stats.packetCount, durationS, frames: frames() }
  } catch (e) {
    input.dispose()
    if ((e as Error).name === 'AbortError') throw e
    const message = (e as Error).message
    throw new Error(message && message.endsWith('.') ? message : `The take's video could not be read (${message || 'unknown error'}).`, { cause: e })
  }
}
