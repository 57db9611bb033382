/**
 * The comparison of a measured camera motion against the design: per channel the designed and the
 * measured magnitude and timing, a score 0..1, and verdicts in plain words with numbers.
 *
 * Rotation and zoom channels compare end values and the time at which half the motion is done.
 * Travel channels (dolly, truck, pedestal, orbit) compare direction and presence only: a video
 * gives the direction of travel, never its scale.
 */
import type { ChannelName, ChannelScore, DesignedMotion, Finding, FindingKind, MeasuredMotion, MotionComparison, MotionFrame } from './types'

/** A rotation channel moves when its end value reaches this many degrees. */
export const ROTATION_THRESHOLD_DEG = 2
/** Zoom moves when the focal ratio leaves 1 by this share (3 %). */
export const ZOOM_THRESHOLD = 0.03
/** A travel channel of the design moves when it covers this many metres. */
export const TRAVEL_THRESHOLD_M = 0.1
/** The take travels noticeably when this share of its frames show parallax ... */
export const PARALLAX_SHARE_THRESHOLD = 0.15
/** ... with this mean signed component along the channel's axis. */
export const TRAVEL_COMPONENT_THRESHOLD = 0.5
/** Half-times within this many seconds (or 5 % of the shot, if longer) are "on time". */
export const ON_TIME_S = 0.25
/** Degrees of drift (or 10 % of zoom) that take a drifting channel's score to 0. */
const DRIFT_SCALE_DEG = 10
const DRIFT_SCALE_ZOOM = 0.1

type RotationChannel = 'pan' | 'tilt' | 'roll'
const ROTATION_FIELD: Record<RotationChannel, 'panDeg' | 'tiltDeg' | 'rollDeg'> = { pan: 'panDeg', tilt: 'tiltDeg', roll: 'rollDeg' }
const DIRECTION_WORDS: Record<RotationChannel, readonly [string, string]> = { pan: ['right', 'left'], tilt: ['up', 'down'], roll: ['counter-clockwise', 'clockwise'] }
const TURN_VERB: Record<RotationChannel, string> = { pan: 'turns', tilt: 'tilts', roll: 'rolls' }

const clamp01 = (x: number): number => Math.max(0, Math.min(1, x))
const last = <T>(xs: readonly T[]): T => xs[xs.length - 1]
const fmt = (x: number, digits = 0): string => {
  const s = Math.abs(x).toFixed(digits)
  return Number(s) === 0 ? (0).toFixed(digits) : s
}
const fmtZoom = (z: number): string => `${z.toFixed(2)}x`

/** Time at which `value` first reaches half its end value (linear between frames); null when it never moves. */
export const halfTime = (frames: readonly MotionFrame[], value: (f: MotionFrame) => number): number | null => {
  const v0 = value(frames[0])
  const half = (value(last(frames)) - v0) / 2
  if (half === 0) return null
  for (let i = 1; i < frames.length; i++) {
    const a = (value(frames[i - 1]) - v0) / half
    const b = (value(frames[i]) - v0) / half
    if (b >= 1) return a >= 1 || b === a ? frames[i].t : frames[i - 1].t + ((1 - a) / (b - a)) * (frames[i].t - frames[i - 1].t)
  }
  return last(frames).t
}

const durationOf = (m: MeasuredMotion): number => Math.max(last(m.frames).t, 1e-9)

/** Magnitude score of a measured end value against a designed one of the same sign (ratio r). */
const magnitudeScore = (r: number): number => clamp01(1 - 1.5 * Math.abs(1 - r))

/** Timing score: 1 within the on-time tolerance, falling to 0 at half the shot late or early. */
const timingScore = (dtS: number, durationS: number, toleranceS: number): number =>
  clamp01(1 - Math.max(0, Math.abs(dtS) - toleranceS) / (0.5 * durationS))

interface Rated {
  readonly score: ChannelScore
  readonly finding: Finding
}

