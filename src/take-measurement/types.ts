/**
 * What the studio knows about the camera motion measured in a take (issue 11): the types the
 * measuring service, the takes panel and the Compare view share. Plain data.
 */
import type { DesignedMotion, MeasuredMotion, MotionComparison } from '../camera-measure/compare'

/** A camera pose of the design in world space (three.js conventions: y up, quaternion [x, y, z, w]). */
export interface WorldPose {
  readonly position: readonly [number, number, number]
  readonly quaternion: readonly [number, number, number, number]
}

/** One click from a low score to the next attempt. */
export interface RetryAction {
  readonly id: 'strength' | 'best-route' | 'chain'
  /** Short button text ("Retry with more strength"). */
  readonly label: string
  /** One sentence: what it sends, where, and why. */
  readonly title: string
  /** Why it cannot be used now (the button is shown disabled with this as its title), or absent. */
  readonly unavailable?: string
  readonly run: () => void
}

/** A measured take read against its design: what the takes list and Compare show (built by `view.ts`). */
export interface MeasuredTakeView {
  /** The take's design, sampled on its frame grid: metric travel, orbit angle, and the design's own channels. */
  readonly designed: DesignedMotion
  /** What the take was scored against: the design with its channels as the previs measurement of it reads them (null: the design itself). */
  readonly reference: DesignedMotion | null
  /** The take's measurement, its times stretched to the design's length when the clip's length differs. */
  readonly measured: MeasuredMotion
  readonly comparison: MotionComparison
  /** The design's camera in world space, one pose per frame of `designed`. */
  readonly designPoses: readonly WorldPose[]
  /** How times were mapped, and other facts the reader should know ("the 5.0 s clip is read against the 4.0 s design"). */
  readonly notes: readonly string[]
}

/** The measurement of one take as the studio shows it. */
export type TakeMotionView =
  | { readonly state: 'none'; readonly onMeasure: () => void }
  | { readonly state: 'measuring'; readonly fraction: number; readonly phase: string; readonly onCancel: () => void }
  | { readonly state: 'failed'; readonly error: string; readonly onMeasure: () => void }
  | (MeasuredTakeView & {
      readonly state: 'done'
      /** Next steps offered when the score is low (empty when none apply). */
      readonly actions: readonly RetryAction[]
      readonly onMeasureAgain: () => void
      /** Draws the measured path in the studio's director view beside the shot's own (and closes Compare). */
      readonly onShowPath?: () => void
    })
