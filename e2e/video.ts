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
 * Decodes the frame shown at `timeS` of a video file in the page with mediabunny over the browser's
 * WebCodecs decoder (the test API's previs hook) and returns it as a PNG of `width`×`height`.
 */
export const decodeFramePng = async (page: Page, bytes: Uint8Array, mimeType: string, timeS: number, width: number, height: number): Promise<Buffer> => {
  const url: string = await page.evaluate(
    ({ data, mimeType, timeS, width, height }) => (window as any).__studio.previs.decodeFrame(data, mimeType, timeS, width, height),
    { data: Buffer.from(bytes).toString('base64'), mimeType, timeS, width, height },
  )
  return Buffer.from(url.split(',')[1], 'base64')
}

/** Mean absolute difference of the RGB channels of two same-sized PNGs, 0..255. */
export const meanPixelDifference = async (page: Page, a: Buffer, b: Buffer): Promise<number> => (await comparePngs(page, a, b)).meanDifference

/** The mean brightness (0..255) of the columns fromX..toX of a PNG data URL, decoded in the page (omit them for the whole picture). */
export const stripBrightness = (page: Page, dataUrl: string, fromX = 0, toX?: number) =>
  page.evaluate(
    async ({ dataUrl, fromX, toX }) => {
      const img = new Image()
      img.src = dataUrl
      await img.decode()
      const c = document.createElement('canvas')
      c.width = img.width
      c.height = img.height
      const g = c.getContext('2d')!
      g.drawImage(img, 0, 0)
      const d = g.getImageData(fromX, 0, (toX ?? img.width) - fromX, img.height).data
      let sum = 0
      for (let i = 0; i < d.length; i += 4) sum += (d[i] + d[i + 1] + d[i + 2]) / 3
      return sum / (d.length / 4)
    },
    { dataUrl, fromX, toX },
  )