/** A rotation- or zoom-like channel: end values with a sign, a threshold, and half-times. */
interface ScalarChannel {
  readonly channel: ChannelName
  readonly unit: 'deg' | 'x'
  readonly designed: number
  readonly measured: number
  /** Signed amount moved (deg, or ln of the focal ratio). */
  readonly designedAmount: number
  readonly measuredAmount: number
  readonly threshold: number
  readonly driftScale: number
  readonly designedHalfS: number | null
  readonly measuredHalfS: number | null
  readonly words: {
    /** "38 of 45 degrees" */
    readonly ofDesign: () => string
    /** "40 degrees left where the design turns 45 right" */
    readonly reversed: () => string
    /** "3 degrees to the right" */
    readonly drift: () => string
    readonly missing: () => string
  }
}

const rateScalar = (c: ScalarChannel, durationS: number, wholeShotStatic: boolean): Rated | null => {
  const designedMoves = Math.abs(c.designedAmount) >= c.threshold
  const measuredMoves = Math.abs(c.measuredAmount) >= c.threshold
  const base = { channel: c.channel, unit: c.unit, designed: c.designed, measured: c.measured }
  if (!designedMoves && !measuredMoves) return null
  if (!designedMoves) {
    const score = clamp01(1 - Math.abs(c.measuredAmount) / c.driftScale)
    const verdict = wholeShotStatic ? `static shot drifts ${c.words.drift()}` : `${c.channel} drifts ${c.words.drift()} where the design holds it`
    return { score: { ...base, score }, finding: { channel: c.channel, kinds: ['drift'], verdict } }
  }
  if (!measuredMoves) return { score: { ...base, score: 0 }, finding: { channel: c.channel, kinds: ['missing'], verdict: `${c.channel} missing: ${c.words.missing()}` } }
  if (Math.sign(c.measuredAmount) !== Math.sign(c.designedAmount))
    return { score: { ...base, score: 0 }, finding: { channel: c.channel, kinds: ['reversed'], verdict: `${c.channel} reversed: ${c.words.reversed()}` } }
  const r = c.measuredAmount / c.designedAmount
  const kinds: FindingKind[] = []
  if (r < 0.9) kinds.push('short')
  if (r > 1.1) kinds.push('over')
  const tolerance = Math.max(ON_TIME_S, 0.05 * durationS)
  const dt = c.designedHalfS !== null && c.measuredHalfS !== null ? c.measuredHalfS - c.designedHalfS : 0
  let timing = 'on time'
  if (dt > tolerance) {
    kinds.push('late')
    timing = `${fmt(dt, 1)} s late`
  } else if (dt < -tolerance) {
    kinds.push('early')
    timing = `${fmt(dt, 1)} s early`
  }
  if (kinds.length === 0) kinds.push('ok')
  const score = magnitudeScore(r) * (0.6 + 0.4 * timingScore(dt, durationS, tolerance))
  return { score: { ...base, score }, finding: { channel: c.channel, kinds, verdict: `${c.channel}: ${c.words.ofDesign()}, ${timing}` } }
}

const rotationChannel = (channel: RotationChannel, designed: DesignedMotion, measured: MeasuredMotion): ScalarChannel => {
  const field = ROTATION_FIELD[channel]
  const d = last(designed.frames)[field]
  const m = last(measured.frames)[field]
  const [pos, neg] = DIRECTION_WORDS[channel]
  const dir = (x: number) => (x >= 0 ? pos : neg)
  return {
    channel,
    unit: 'deg',
    designed: d,
    measured: m,
    designedAmount: d,
    measuredAmount: m,
    threshold: ROTATION_THRESHOLD_DEG,
    driftScale: DRIFT_SCALE_DEG,
    designedHalfS: halfTime(designed.frames, (f) => f[field]),
    measuredHalfS: halfTime(measured.frames, (f) => f[field]),
    words: {
      ofDesign: () => `${fmt(m)} of ${fmt(d)} degrees`,
      reversed: () => `${fmt(m)} degrees ${dir(m)} where the design ${TURN_VERB[channel]} ${fmt(d)} ${dir(d)}`,
      drift: () => `${fmt(m)} degrees ${channel === 'pan' ? 'to the ' : ''}${dir(m)}`,
      missing: () => `${fmt(m)} of ${fmt(d)} degrees ${dir(d)}`,
    },
  }
}

