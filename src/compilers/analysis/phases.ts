/**
 * Phases inside one move span: where the camera's motion changes character without a clip
 * boundary, so the span is measured as more than one net change. A span is cut
 * - where a channel reverses: it travels at least REVERSAL_UNITS one way and then at least as much
 *   back (a yoyo zoom in and out, a push that overshoots and returns), unless it sways on its way
 *   somewhere, turning again and again under OSCILLATION_HALF_PERIOD_S apart (a texture, not moves);
 * - where the camera comes to a stop between two moves: its speed falls under STOP_SPEED_SHARE of
 *   the span's peak and stays under PAUSE_SPEED_SHARE for PAUSE_MIN_S around it, with at least PHASE_MIN_UNITS (and PHASE_MIN_SHARE of the span's motion) on
 *   each side (a double dolly's two pushes);
 * - around a dead-still hold of at least HOLD_MIN_S (a robo arm landing and holding).
 * Thresholds are in the perceptual units of decompose.ts (20 degrees, a quarter of the subject
 * distance, a 1.5x zoom), measured on the steady path, so shake and small drift never cut. Pure.
 */
import type { ShotFrame } from '../../timeline'
import { SCORED_CHANNELS, normalizedChannel } from '../fidelity'
import { channelsFrom, speedSteps } from './decompose'

/** A channel must move at least this far (perceptual units) each way to count as reversing. */
export const REVERSAL_UNITS = 0.5
/** A stop between two moves: the speed falls below this share of the span's peak speed. */
export const PAUSE_SPEED_SHARE = 0.05
/** A stop lasts at least this long below that speed ... */
export const PAUSE_MIN_S = 0.1
/** ... and comes to rest in it: some step is under this share of the peak (a sway that only slows the camera is no stop). */
export const STOP_SPEED_SHARE = 0.01
/** Each phase a stop separates moves at least this much (perceptual units) ... */
export const PHASE_MIN_UNITS = 0.25
/** ... and at least this share of the span's motion. */
export const PHASE_MIN_SHARE = 0.15
/** A dead-still run (speed under HOLD_SPEED_SHARE of the peak) this long is a hold of its own. */
export const HOLD_MIN_S = 0.3
export const HOLD_SPEED_SHARE = 0.001
/** Phases are at least this long; closer cuts merge (the first is kept). */
export const PHASE_MIN_S = 0.2

/**
 * Frame indices of a channel series' turning points (series[0] is the span start): extrema with a
 * leg of at least `minLeg` before and after them.
 */
export const reversalIndices = (series: readonly number[], minLeg: number): number[] => {
  const turns: number[] = []
  let anchor = 0
  let extreme = 0
  let dir = 0
  for (let i = 1; i < series.length; i++) {
    const v = series[i]
    if (dir === 0) {
      if (Math.abs(v - series[anchor]) >= minLeg) {
        dir = Math.sign(v - series[anchor])
        extreme = i
      }
    } else if ((v - series[extreme]) * dir > 0) extreme = i
    else if ((series[extreme] - v) * dir >= minLeg) {
      turns.push(extreme)
      anchor = extreme
      dir = -dir
      extreme = i
    }
  }
  return turns
}

/**
 * A channel that turns OSCILLATION_TURNS times or more, its turns (median) under this far apart, and
 * still gets somewhere (a net change of REVERSAL_UNITS or more) sways on its way: a texture of the
 * move (a snorricam's body sway on its turn), not a sequence of moves, so it does not cut. A fast
 * oscillation that gets nowhere is cut at every turn (a yoyo zoom's bounces: net, it is nothing)
 * unless it swings less than SWAY_MAX_UNITS (a sway on the spot).
 */
export const OSCILLATION_HALF_PERIOD_S = 0.5
/**
 * A fast oscillation that gets nowhere is a sway too while it swings less than this from end to end
 * (perceptual units: 32 degrees, a 1.9x zoom): a snorricam's body sway with no turn (up to 30 degrees)
 * was written as nine orbit snaps; a yoyo zoom's default bounces (2.5x) still cut.
 */
export const SWAY_MAX_UNITS = 1.6
export const OSCILLATION_TURNS = 3

