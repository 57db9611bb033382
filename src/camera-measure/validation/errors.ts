/**
 * How far a measurement is from the designed trajectory, per channel, in terms that cannot flatter
 * it: the worst frame for rotation and zoom, the mean angle for the direction of travel (with the
 * share of the travelling frames the estimator found travelling), and one sign check per channel the
 * design moves.
 */
import type { EstimatorFrameLike } from '../compare/adapters'
import type { CameraDirection, DesignedMotion } from '../compare/types'

/** What a measured frame needs to carry (the estimator's `MeasuredFrame` and the contract's frame both do). */
export type MeasuredFrameLike = Omit<EstimatorFrameLike, 'index'> & {
  /** The estimator's dolly-zoom flag, when the frames carry it. */
  readonly dollyZoom?: boolean
}

export type RotationChannel = 'pan' | 'tilt' | 'roll'
export const ROTATION_CHANNELS: readonly RotationChannel[] = ['pan', 'tilt', 'roll']
export type TravelAxis = 'right' | 'up' | 'forward'
export const TRAVEL_AXES: readonly TravelAxis[] = ['right', 'up', 'forward']

/** A rotation channel moves when its designed end value reaches this (degrees). */
export const MOVING_ROTATION_DEG = 2
/** The zoom moves when its designed end ratio leaves 1 by this share. */
export const MOVING_ZOOM_SHARE = 0.03
/** A travel axis moves when the designed mean component along it, over the travelling frames, reaches this. */
export const MOVING_TRAVEL_COMPONENT = 0.3

export interface SignCheck {
  /** `pan`, `tilt`, `roll`, `zoom`, or a travel axis (`right`, `up`, `forward`). */
  readonly channel: RotationChannel | 'zoom' | TravelAxis
  /** The design's sign (+1 or -1): pan right, tilt up, roll counter-clockwise, zoom in, travel right / up / forward are +1. */
  readonly designed: 1 | -1
  /** The measurement's sign (0 when it reads nothing: no travel found, or exactly 0). */
  readonly measured: 1 | -1 | 0
  readonly ok: boolean
}

export interface ChannelErrors {
  /** Frames compared (the shorter of the two). */
  readonly frames: number
  /** Largest absolute error over the frames, degrees. */
  readonly rotationDeg: Readonly<Record<RotationChannel, number>>
  /** Largest |measured / designed - 1| of the focal ratio over the frames. */
  readonly zoomRelative: number
  /** Designed and measured end values (degrees; focal ratio for zoom). */
  readonly end: Readonly<Record<RotationChannel | 'zoom', { readonly designed: number; readonly measured: number }>>
  /** Null when the design does not travel. */
  readonly travel: {
    /** Frames where the design travels. */
    readonly designedFrames: number
    /** Share of those where the measurement gives a direction of travel (0..1). */
    readonly foundShare: number
    /** Mean angle between the measured and designed directions over the frames where both travel (degrees; NaN when none). */
    readonly meanAngleDeg: number
    /** The largest such angle. */
    readonly maxAngleDeg: number
  } | null
  /** Frames where the measurement shows parallax though the design does not travel. */
  readonly falseTravelFrames: number
  /** Share of the frames flagged as a dolly zoom (0 when the frames carry no flag). */
  readonly dollyZoomShare: number
  /** One per channel the design moves (rotation by 2 degrees, zoom by 3 %, travel axes by a mean component of 0.3). */
  readonly signs: readonly SignCheck[]
}

const sign = (x: number): 1 | -1 | 0 => (x > 0 ? 1 : x < 0 ? -1 : 0)
const RAD_TO_DEG = 180 / Math.PI

/** Angle between two directions, degrees (0..180); the inputs need not be unit. */
export const angleBetweenDeg = (a: readonly number[], b: readonly number[]): number => {
  const cross = [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]]
  const dot = a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
  return Math.atan2(Math.hypot(cross[0], cross[1], cross[2]), dot) * RAD_TO_DEG
}

const rotationOf = (f: MeasuredFrameLike, c: RotationChannel): number => (c === 'pan' ? f.panDeg : c === 'tilt' ? f.tiltDeg : f.rollDeg)

/** The measurement's errors against the design, frame i against frame i. Throws when either has no frames. */
export const channelErrors = (designed: DesignedMotion, measured: readonly MeasuredFrameLike[]): ChannelErrors => {
  const n = Math.min(designed.frames.length, measured.length)
  if (n === 0) throw new Error('There are no frames to compare (the design or the measurement is empty).')
  const d = designed.frames.slice(0, n)
  const m = measured.slice(0, n)
  const rotationDeg = Object.fromEntries(ROTATION_CHANNELS.map((c) => [c, Math.max(...d.map((f, i) => Math.abs(rotationOf(m[i], c) - rotationOf(f, c))))])) as Record<RotationChannel, number>
  const zoomRelative = Math.max(...d.map((f, i) => Math.abs(m[i].zoom / f.zoom - 1)))
  const last = n - 1
  const end = {
    ...(Object.fromEntries(ROTATION_CHANNELS.map((c) => [c, { designed: rotationOf(d[last], c), measured: rotationOf(m[last], c) }])) as Record<RotationChannel, { designed: number; measured: number }>),
    zoom: { designed: d[last].zoom, measured: m[last].zoom },
  }

  const signs: SignCheck[] = []
  const check = (channel: SignCheck['channel'], designedValue: number, measuredValue: number) => {
    const ds = sign(designedValue) as 1 | -1
    const ms = sign(measuredValue)
    signs.push({ channel, designed: ds, measured: ms, ok: ds === ms })
  }
  for (const c of ROTATION_CHANNELS) if (Math.abs(end[c].designed) >= MOVING_ROTATION_DEG) check(c, end[c].designed, end[c].measured)
  if (Math.abs(end.zoom.designed - 1) >= MOVING_ZOOM_SHARE) check('zoom', Math.log(end.zoom.designed), Math.log(end.zoom.measured))

  const travelling = d.map((_, i) => i).filter((i) => d[i].travel !== null)
  const falseTravelFrames = d.filter((f, i) => f.travel === null && m[i].parallax).length
  let travel: ChannelErrors['travel'] = null
  if (travelling.length > 0) {
    const found = travelling.filter((i) => m[i].parallax && m[i].travel !== null)
    const angles = found.map((i) => angleBetweenDeg(m[i].travel as CameraDirection, d[i].travel as CameraDirection))
    travel = {
      designedFrames: travelling.length,
      foundShare: found.length / travelling.length,
      meanAngleDeg: angles.length ? angles.reduce((a, b) => a + b, 0) / angles.length : NaN,
      maxAngleDeg: angles.length ? Math.max(...angles) : NaN,
    }
    TRAVEL_AXES.forEach((axis, a) => {
      const designedMean = travelling.reduce((s, i) => s + (d[i].travel as CameraDirection)[a], 0) / travelling.length
      if (Math.abs(designedMean) < MOVING_TRAVEL_COMPONENT) return
      // the measured mean over the frames where it found travel (0 when it found none)
      const measuredMean = found.length ? found.reduce((s, i) => s + (m[i].travel as CameraDirection)[a], 0) / found.length : 0
      check(axis, designedMean, measuredMean)
    })
  }
  const dollyZoomShare = m.filter((f) => f.dollyZoom === true).length / n
  return { frames: n, rotationDeg, zoomRelative, end, travel, falseTravelFrames, dollyZoomShare, signs }
}