const zoomChannel = (designed: DesignedMotion, measured: MeasuredMotion): ScalarChannel => {
  const d = last(designed.frames).zoom
  const m = last(measured.frames).zoom
  const inOut = (z: number) => (z >= 1 ? 'in' : 'out')
  return {
    channel: 'zoom',
    unit: 'x',
    designed: d,
    measured: m,
    designedAmount: Math.log(d),
    measuredAmount: Math.log(m),
    threshold: Math.log(1 + ZOOM_THRESHOLD),
    driftScale: Math.log(1 + DRIFT_SCALE_ZOOM),
    designedHalfS: halfTime(designed.frames, (f) => Math.log(f.zoom)),
    measuredHalfS: halfTime(measured.frames, (f) => Math.log(f.zoom)),
    words: {
      ofDesign: () => `${fmtZoom(m)} of ${fmtZoom(d)}`,
      reversed: () => `${inOut(m)} to ${fmtZoom(m)} where the design zooms ${inOut(d)} to ${fmtZoom(d)}`,
      drift: () => `${inOut(m)} to ${fmtZoom(m)}`,
      missing: () => `${fmtZoom(m)} of ${fmtZoom(d)}`,
    },
  }
}

/** Mean travel direction component over the frames that travel, and the share of frames that travel. */
const travelSummary = (m: MeasuredMotion, axis: 0 | 1 | 2): { share: number; mean: number } => {
  const moving = m.frames.filter((f) => f.parallax && f.travel !== null)
  const share = m.frames.length > 1 ? moving.length / (m.frames.length - 1) : 0
  const mean = moving.length ? moving.reduce((s, f) => s + (f.travel as readonly number[])[axis], 0) / moving.length : 0
  return { share, mean }
}

type TravelChannel = 'dolly' | 'truck' | 'pedestal'
const TRAVEL_AXIS: Record<TravelChannel, 0 | 1 | 2> = { truck: 0, pedestal: 1, dolly: 2 }
const TRAVEL_WORDS: Record<TravelChannel, readonly [string, string]> = { truck: ['right', 'left'], pedestal: ['up', 'down'], dolly: ['forward', 'back'] }

/** Below this share of the mean direction a component of the travel is not named. */
const NAMED_TRAVEL_COMPONENT = 0.3

/** The mean direction of travel over the frames that give one, in words ("forward and left"), largest component first; '' when none does. */
export const travelInWords = (travels: readonly (readonly [number, number, number] | null)[]): string => {
  const found = travels.filter((t): t is readonly [number, number, number] => t !== null)
  if (found.length === 0) return ''
  const mean = [0, 1, 2].map((i) => found.reduce((acc, t) => acc + t[i], 0) / found.length)
  const norm = Math.hypot(mean[0], mean[1], mean[2])
  if (norm === 0) return ''
  return (['dolly', 'truck', 'pedestal'] as const)
    .map((channel) => ({ share: mean[TRAVEL_AXIS[channel]] / norm, word: TRAVEL_WORDS[channel][mean[TRAVEL_AXIS[channel]] >= 0 ? 0 : 1] }))
    .filter((c) => Math.abs(c.share) >= NAMED_TRAVEL_COMPONENT)
    .sort((a, b) => Math.abs(b.share) - Math.abs(a.share))
    .map((c) => c.word)
    .join(' and ')
}

const SCALE_NOTE = 'direction only: a video has no scale'
const NO_SCALE = `(${SCALE_NOTE})`

