/**
 * Which picture each shot of the animatic uses: its chosen take's video when it has a finished one,
 * the whole chained generation when the chosen take is one of its parts and every part is finished,
 * else its previs.
 */

export interface SourceTake {
  readonly id: string
  readonly shotId: string
  readonly chosen: boolean
  readonly status: string
  readonly route: string
  readonly video: { readonly width: number; readonly height: number; readonly durationS: number } | null
  /** The part of a chained generation this take is (its window in the shot, in seconds). */
  readonly chain?: { readonly id: string; readonly part: number; readonly parts: number; readonly startS: number; readonly durationS: number } | null
}

/** One part of a chained source: its take, the window of the shot it was made for, and its video's length. */
export interface ChainSourcePart {
  readonly takeId: string
  readonly startS: number
  readonly durationS: number
  readonly videoDurationS: number
}

export type ShotSource =
  | { readonly kind: 'take'; readonly takeId: string; readonly route: string; readonly videoDurationS: number }
  | { readonly kind: 'chain'; readonly route: string; readonly parts: readonly ChainSourcePart[] }
  /** `note`: why a chosen take is not used (a chain with parts not finished). */
  | { readonly kind: 'previs'; readonly note?: string }

const finished = (t: SourceTake): t is SourceTake & { video: NonNullable<SourceTake['video']> } => t.status === 'succeeded' && t.video !== null

const chainSource = (chain: NonNullable<SourceTake['chain']>, route: string, takes: readonly SourceTake[]): ShotSource => {
  const byPart = new Map(takes.filter((t) => t.chain?.id === chain.id).map((t) => [t.chain!.part, t]))
  const out: ChainSourcePart[] = []
  for (let part = 1; part <= chain.parts; part++) {
    const t = byPart.get(part)
    if (!t || !finished(t)) return { kind: 'previs', note: `part ${part} of ${chain.parts} of its chosen chained generation is ${t ? 'not finished' : 'deleted'}` }
    out.push({ takeId: t.id, startS: t.chain!.startS, durationS: t.chain!.durationS, videoDurationS: t.video.durationS })
  }
  return { kind: 'chain', route, parts: out }
}

export const chooseSource = (shotId: string, takes: readonly SourceTake[]): ShotSource => {
  const chosen = takes.find((t) => t.shotId === shotId && t.chosen)
  if (chosen?.chain) return chainSource(chosen.chain, chosen.route, takes)
  return chosen && finished(chosen) ? { kind: 'take', takeId: chosen.id, route: chosen.route, videoDurationS: chosen.video.durationS } : { kind: 'previs' }
}

/**
 * The time in a clip made for the window [startS, startS + durationS] of the shot, at shot time
 * `timeS`: the model spread the window's move over the clip it made (a 5 s clip for a 3 s window),
 * so the clip is fitted to the window, as the compiler's retime warning asks.
 */
const fitToWindow = (timeS: number, startS: number, durationS: number, videoDurationS: number): number =>
  Math.min(Math.max((timeS - startS) / durationS, 0), 1) * videoDurationS

/** Where shot time `timeS` falls in a chained source: the part whose window holds it (the last part holds the end), and the time in its video. */
export const chainTimeAt = (parts: readonly ChainSourcePart[], timeS: number): { part: number; videoTimeS: number } => {
  let i = parts.findIndex((p) => timeS < p.startS + p.durationS - 1e-9)
  if (i < 0) i = parts.length - 1
  const p = parts[i]
  return { part: i, videoTimeS: fitToWindow(timeS, p.startS, p.durationS, p.videoDurationS) }
}

/** Whether a take's video is fitted to its shot: it is longer or shorter than the shot by more than half a frame. */
export const isRetimed = (shotDurationS: number, videoDurationS: number, fps: number): boolean => Math.abs(videoDurationS - shotDurationS) > 0.5 / fps

/**
 * The time in a chosen take's video for shot time `timeS`: 1:1 when the video is as long as the shot
 * (to half a frame), else fitted to the shot like a chain's part (a Sora take of 8 s for a 6 s shot
 * spread the move over 8 s; it plays 1.33x).
 */
export const takeTimeAt = (shotDurationS: number, videoDurationS: number, timeS: number, fps: number): number =>
  isRetimed(shotDurationS, videoDurationS, fps) ? fitToWindow(timeS, 0, shotDurationS, videoDurationS) : timeS

/** "1 & 3", "1, 2 & 4". */
export const listNumbers = (numbers: readonly number[]): string =>
  numbers.length <= 1 ? numbers.join('') : `${numbers.slice(0, -1).join(', ')} & ${numbers[numbers.length - 1]}`

/**
 * One line per kind of source: "Shot 2: chosen take (kling)", "Shot 4: chosen chain of 2 parts
 * (kling)", "Shots 1 & 3: previs". `routeLabel` turns a route id into words.
 */
export const sourceSummary = (sources: readonly ShotSource[], routeLabel: (route: string) => string = (r) => r): string[] => {
  const groups = new Map<string, number[]>()
  sources.forEach((s, i) => {
    const key =
      s.kind === 'take' ? `chosen take (${routeLabel(s.route)})` : s.kind === 'chain' ? `chosen chain of ${s.parts.length} parts (${routeLabel(s.route)})` : s.note ? `previs (${s.note})` : 'previs'
    groups.set(key, [...(groups.get(key) ?? []), i + 1])
  })
  return [...groups].map(([what, numbers]) => `Shot${numbers.length > 1 ? 's' : ''} ${listNumbers(numbers)}: ${what}`)
}