/** True when turning points (frame indices from the span start) come as a fast, regular sway. */
export const isOscillation = (turns: readonly number[], fps: number): boolean => {
  if (turns.length < OSCILLATION_TURNS) return false
  const gaps = turns.map((t, k) => t - (k === 0 ? 0 : turns[k - 1])).sort((x, y) => x - y)
  return gaps[Math.floor(gaps.length / 2)] / fps < OSCILLATION_HALF_PERIOD_S
}

/** Turning points of every scored channel over frames a..b (indices into `frames`), channels that sway on their way left out. */
const reversalCuts = (frames: readonly ShotFrame[], a: number, b: number, fps: number): number[] => {
  const distanceM = Math.hypot(...frames[a].subject.point.map((x, k) => x - frames[a].position[k]))
  const cumulative = channelsFrom(frames, a, b)
  return SCORED_CHANNELS.flatMap((k) => {
    const series = cumulative.map((c) => normalizedChannel(k, c[k], distanceM))
    const turns = reversalIndices(series, REVERSAL_UNITS)
    if (!isOscillation(turns, fps)) return turns
    const swing = Math.max(...series) - Math.min(...series)
    return Math.abs(series[series.length - 1]) >= REVERSAL_UNITS || swing < SWAY_MAX_UNITS ? [] : turns
  }).map((i) => a + i)
}

/** Cuts at stops (between two moves) and around dead-still holds, from the frame-to-frame speed. */
const stopCuts = (frames: readonly ShotFrame[], a: number, b: number, fps: number): number[] => {
  // step[j] is the motion from frame a + j to frame a + j + 1
  const step = speedSteps(frames, a, b)
  const total = step.reduce((s, x) => s + x, 0)
  if (total < 2 * PHASE_MIN_UNITS) return []
  const peak = Math.max(...step)
  const enough = Math.max(PHASE_MIN_UNITS, PHASE_MIN_SHARE * total)
  const before = [0]
  for (const x of step) before.push(before[before.length - 1] + x)
  const cuts: number[] = []
  let j = 0
  while (j < step.length) {
    if (step[j] >= PAUSE_SPEED_SHARE * peak) {
      j++
      continue
    }
    let end = j
    while (end < step.length && step[end] < PAUSE_SPEED_SHARE * peak) end++
    // steps j..end-1 are slow: frames a + j .. a + end
    const movedBefore = before[j]
    const movedAfter = total - before[end]
    let stillFrom = -1
    for (let k = j; k <= end; k++) {
      const still = k < end && step[k] <= HOLD_SPEED_SHARE * peak
      if (still && stillFrom < 0) stillFrom = k
      if (!still && stillFrom >= 0) {
        // a dead-still run of steps stillFrom..k-1: frames a + stillFrom .. a + k
        if ((k - stillFrom) / fps >= HOLD_MIN_S && (movedBefore >= enough || movedAfter >= enough)) cuts.push(a + stillFrom, a + k)
        stillFrom = -1
      }
    }
    const rests = step.slice(j, end).some((x) => x <= STOP_SPEED_SHARE * peak)
    if (movedBefore >= enough && movedAfter >= enough && rests && (end - j) / fps >= PAUSE_MIN_S) {
      // the stop itself: the frame between the two slowest neighbouring steps
      let best = j + 1
      for (let k = j + 1; k < end; k++) if (step[k - 1] + step[k] < step[best - 1] + step[best]) best = k
      if (best < end || end < step.length) cuts.push(a + Math.min(best, end))
    }
    j = end
  }
  return cuts
}

/**
 * Frame indices strictly inside (a, b) where the span's motion changes phase, sorted, each phase at
 * least PHASE_MIN_S long. Empty for a span that moves in one steady piece.
 */
export const phaseCuts = (frames: readonly ShotFrame[], a: number, b: number, fps: number): number[] => {
  if (b - a < 3) return []
  const minGap = Math.max(1, Math.round(PHASE_MIN_S * fps))
  const candidates = [...reversalCuts(frames, a, b, fps), ...stopCuts(frames, a, b, fps)].sort((x, y) => x - y)
  const cuts: number[] = []
  for (const c of candidates) {
    if (c - a < minGap || b - c < minGap) continue
    if (cuts.length > 0 && c - cuts[cuts.length - 1] < minGap) continue
    cuts.push(c)
  }
  return cuts
}
