/**
 * Reads a previs video back in the browser (for tests, the bench and checks): duration, frame count,
 * codec, the metadata comment, and the mean luma of a region of the frames at given times, decoded
 * with mediabunny (WebCodecs). Loaded lazily like the renderer.
 */
import { ALL_FORMATS, BlobSource, Input, VideoSampleSink } from 'mediabunny'

/** A region as fractions of the frame (0..1). */
export interface FrameRegion {
  x0: number
  y0: number
  x1: number
  y1: number
}

export interface VideoProbe {
  durationS: number
  packetCount: number
  codec: string | null
  width: number
  height: number
  comment: string | null
  /** Per requested time: the decoded frame's timestamp and the mean luma (0..255) of the region. */
  frames: { timeS: number; timestamp: number | null; meanLuma: number | null }[]
  /** A PNG data URL of the first requested frame, when asked for. */
  firstFramePng?: string
}

const meanLuma = (data: Uint8ClampedArray): number => {
  let sum = 0
  for (let i = 0; i < data.length; i += 4) sum += 0.2126 * data[i] + 0.7152 * data[i + 1] + 0.0722 * data[i + 2]
  return sum / (data.length / 4)
}

export const probeVideo = async (blob: Blob, times: readonly number[], region: FrameRegion = { x0: 0, y0: 0, x1: 1, y1: 1 }, withPng = false): Promise<VideoProbe> => {
  const input = new Input({ source: new BlobSource(blob), formats: ALL_FORMATS })
  try {
    const track = await input.getPrimaryVideoTrack()
    if (!track) throw new Error('no video track')
    const [durationS, stats, tags, width, height] = await Promise.all([
      input.computeDuration(),
      track.computePacketStats(),
      input.getMetadataTags(),
      track.getCodedWidth(),
      track.getCodedHeight(),
    ])
    const canvas = document.createElement('canvas')
    canvas.width = width
    canvas.height = height
    const ctx = canvas.getContext('2d', { willReadFrequently: true })!
    const sink = new VideoSampleSink(track)
    const frames: VideoProbe['frames'] = []
    let firstFramePng: string | undefined
    for (const t of times) {
      const sample = await sink.getSample(t)
      if (!sample) {
        frames.push({ timeS: t, timestamp: null, meanLuma: null })
        continue
      }
      try {
        sample.draw(ctx, 0, 0, width, height)
      } finally {
        const ts = sample.timestamp
        sample.close()
        const x = Math.floor(region.x0 * width)
        const y = Math.floor(region.y0 * height)
        const w = Math.max(1, Math.floor((region.x1 - region.x0) * width))
        const h = Math.max(1, Math.floor((region.y1 - region.y0) * height))
        frames.push({ timeS: t, timestamp: ts, meanLuma: meanLuma(ctx.getImageData(x, y, w, h).data) })
        if (withPng && firstFramePng === undefined) firstFramePng = canvas.toDataURL('image/png')
      }
    }
    return { durationS, packetCount: stats.packetCount, codec: track.codec, width, height, comment: tags.comment ?? null, frames, firstFramePng }
  } finally {
    input.dispose()
  }
}

/** The frame shown at `timeS` of a video file, decoded with mediabunny (WebCodecs) and drawn at `width`×`height`, as a PNG data URL. */
export const decodeFramePng = async (blob: Blob, timeS: number, width: number, height: number): Promise<string> => {
  const input = new Input({ source: new BlobSource(blob), formats: ALL_FORMATS })
  try {
    const track = await input.getPrimaryVideoTrack()
    if (!track) throw new Error('no video track')
    const sample = await new VideoSampleSink(track).getSample(timeS)
    if (!sample) throw new Error(`no frame at ${timeS} s`)
    const canvas = document.createElement('canvas')
    canvas.width = width
    canvas.height = height
    const ctx = canvas.getContext('2d')!
    ctx.imageSmoothingQuality = 'high'
    try {
      sample.draw(ctx, 0, 0, width, height)
    } finally {
      sample.close()
    }
    return canvas.toDataURL('image/png')
  } finally {
    input.dispose()
  }
}
