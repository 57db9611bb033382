/**
 * The document model: a project holds shots laid end to end; a shot holds its starting framing,
 * lens, subject, prompt (what it is of, in words) and tracks of move clips. Plain immutable data; edit it only through `ops.ts`.
 */
import type { AspectRatio, SensorId } from '../core/camera/lens'
import type { CameraPose } from '../core/camera/pose'
import type { Easing } from '../core/math/easing'
import type { Vec3 } from '../core/math/vec3'
import type { Meters, Millimeters, Seconds } from '../core/units'
import type { CustomPresetDefinition } from './customPreset'
import type { ReferenceImage, ScratchTrack } from './media'
import type { ParamValues } from './params'
import type { ShotPrompt } from './prompt'
import type { SubjectSpec } from './subject'

export interface LensSetup {
  readonly focalLengthMm: Millimeters
  readonly sensorId: SensorId
  readonly sensorWidthMm: Millimeters
  readonly sensorHeightMm: Millimeters
  /** Focus distance at the start; null means focus follows the subject. */
  readonly focusDistanceM: Meters | null
  readonly fStop: number
}

/** A move placed on a track: a preset (by stable id and version) with its parameters. */
export interface Clip {
  readonly id: string
  readonly presetId: string
  readonly presetVersion: number
  readonly startS: Seconds
  readonly durationS: Seconds
  readonly params: ParamValues
  readonly easing: Easing
}

export interface Track {
  readonly id: string
  readonly clips: readonly Clip[]
}

export interface Shot {
  readonly id: string
  readonly name: string
  readonly durationS: Seconds
  readonly fps: number
  readonly aspect: AspectRatio
  /** The starting framing: the camera pose at t = 0, before any move. */
  readonly start: CameraPose
  readonly lens: LensSetup
  readonly subject: SubjectSpec
  /** What the shot is of, in words (merged into prompts); not the figure above. */
  readonly prompt: ShotPrompt
  readonly tracks: readonly Track[]
  /** The storyboard's notes for this shot (schema 4); absent when there are none. */
  readonly notes?: string
  /** The shot's own picture (schema 4): its start frame for routes that take one; absent when none. */
  readonly referenceImage?: ReferenceImage
}

export type SetPieceKind = 'box' | 'column' | 'tree' | 'wall'

export interface SetPiece {
  readonly id: string
  readonly kind: SetPieceKind
  readonly label: string
  readonly position: Vec3
  /** Width, height, depth in metres. */
  readonly size: Vec3
  readonly color: string
}

export interface Scene {
  readonly setPieces: readonly SetPiece[]
}

export interface Project {
  readonly id: string
  readonly name: string
  /** Default frame rate for new shots. */
  readonly fps: number
  readonly scene: Scene
  readonly shots: readonly Shot[]
  /** The custom presets this project carries (schema 3): every one its clips use, so it opens anywhere. */
  readonly customPresets: readonly CustomPresetDefinition[]
  /** The animatic's scratch audio track (schema 4); absent when none. */
  readonly scratchTrack?: ScratchTrack
}

export const SHOT_FPS_CHOICES = [23.976, 24, 25, 30, 48, 50, 60] as const
export const MIN_CLIP_DURATION_S = 0.05
export const MAX_SHOT_DURATION_S = 600
