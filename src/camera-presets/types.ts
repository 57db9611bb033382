import type { Easing } from '../core/math/easing'
import type { Seconds } from '../core/units'
import type { MoveDefinition } from '../timeline/moves'

export const PRESET_CATEGORIES = [
  { id: 'push-pull', label: 'Push / pull' },
  { id: 'rotate', label: 'Rotate' },
  { id: 'lateral', label: 'Lateral' },
  { id: 'vertical', label: 'Vertical' },
  { id: 'orbit', label: 'Orbit / arc' },
  { id: 'crane', label: 'Crane' },
  { id: 'lens', label: 'Zoom / lens' },
  { id: 'dynamic', label: 'Dynamic / handheld' },
  { id: 'drone', label: 'Drone / FPV' },
  { id: 'specialty', label: 'Specialty' },
] as const

export type PresetCategory = (typeof PRESET_CATEGORIES)[number]['id']

/**
 * A camera preset: declared data (id, version, label, category, description, parameter specs,
 * default timing) plus one pure, deterministic move operator (`apply`, see timeline/moves.ts).
 */
export interface CameraPreset extends MoveDefinition {
  /** Stable forever: stored in documents and links. */
  readonly id: string
  /** Bumped whenever apply() output changes for the same params. */
  readonly version: number
  readonly label: string
  readonly category: PresetCategory
  /** One or two sentences in film language: what the move is and what it does to the image. */
  readonly description: string
  readonly defaultDurationS: Seconds
  readonly defaultEasing: Easing
  /** The move adds organic shake (noise) rather than a designed path: analysis measures it as shake energy. */
  readonly addsShake?: boolean
  /** Search keywords besides the label (other names the move goes by). */
  readonly keywords?: readonly string[]
  /** The move only reads when the subject travels: the library says so and offers a path at this pace. */
  readonly subjectMoves?: SubjectMotionNeed
}

/** What a follow move needs of its subject: a path travelled at about this ground speed. */
export interface SubjectMotionNeed {
  readonly pace: 'walk' | 'run' | 'drive'
  /** The speed of the path the library offers (metres per second over the whole shot). */
  readonly speedMps: number
}

/** Identity helper for type inference: one preset per file is `export default definePreset({...})`. */
export const definePreset = (preset: CameraPreset): CameraPreset => preset
