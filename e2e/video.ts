/** Reading generated videos: container facts in Node (mediabunny demuxes without decoding), frames decoded in the page. */
import type { Page } from '@playwright/test'
import { ALL_FORMATS, BufferSource, EncodedPacketSink, Input } from 'mediabunny'
import { comparePngs } from './studio'

export interface VideoFacts {
  mimeType: string
  codec: string | null
  width: number
  height: number
  durationS: number
  packets: number
}

export const readVideoFacts = async (bytes: Uint8Array): Promise<VideoFacts> => {
  const input = new Input({ source: new BufferSource(bytes), formats: ALL_FORMATS })
  const track = await input.getPrimaryVideoTrack()
  if (!track) throw new Error('no video track')
  const sink = new EncodedPacketSink(track)
  let packets = 0
  for (let p = await sink.getFirstPacket(); p; p = await sink.getNextPacket(p)) packets++
  return {
    mimeType: await input.getMimeType(),
    codec: await track.getCodec(),
    width: await track.getDisplayWidth(),
    height: await track.getDisplayHeight(),
    durationS: await input.computeDuration(),
    packets,
  }
}

/**
 * Decodes the frame shown at `timeS` of a video file in the page (a <video> element, so the browser's
 * own decoder) and returns it as a PNG of `width`×`height`.
 */
export const decodeFramePng = async (page: Page, bytes: Uint8Array, mimeType: string, timeS: number, width: number, height: number): Promise<Buffer> => {
  const b64 = await page.evaluate(
    async ({ data, mimeType, timeS, width, height }) => {
      const bin = atob(data)
      const buf = new Uint8Array(bin.length)
      for (let i = 0; i < bin.length; i++) buf[i] = bin.charCodeAt(i)
      const url = URL.createObjectURL(new Blob([buf], { type: mimeType }))
      const video = document.createElement('video')
      video.muted = true
      video.src = url
      await new Promise((ok, fail) => {
        video.onloadeddata = ok
        video.onerror = () => fail(new Error(`the browser could not decode ${mimeType}`))
      })
      video.currentTime = timeS
      await new Promise((ok) => (video.onseeked = ok))
      const c = document.createElement('canvas')
      c.width = width
      c.height = height
      const ctx = c.getContext('2d')!
      ctx.imageSmoothingQuality = 'high'
      ctx.drawImage(video, 0, 0, width, height)
      URL.revokeObjectURL(url)
      return c.toDataURL('image/png').split(',')[1]
    },
    { data: Buffer.from(bytes).toString('base64'), mimeType, timeS, width, height },
  )
  return Buffer.from(b64, 'base64')
}

/** Mean absolute difference of the RGB channels of two same-sized PNGs, 0..255. */
export const meanPixelDifference = async (page: Page, a: Buffer, b: Buffer): Promise<number> => (await comparePngs(page, a, b)).meanDifference
