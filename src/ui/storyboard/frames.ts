/**
 * The storyboard's frames: three PNG stills a shot (start, middle, last frame) rendered offscreen by
 * the previs renderer, cached for the page's life by the shot's frame key (its picture-shaping design
 * and the size), so reopening the view or editing notes renders nothing again.
 */
import type { Project, Shot } from '../../timeline/model'
import type { MoveRegistry } from '../../timeline/moves'
import { panelTimeList, storyboardFrameKey } from '../../storyboard'
import type { PrevisSize } from '../../previs/size'

export const STORYBOARD_FRAME_SIZE: PrevisSize = '480p'

export interface ShotFrames {
  readonly key: string
  readonly blobs: readonly [Blob, Blob, Blob]
  readonly urls: readonly [string, string, string]
}

const MAX_CACHED = 400
const cache = new Map<string, ShotFrames>()

export const frameKeyOf = (shot: Shot, project: Project): string => storyboardFrameKey(shot, project, STORYBOARD_FRAME_SIZE)

export const cachedFrames = (key: string): ShotFrames | undefined => cache.get(key)

const remember = (frames: ShotFrames) => {
  cache.set(frames.key, frames)
  // oldest first: drop beyond the cap (their object URLs too)
  while (cache.size > MAX_CACHED) {
    const [oldest] = cache.keys()
    const gone = cache.get(oldest)
    cache.delete(oldest)
    gone?.urls.forEach((u) => URL.revokeObjectURL(u))
  }
}

/** The shot's frames: from the cache, else rendered now (one WebGL context for the three). */
export const renderShotFrames = async (shot: Shot, project: Project, registry: MoveRegistry, signal: AbortSignal, onFrame?: () => void): Promise<ShotFrames> => {
  const key = frameKeyOf(shot, project)
  const hit = cache.get(key)
  if (hit) return hit
  const { renderStillsPng } = await import('../../previs')
  const blobs = await renderStillsPng(shot, project.scene, panelTimeList(shot), STORYBOARD_FRAME_SIZE, { registry, signal, onFrame: () => onFrame?.() })
  const frames: ShotFrames = { key, blobs: [blobs[0], blobs[1], blobs[2]], urls: [URL.createObjectURL(blobs[0]), URL.createObjectURL(blobs[1]), URL.createObjectURL(blobs[2])] }
  remember(frames)
  return frames
}
