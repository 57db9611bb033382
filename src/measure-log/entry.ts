/**
 * `entryOf`: one measured hosted take as a log entry: the calibrated moves its payload asks for
 * (moves.ts) and, per channel they move, the calibrated size beside the measured one.
 */
import { PARALLAX_SHARE_THRESHOLD, TRAVEL_COMPONENT_THRESHOLD } from '../camera-measure/compare/compare'
import type { ChannelName, MeasuredMotion, MotionComparison, MotionFrame } from '../camera-measure/compare/types'
import type { MotionChannels } from '../compilers/analysis/types'
import type { Take } from '../takes/model'
import { type CalibratedMove, movesOfPayload } from './moves'
import type { LogUnit, LoggedChannel, MeasureLogEntry } from './types'

export interface MeasuredTake {
  readonly take: Pick<Take, 'id' | 'projectId' | 'shotName' | 'route' | 'target' | 'payload' | 'settings' | 'createdAt'>
  readonly measured: MeasuredMotion
  readonly comparison: MotionComparison
}

export type EntryResult = { readonly ok: true; readonly entry: MeasureLogEntry } | { readonly ok: false; readonly reason: string }

/** The measured channels a calibration channel shows in, with the sign that turns ours into the measurement's. */
const TO_MEASURED: Partial<Record<keyof MotionChannels, { readonly channel: ChannelName; readonly sign: 1 | -1 }>> = {
  // ours: pan > 0 left; the measurement's: pan > 0 right
  panDeg: { channel: 'pan', sign: -1 },
  tiltDeg: { channel: 'tilt', sign: 1 },
  rollDeg: { channel: 'roll', sign: 1 },
  zoomRatio: { channel: 'zoom', sign: 1 },
  truckM: { channel: 'truck', sign: 1 },
  pedestalM: { channel: 'pedestal', sign: 1 },
  dollyM: { channel: 'dolly', sign: 1 },
  orbitDeg: { channel: 'orbit', sign: 1 },
}

const UNIT: Readonly<Record<ChannelName, LogUnit>> = { pan: 'deg', tilt: 'deg', roll: 'deg', zoom: 'x', dolly: 'dir', truck: 'dir', pedestal: 'dir', orbit: 'deg' }
const TRAVEL_AXIS: Partial<Record<ChannelName, 0 | 1 | 2>> = { truck: 0, pedestal: 1, dolly: 2 }
const ORDER: readonly ChannelName[] = ['pan', 'tilt', 'roll', 'zoom', 'orbit', 'dolly', 'truck', 'pedestal']

/** Mean signed component along `axis` over the frames that travel, and the share of frames that travel (as the comparison counts them). */
const travelOf = (frames: readonly MotionFrame[], axis: 0 | 1 | 2): { mean: number; share: number } => {
  const moving = frames.filter((f) => f.parallax && f.travel !== null)
  const share = frames.length > 1 ? moving.length / (frames.length - 1) : 0
  const mean = moving.length ? moving.reduce((s, f) => s + (f.travel as readonly number[])[axis], 0) / moving.length : 0
  return { mean, share }
}

/** True when a travel channel's measurement travels noticeably the way `calibrated` says (the comparison's thresholds). */
export const travelsTheCalibratedWay = (c: Pick<LoggedChannel, 'calibrated' | 'measured' | 'travelShare'>): boolean =>
  (c.travelShare ?? 0) >= PARALLAX_SHARE_THRESHOLD && Math.abs(c.measured) >= TRAVEL_COMPONENT_THRESHOLD && Math.sign(c.measured) === Math.sign(c.calibrated)

interface Gathered {
  calibrated: number
  moves: CalibratedMove[]
}

/** Per measured channel, the calibrated total (the measurement's signs) and the moves behind it. */
const gather = (moves: readonly CalibratedMove[]): Map<ChannelName, Gathered> => {
  const out = new Map<ChannelName, Gathered>()
  const orbits = moves.some((m) => Math.abs(m.channels.orbitDeg ?? 0) > 0)
  for (const move of moves)
    for (const [k, v] of Object.entries(move.channels) as [keyof MotionChannels, number][]) {
      const to = TO_MEASURED[k]
      if (!to) continue
      // an orbit shows as the camera turning to keep the subject: a pan beside it adds to the same measured turn
      const channel = orbits && to.channel === 'pan' ? 'orbit' : to.channel
      const g = out.get(channel) ?? { calibrated: channel === 'zoom' ? 1 : 0, moves: [] }
      g.calibrated = channel === 'zoom' ? g.calibrated * v : g.calibrated + to.sign * v
      if (!g.moves.includes(move)) g.moves.push(move)
      out.set(channel, g)
    }
  return out
}

