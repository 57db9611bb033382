/** File names of downloaded takes: project, shot, route and the time the take was made. */
import type { Take } from './model'

export const slug = (name: string, fallback = 'untitled'): string =>
  name.trim().replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase() || fallback

const two = (n: number) => String(n).padStart(2, '0')

/** Local time as 2026-11-29_2105-33. */
export const fileTimestamp = (at: Date): string =>
  `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}_${two(at.getHours())}${two(at.getMinutes())}-${two(at.getSeconds())}`

export type TakeFileKind = 'video' | 'depth' | 'start-frame'

/** "my-film_shot-1_previs_2026-11-29_2105-33.mp4"; the depth pass names its range: "..._depth-0.4-38m.mp4". */
export const takeFileName = (projectName: string, take: Take, kind: TakeFileKind): string => {
  const base = `${slug(projectName, 'project')}_${slug(take.shotName, 'shot')}_${slug(take.route)}_${fileTimestamp(new Date(take.createdAt))}`
  if (kind === 'start-frame') return `${base}_start-frame.png`
  if (kind === 'depth') {
    const d = take.depth
    const range = d ? `_depth-${round(d.nearM)}-${round(d.farM)}m` : '_depth'
    return `${base}${range}.${d?.container ?? 'mp4'}`
  }
  return `${base}.${take.video?.container ?? 'mp4'}`
}

const round = (x: number) => String(Math.round(x * 10) / 10)