const rateTravel = (channel: TravelChannel, designed: DesignedMotion, measured: MeasuredMotion): Rated | null => {
  const series = channel === 'dolly' ? designed.dollyM : channel === 'truck' ? designed.truckM : designed.pedestalM
  const designedM = last(series)
  const axis = TRAVEL_AXIS[channel]
  const d = travelSummary(designed, axis)
  const m = travelSummary(measured, axis)
  const [pos, neg] = TRAVEL_WORDS[channel]
  const dir = (x: number) => (x >= 0 ? pos : neg)
  const designedMoves = Math.abs(designedM) >= TRAVEL_THRESHOLD_M
  const measuredMoves = m.share >= PARALLAX_SHARE_THRESHOLD && Math.abs(m.mean) >= TRAVEL_COMPONENT_THRESHOLD
  const base = { channel, unit: 'dir' as const, designed: d.mean, measured: m.mean }
  if (!designedMoves && !measuredMoves) return null
  if (!designedMoves)
    return { score: { ...base, score: 0.5 }, finding: { channel, kinds: ['drift'], verdict: `${channel}: the camera travels ${dir(m.mean)} where the design does not ${NO_SCALE}` } }
  if (m.share < PARALLAX_SHARE_THRESHOLD || Math.abs(m.mean) < 0.2) {
    const zoomEnd = last(measured.frames).zoom
    const designedZoomSteady = Math.abs(Math.log(last(designed.frames).zoom)) < Math.log(1 + ZOOM_THRESHOLD)
    const zoomSameWay = Math.abs(Math.log(zoomEnd)) >= Math.log(1 + ZOOM_THRESHOLD) && Math.sign(Math.log(zoomEnd)) === Math.sign(designedM)
    if (channel === 'dolly' && designedZoomSteady && zoomSameWay && m.share < PARALLAX_SHARE_THRESHOLD)
      return {
        score: { ...base, score: 0 },
        finding: { channel, kinds: ['dolly-as-zoom'], verdict: `the dolly came back as a zoom: the background did not move against the subject (zoom ${fmtZoom(zoomEnd)} where the design travels ${fmt(designedM, 1)} m ${dir(designedM)} on a steady lens)` },
      }
    return { score: { ...base, score: 0 }, finding: { channel, kinds: ['missing'], verdict: `${channel} missing: the design travels ${fmt(designedM, 1)} m ${dir(designedM)}, the take does not ${NO_SCALE}` } }
  }
  if (Math.sign(m.mean) !== Math.sign(designedM))
    return { score: { ...base, score: 0 }, finding: { channel, kinds: ['reversed'], verdict: `${channel} reversed: the camera travels ${dir(m.mean)} where the design travels ${fmt(designedM, 1)} m ${dir(designedM)} ${NO_SCALE}` } }
  // presence (how much of the designed travel shows parallax) and how cleanly it follows the axis
  const presence = clamp01(m.share / Math.max(d.share, 1e-9))
  const cleanness = clamp01(Math.abs(m.mean) / Math.max(Math.abs(d.mean), 1e-9))
  const score = clamp01(0.5 * presence + 0.5 * cleanness)
  const kinds: FindingKind[] = score >= 0.9 ? ['ok'] : ['short']
  return { score: { ...base, score }, finding: { channel, kinds, verdict: `${channel}: ${dir(m.mean)} as designed (${fmt(designedM, 1)} m designed; ${SCALE_NOTE})` } }
}