const measuredOf = (channel: ChannelName, frames: readonly MotionFrame[]): { measured: number; travelShare: number | null } => {
  const end = frames[frames.length - 1]
  const axis = TRAVEL_AXIS[channel]
  if (axis !== undefined) {
    const t = travelOf(frames, axis)
    return { measured: t.mean, travelShare: t.share }
  }
  if (channel === 'orbit') return { measured: end.panDeg, travelShare: travelOf(frames, 0).share }
  if (channel === 'zoom') return { measured: end.zoom, travelShare: null }
  return { measured: channel === 'pan' ? end.panDeg : channel === 'tilt' ? end.tiltDeg : end.rollDeg, travelShare: null }
}

const modelOf = (take: MeasuredTake['take']): string | null => {
  if (take.settings.model) return take.settings.model
  try {
    const p = JSON.parse(take.payload) as Record<string, unknown>
    const m = p.model ?? p.model_name
    return typeof m === 'string' && m ? m : null
  } catch {
    return null
  }
}

/** Moves asked for more than once (MiniMax brackets) count once, with the count as their amount. */
const mergeRepeats = (moves: readonly CalibratedMove[]): CalibratedMove[] => {
  const out: CalibratedMove[] = []
  for (const m of moves) {
    const i = out.findIndex((o) => o.key === m.key && o.amountKind === 'count' && m.amountKind === 'count')
    if (i < 0) {
      out.push(m)
      continue
    }
    const prev = out[i]
    const channels: Partial<Record<keyof MotionChannels, number>> = { ...prev.channels }
    for (const [k, v] of Object.entries(m.channels) as [keyof MotionChannels, number][]) channels[k] = k === 'zoomRatio' || k === 'focusRatio' ? (channels[k] ?? 1) * v : (channels[k] ?? 0) + v
    out[i] = { ...prev, amount: prev.amount + m.amount, channels }
  }
  return out
}

/**
 * The log entry of a measured hosted take, or why it has none: previs takes (their calibration is
 * exact), targets that write the move in words or as an exact path, payloads that name no move the
 * calibration table knows, an empty measurement.
 */
export const entryOf = ({ take, measured, comparison }: MeasuredTake, measuredAt: number): EntryResult => {
  if (take.route === 'previs') return { ok: false, reason: 'A previs take renders the design exactly: there is no calibration to check.' }
  if (measured.frames.length === 0) return { ok: false, reason: 'The measurement has no frames.' }
  const read = movesOfPayload(take.target, take.payload)
  if (!read.ok) return { ok: false, reason: `This take has no calibrated named moves to log: ${read.reason}.` }
  const moves = mergeRepeats(read.moves)
  const gathered = gather(moves)
  if (gathered.size === 0) return { ok: false, reason: `This take's moves (${moves.map((m) => m.label).join(', ') || 'none'}) have no calibrated motion a video can measure.` }
  const channels: LoggedChannel[] = [...gathered.entries()]
    .sort((a, b) => ORDER.indexOf(a[0]) - ORDER.indexOf(b[0]))
    .map(([channel, g]) => {
      const one = g.moves.length === 1 ? g.moves[0] : null
      return {
        channel,
        unit: UNIT[channel],
        moves: g.moves.map((m) => m.key),
        amount: one ? one.amount : null,
        amountKind: one ? one.amountKind : null,
        calibrated: g.calibrated,
        ...measuredOf(channel, measured.frames),
        score: comparison.channels.find((c) => c.channel === channel)?.score ?? null,
      }
    })
  return {
    ok: true,
    entry: {
      takeId: take.id,
      projectId: take.projectId,
      shotName: take.shotName,
      route: take.route,
      target: take.target,
      model: modelOf(take),
      takeCreatedAt: take.createdAt,
      measuredAt,
      moves: moves.map(({ key, label, amount, amountKind }) => ({ key, label, amount, amountKind })),
      channels,
      score: comparison.score,
    },
  }
}
