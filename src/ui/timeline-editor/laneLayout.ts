/**
 * Vertical layout of the lanes: clips that overlap in time on one track stack in sub-rows so
 * every clip stays visible and clickable. Pure (no DOM, no React).
 */

/** Height of one clip row, and the padding above and below a lane's rows, in px. */
export const ROW_PX = 24
export const LANE_PAD_PX = 3

interface TimedClip {
  readonly id: string
  readonly startS: number
  readonly durationS: number
}

interface TrackLike {
  readonly id: string
  readonly clips: readonly TimedClip[]
}

const EPS = 1e-6

/** Greedy interval stacking: earliest first, each clip into the first row that is free by its start. */
export const stackClips = (clips: readonly TimedClip[]): { rows: Map<string, number>; rowCount: number } => {
  const order = clips.map((c, i) => ({ c, i })).sort((a, b) => a.c.startS - b.c.startS || a.i - b.i)
  const rowEnds: number[] = []
  const rows = new Map<string, number>()
  for (const { c } of order) {
    let r = rowEnds.findIndex((end) => end <= c.startS + EPS)
    if (r < 0) r = rowEnds.length
    rowEnds[r] = c.startS + c.durationS
    rows.set(c.id, r)
  }
  return { rows, rowCount: Math.max(1, rowEnds.length) }
}

export interface LaneBox {
  readonly trackId: string
  readonly index: number
  readonly top: number
  readonly height: number
  readonly rowCount: number
}

export interface ClipBox {
  readonly trackId: string
  readonly top: number
  readonly row: number
}

export interface LanesLayout {
  readonly lanes: readonly LaneBox[]
  readonly clips: ReadonlyMap<string, ClipBox>
  /** Total height of all lanes (the new-track drop zone starts here). */
  readonly height: number
}

export const laneHeight = (rowCount: number): number => rowCount * ROW_PX + 2 * LANE_PAD_PX

const cache = new WeakMap<readonly TrackLike[], LanesLayout>()

/** Lane boxes and clip positions for a shot's tracks (memoized per tracks array). */
export const layoutLanes = (tracks: readonly TrackLike[]): LanesLayout => {
  const hit = cache.get(tracks)
  if (hit) return hit
  const lanes: LaneBox[] = []
  const clips = new Map<string, ClipBox>()
  let top = 0
  tracks.forEach((track, index) => {
    const { rows, rowCount } = stackClips(track.clips)
    const height = laneHeight(rowCount)
    lanes.push({ trackId: track.id, index, top, height, rowCount })
    for (const [id, row] of rows) clips.set(id, { trackId: track.id, row, top: top + LANE_PAD_PX + row * ROW_PX })
    top += height
  })
  const layout = { lanes, clips, height: top }
  cache.set(tracks, layout)
  return layout
}

/** The lane index under `y` (px from the top of the lanes): -1 above, lanes.length below the last. */
export const laneAtY = (layout: LanesLayout, y: number): number => {
  if (y < 0) return -1
  const i = layout.lanes.findIndex((l) => y < l.top + l.height)
  return i < 0 ? layout.lanes.length : i
}
