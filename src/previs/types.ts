/** The previs renderer's public types (see index.ts). */
import type { Scene, Shot } from '../timeline/model'
import type { MoveRegistry } from '../timeline/moves'
import type { PrevisSize } from './size'

export interface PrevisProgress {
  framesDone: number
  frameCount: number
  /** Frames rendered and handed to the encoder per second of wall time, so far. */
  framesPerSecond: number
  /** Estimated seconds until the last frame is encoded; null until there is a rate to go by. */
  secondsLeft: number | null
}

export interface EncodedVideo {
  blob: Blob
  mimeType: string
  container: 'mp4' | 'webm'
  codec: 'avc' | 'vp9'
  width: number
  height: number
  frameCount: number
  fps: number
  durationS: number
}

export interface DepthVideo extends EncodedVideo {
  /** Depth (metres along the view axis) shown as white; nearer is clipped to white. */
  nearM: number
  /** Depth shown as black; farther, and the sky, are black. */
  farM: number
}

export interface PrevisRequest {
  shot: Shot
  scene: Scene
  /** The moves the shot's clips name: the project's registry (registryFor(project)) when it has custom presets. Default: the built-ins. */
  registry?: MoveRegistry
  size: PrevisSize
  depth: boolean
  signal?: AbortSignal
  onProgress?: (p: PrevisProgress) => void
}

export interface PrevisResult {
  video: EncodedVideo
  depth: DepthVideo | null
  /** Frame 0 at the render size (the start image for image-to-video routes). */
  startFramePng: Blob
  /** Frame 0 about 192 px wide. */
  thumbnailJpeg: Blob
  /** A sentence when the render had to fall back (e.g. VP9 in WebM where H.264 cannot be encoded). */
  fallbackNote: string | null
}
