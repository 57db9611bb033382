/**
 * The known moves of the estimator's validation (issue 11): ten one-shot projects, each a preset
 * (or two layered) with parameters that give a clearly measurable motion in a short shot, on the
 * default scene and lens. Their previs renders are what the estimator is scored on.
 */
import { createClip, getPreset } from '../../camera-presets'
import { createProject } from '../../timeline/defaults'
import type { Project } from '../../timeline/model'
import type { ParamValues } from '../../timeline/params'
import { addClip } from '../../timeline/ops'

export type ValidationMoveId = 'pan' | 'tilt' | 'roll' | 'zoom' | 'dolly' | 'truck' | 'pedestal' | 'orbit' | 'dolly-zoom' | 'pan-dolly'

export interface ValidationLayer {
  readonly presetId: string
  readonly params: ParamValues
  /** 0 or 1: the shot's track the clip goes on. */
  readonly track: number
}

export interface ValidationMove {
  readonly id: ValidationMoveId
  /** Short description with the amounts ("pan right 30 degrees"). */
  readonly label: string
  readonly layers: readonly ValidationLayer[]
  /** Channels the estimator does not measure for this move, with why (not bounded, still reported). */
  readonly unmeasured: Partial<Record<'zoom', string>>
}

const one = (presetId: string, params: ParamValues): ValidationLayer[] => [{ presetId, params, track: 0 }]

export const VALIDATION_MOVES: readonly ValidationMove[] = [
  { id: 'pan', label: 'pan left 30°', layers: one('pan-left', { angle: 30 }), unmeasured: {} },
  { id: 'tilt', label: 'tilt up 15°', layers: one('tilt-up', { angle: 15 }), unmeasured: {} },
  { id: 'roll', label: 'roll 20° counter-clockwise', layers: one('roll', { angle: 20 }), unmeasured: {} },
  { id: 'zoom', label: 'zoom in 1.5x', layers: one('zoom-in', { ratio: 1.5 }), unmeasured: {} },
  { id: 'dolly', label: 'dolly in 1.5 m', layers: one('dolly-in', { distance: 1.5 }), unmeasured: {} },
  { id: 'truck', label: 'truck right 1 m', layers: one('truck-right', { distance: 1 }), unmeasured: {} },
  { id: 'pedestal', label: 'pedestal up 0.8 m', layers: one('pedestal-up', { height: 0.8 }), unmeasured: {} },
  { id: 'orbit', label: 'orbit left 40°', layers: one('orbit-left', { angle: 40 }), unmeasured: {} },
  {
    id: 'dolly-zoom',
    label: 'dolly zoom in (half the subject distance)',
    layers: one('dolly-zoom-in', { amount: 0.5 }),
    unmeasured: { zoom: 'the zoom of a dolly zoom is read from the far points, as if they were at infinity: it reads short (the previs wall is 16 m away), so it is reported, not bounded' },
  },
  {
    id: 'pan-dolly',
    label: 'pan right 20° + dolly in 1.5 m (layered)',
    layers: [
      { presetId: 'pan-right', params: { angle: 20 }, track: 0 },
      { presetId: 'dolly-in', params: { distance: 1.5 }, track: 1 },
    ],
    unmeasured: {},
  },
]

/** Every validation shot's length and frame rate (short, so a browser run stays quick). */
export const VALIDATION_DURATION_S = 2
export const VALIDATION_FPS = 24

/** A default project whose one shot lasts `durationS` at `fps` and holds the move's clips over its whole length. */
export const validationProject = (move: ValidationMove, durationS: number = VALIDATION_DURATION_S, fps: number = VALIDATION_FPS): Project => {
  const base = createProject(`project:validation-${move.id}`, `Validation: ${move.label}`)
  const shot = { ...base.shots[0], durationS, fps }
  let project: Project = { ...base, fps, shots: [shot] }
  move.layers.forEach((layer, i) => {
    const preset = getPreset(layer.presetId)
    if (!preset) throw new Error(`The validation move ${move.id} names a preset that does not exist (${layer.presetId}).`)
    project = addClip(project, shot.id, shot.tracks[layer.track].id, createClip(preset, `clip:${i + 1}`, 0, layer.params, durationS))
  })
  return project
}
