/**
 * Reads an animatic back with mediabunny (tests and the dev console): its tracks, codecs, packet
 * counts and durations, and the loudness of its audio between two times.
 */
import { ALL_FORMATS, AudioBufferSink, BlobSource, CanvasSink, EncodedPacketSink, Input, type InputTrack } from 'mediabunny'

const packetSpan = async (track: InputTrack) => {
  const sink = new EncodedPacketSink(track)
  let count = 0
  let first: number | null = null
  let end = 0
  let maxDuration = 0
  for await (const p of sink.packets()) {
    count++
    first ??= p.timestamp
    end = Math.max(end, p.timestamp + p.duration)
    maxDuration = Math.max(maxDuration, p.duration)
  }
  return { packets: count, firstTimestamp: first ?? 0, end, packetDuration: maxDuration }
}

export const probeAnimatic = async (blob: Blob) => {
  const input = new Input({ source: new BlobSource(blob), formats: ALL_FORMATS })
  try {
    const video = await input.getPrimaryVideoTrack()
    const audio = await input.getPrimaryAudioTrack()
    return {
      container: (await input.getFormat()).name,
      mimeType: await input.getMimeType(),
      video: video
        ? { codec: video.codec, width: video.displayWidth, height: video.displayHeight, durationS: await video.computeDuration(), ...(await packetSpan(video)) }
        : null,
      audio: audio
        ? { codec: audio.codec, channels: audio.numberOfChannels, sampleRate: audio.sampleRate, durationS: await audio.computeDuration(), canDecode: await audio.canDecode(), ...(await packetSpan(audio)) }
        : null,
    }
  } finally {
    input.dispose()
  }
}

/** Root mean square of the decoded audio between two times (all channels), or null without audio. */
export const audioRms = async (blob: Blob, startS: number, endS: number): Promise<number | null> => {
  const input = new Input({ source: new BlobSource(blob), formats: ALL_FORMATS })
  try {
    const track = await input.getPrimaryAudioTrack()
    if (!track) return null
    const sink = new AudioBufferSink(track)
    let sum = 0
    let n = 0
    for await (const { buffer, timestamp } of sink.buffers(startS, endS)) {
      for (let c = 0; c < buffer.numberOfChannels; c++) {
        const data = buffer.getChannelData(c)
        for (let i = 0; i < data.length; i++) {
          const t = timestamp + i / buffer.sampleRate
          if (t < startS || t >= endS) continue
          sum += data[i] * data[i]
          n++
        }
      }
    }
    return n ? Math.sqrt(sum / n) : 0
  } finally {
    input.dispose()
  }
}

/** The video frame at `timeS`, as a PNG data URL (to look at the overlay and the sources). */
export const framePngAt = async (blob: Blob, timeS: number): Promise<string | null> => {
  const input = new Input({ source: new BlobSource(blob), formats: ALL_FORMATS })
  try {
    const track = await input.getPrimaryVideoTrack()
    if (!track) return null
    const wrapped = await new CanvasSink(track).getCanvas(timeS)
    if (!wrapped) return null
    const c = document.createElement('canvas')
    c.width = wrapped.canvas.width
    c.height = wrapped.canvas.height
    c.getContext('2d')!.drawImage(wrapped.canvas, 0, 0)
    return c.toDataURL('image/png')
  } finally {
    input.dispose()
  }
}
