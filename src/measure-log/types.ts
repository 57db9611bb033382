/**
 * What one measured hosted take contributes to the log (`MeasureLogEntry`, saved as a versioned
 * record) and the rows the log sums up to (`MeasureLogRow`).
 *
 * Channels are the measurement's (camera-measure/compare): pan > 0 right, tilt > 0 up, roll as the
 * `roll` preset, zoom as the focal ratio, orbit > 0 when the camera travels to its own left around
 * the subject. Values are signed in that convention; the summary turns them into sizes along each
 * move's own direction.
 */
import type { ChannelName } from '../camera-measure/compare/types'
import type { AmountKind } from './moves'

/** deg: degrees; x: focal ratio; dir: direction only (a video has no scale). */
export type LogUnit = 'deg' | 'x' | 'dir'

export interface LoggedMove {
  readonly key: string
  readonly label: string
  readonly amount: number
  readonly amountKind: AmountKind
}

/** One measured channel of one take against what the payload's moves are calibrated to do. */
export interface LoggedChannel {
  readonly channel: ChannelName
  readonly unit: LogUnit
  /** Keys of the moves whose calibration moves this channel (an orbit also takes a pan's turn: both show as the measured turn). */
  readonly moves: readonly string[]
  /** The size the channel's one move was asked for (Kling units, Higgsfield strength, a count); null when several moves share it. */
  readonly amount: number | null
  readonly amountKind: AmountKind | null
  /** What the calibration table says, signed: degrees, focal ratio, or subject distances for travel (its direction is what a video can check). */
  readonly calibrated: number
  /** The measurement: end degrees (orbit: the measured turn, pan), end focal ratio, or for travel the mean signed component of the travel direction along the axis (-1..1) over the frames that travel. */
  readonly measured: number
  /** Travel and orbit: the share of frames that travel (show parallax); null otherwise. */
  readonly travelShare: number | null
  /** The comparison's score of this channel against the design, when it lists the channel. */
  readonly score: number | null
}

export interface MeasureLogEntry {
  readonly takeId: string
  readonly projectId: string
  readonly shotName: string
  readonly route: string
  readonly target: string
  /** The route's model it went to (the take's setting, else what the payload names); null when neither says. */
  readonly model: string | null
  /** Epoch milliseconds: when the take was made and when it was measured. */
  readonly takeCreatedAt: number
  readonly measuredAt: number
  readonly moves: readonly LoggedMove[]
  readonly channels: readonly LoggedChannel[]
  /** The comparison's overall score against the design (0..1). */
  readonly score: number
}

/** One line of the summary: a route (and model), a move and a channel over every take that asked for it. */
export interface MeasureLogRow {
  readonly route: string
  readonly routeLabel: string
  readonly model: string | null
  readonly move: string
  readonly channel: ChannelName
  readonly unit: LogUnit
  /** How the sizes are normalised: 'per unit' (Kling), 'at strength 1' (Higgsfield), or '' (a fixed-size move). */
  readonly per: '' | 'per unit' | 'at strength 1'
  /** The move's direction in words ("right", "in", "left around the subject"), "either way" when the takes differ. */
  readonly direction: string
  readonly takes: number
  /** Mean measured size along the move's direction (deg or focal ratio); for travel, the mean component along it (-1..1). */
  readonly measuredMean: number
  /** Sample standard deviation of the measured sizes (0 for one take). */
  readonly measuredSpread: number
  /** The calibration table's size along the move's direction (mean over the takes): degrees, focal ratio, or subject distances for travel. */
  readonly calibrated: number
  /** Measured over calibrated (zoom: of the logarithms, the table's own zoom unit); null for travel (direction only). */
  readonly ratio: number | null
  /** Travel: the takes that travel the calibrated way noticeably; null otherwise. */
  readonly agreeing: number | null
  /** "Luma orbit_left: measured 28 degrees on average over 5 takes; the calibration table says 30" */
  readonly sentence: string
}