const rateOrbit = (designed: DesignedMotion, measured: MeasuredMotion): Rated | null => {
  const designedDeg = last(designed.orbitDeg)
  if (Math.abs(designedDeg) < ROTATION_THRESHOLD_DEG) return null
  const d = travelSummary(designed, 0)
  const m = travelSummary(measured, 0)
  // orbit left (> 0) travels the camera to its left: a negative right component
  const designedSide = -d.mean
  const measuredSide = -m.mean
  const side = (x: number) => (x >= 0 ? 'left' : 'right')
  const panEnd = last(measured.frames).panDeg
  const base = { channel: 'orbit' as const, unit: 'dir' as const, designed: designedSide, measured: measuredSide }
  if (m.share < PARALLAX_SHARE_THRESHOLD)
    return { score: { ...base, score: 0 }, finding: { channel: 'orbit', kinds: ['orbit-as-pan'], verdict: `the orbit came back as a turn on the spot: the background did not move against the subject (design: ${fmt(designedDeg)} degrees ${side(designedDeg)} around the subject)` } }
  if (Math.abs(measuredSide) >= 0.2 && Math.sign(measuredSide) !== Math.sign(designedSide))
    return { score: { ...base, score: 0 }, finding: { channel: 'orbit', kinds: ['reversed'], verdict: `orbit direction reversed: the camera travels ${side(measuredSide)} around the subject where the design orbits ${fmt(designedDeg)} degrees ${side(designedDeg)}` } }
  if (Math.abs(panEnd) < Math.max(ROTATION_THRESHOLD_DEG, 0.25 * Math.abs(designedDeg)))
    return { score: { ...base, score: 0.2 }, finding: { channel: 'orbit', kinds: ['orbit-as-truck'], verdict: `the orbit came back as a truck: the camera travelled ${side(measuredSide)} but turned only ${fmt(panEnd)} of ${fmt(designedDeg)} degrees to keep the subject` } }
  const presence = clamp01(m.share / Math.max(d.share, 1e-9))
  const score = clamp01(presence)
  return { score: { ...base, score }, finding: { channel: 'orbit', kinds: score >= 0.9 ? ['ok'] : ['short'], verdict: `orbit: ${side(measuredSide)} around the subject as designed (${fmt(designedDeg)} degrees designed; ${SCALE_NOTE})` } }
}

/** Compare a measurement with the design of the same shot (frames on the same time base, from t = 0). */
export const compareMotion = (designed: DesignedMotion, measured: MeasuredMotion): MotionComparison => {
  if (designed.frames.length === 0 || measured.frames.length === 0) throw new Error('Cannot compare: the design or the measurement has no frames.')
  const durationS = Math.max(durationOf(designed), durationOf(measured))
  const orbits = Math.abs(last(designed.orbitDeg)) >= ROTATION_THRESHOLD_DEG
  const designMoves =
    (['pan', 'tilt', 'roll'] as const).some((c) => Math.abs(last(designed.frames)[ROTATION_FIELD[c]]) >= ROTATION_THRESHOLD_DEG) ||
    Math.abs(Math.log(last(designed.frames).zoom)) >= Math.log(1 + ZOOM_THRESHOLD) ||
    [designed.dollyM, designed.truckM, designed.pedestalM].some((s) => Math.abs(last(s)) >= TRAVEL_THRESHOLD_M)
  const rated: Rated[] = []
  const push = (r: Rated | null) => {
    if (r) rated.push(r)
  }
  for (const c of ['pan', 'tilt', 'roll'] as const) push(rateScalar(rotationChannel(c, designed, measured), durationS, !designMoves))
  const zoom = rateScalar(zoomChannel(designed, measured), durationS, !designMoves)
  if (orbits) push(rateOrbit(designed, measured))
  else for (const c of ['dolly', 'truck', 'pedestal'] as const) push(rateTravel(c, designed, measured))
  // a zoom that stands in for a designed dolly is said once, by the dolly's verdict
  const dollyAsZoom = rated.some((r) => r.finding.kinds.includes('dolly-as-zoom'))
  if (zoom) rated.push(dollyAsZoom ? { ...zoom, finding: { ...zoom.finding, verdict: '' } } : zoom)
  const order = (c: ChannelName) => ['pan', 'tilt', 'roll', 'zoom', 'dolly', 'truck', 'pedestal', 'orbit'].indexOf(c)
  rated.sort((a, b) => order(a.score.channel) - order(b.score.channel))
  const channels = rated.map((r) => r.score)
  const findings = rated.map((r) => r.finding).filter((f) => f.verdict !== '')
  const score = channels.length ? channels.reduce((s, c) => s + c.score, 0) / channels.length : 1
  return { score, channels, verdicts: findings.map((f) => f.verdict), findings }
}
