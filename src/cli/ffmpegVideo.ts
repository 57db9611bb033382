/**
 * Reading a video's frames in Node through ffmpeg (and ffprobe) on the PATH: grey frames scaled to at
 * most `maxWidthPx` wide, streamed one at a time. Nothing downloads: without ffmpeg the error says how
 * to install it.
 */
import { spawn } from 'node:child_process'
import type { GrayFrame } from '../camera-measure'

export interface VideoFrames {
  readonly fps: number
  /** The video's own size. */
  readonly widthPx: number
  readonly heightPx: number
  /** The size of the frames below (scaled down, even). */
  readonly frameWidthPx: number
  readonly frameHeightPx: number
  /** Frames as analysed. */
  readonly frames: AsyncIterable<GrayFrame>
}

export const FFMPEG_MISSING =
  'reading a video needs ffmpeg and ffprobe on the PATH: install them (Debian/Ubuntu: sudo apt install ffmpeg; macOS: brew install ffmpeg; Windows: winget install ffmpeg)'

const run = (command: string, args: readonly string[]): Promise<string> =>
  new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    child.stdout.on('data', (d: Buffer) => (out += d.toString()))
    child.stderr.on('data', (d: Buffer) => (err += d.toString()))
    child.on('error', (e: NodeJS.ErrnoException) => reject(new Error(e.code === 'ENOENT' ? FFMPEG_MISSING : e.message)))
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(lastLine(err) || `${command} exited with ${code}`))))
  })

const lastLine = (text: string) => text.trim().split('\n').pop()?.trim() ?? ''

const rate = (text: string | undefined): number => {
  const [n, d] = (text ?? '').split('/').map(Number)
  return d ? n / d : n
}

const even = (x: number) => Math.max(2, 2 * Math.round(x / 2))

/** The video's size and frame rate (ffprobe), then its frames as grey images (ffmpeg). Rejects with one sentence. */
export const readVideoFrames = async (path: string, maxWidthPx = 640): Promise<VideoFrames> => {
  const probe = await run('ffprobe', ['-v', 'error', '-select_streams', 'v:0', '-show_entries', 'stream=width,height,avg_frame_rate,r_frame_rate', '-of', 'json', path]).catch((e: Error) => {
    throw new Error(e.message === FFMPEG_MISSING ? e.message : `cannot read video '${path}': ${e.message}`)
  })
  const stream = (JSON.parse(probe) as { streams?: { width?: number; height?: number; avg_frame_rate?: string; r_frame_rate?: string }[] }).streams?.[0]
  if (!stream?.width || !stream.height) throw new Error(`'${path}' has no video stream`)
  const fps = rate(stream.avg_frame_rate) || rate(stream.r_frame_rate)
  if (!(fps > 0)) throw new Error(`'${path}' does not say its frame rate`)
  const scale = Math.min(1, maxWidthPx / stream.width)
  const width = even(stream.width * scale)
  const height = even(stream.height * scale)
  const frameBytes = width * height
  async function* frames(): AsyncIterable<GrayFrame> {
    const child = spawn('ffmpeg', ['-v', 'error', '-i', path, '-an', '-vf', `scale=${width}:${height}`, '-pix_fmt', 'gray', '-f', 'rawvideo', '-'], { stdio: ['ignore', 'pipe', 'pipe'] })
    let err = ''
    child.stderr.on('data', (d: Buffer) => (err += d.toString()))
    const exited = new Promise<number | null>((resolve, reject) => {
      child.on('error', (e: NodeJS.ErrnoException) => reject(new Error(e.code === 'ENOENT' ? FFMPEG_MISSING : e.message)))
      child.on('close', resolve)
    })
    let pending: Buffer = Buffer.alloc(0)
    try {
      for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
        pending = pending.length ? Buffer.concat([pending, chunk]) : chunk
        while (pending.length >= frameBytes) {
          yield { widthPx: width, heightPx: height, luma: new Uint8Array(pending.subarray(0, frameBytes)) }
          pending = pending.subarray(frameBytes)
        }
      }
      const code = await exited
      if (code !== 0) throw new Error(`cannot decode video '${path}': ${lastLine(err) || `ffmpeg exited with ${code}`}`)
    } finally {
      if (child.exitCode === null) child.kill()
    }
  }
  return { fps, widthPx: stream.width, heightPx: stream.height, frameWidthPx: width, frameHeightPx: height, frames: frames() }
}
