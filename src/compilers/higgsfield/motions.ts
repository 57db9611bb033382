/**
 * Higgsfield DoP motions: every documented motion name (providers.md section 6, from third-party
 * catalogs; the API's own list is GET /v1/motions) and the ones we map to, with what each does
 * (a NOMINAL_MOVE key in calibration.ts, at strength 1). The names, and the presets each stands
 * for, come from the vocabulary table (src/camera-vocabulary).
 */
import { HIGGSFIELD_NAMES, type HiggsfieldName, presetsNamed } from '../../camera-vocabulary'
import { type NamedMove, snapsOn, usesPreset } from '../hosted'

/** The documented motion names, grouped as the catalogs group them: the vocabulary table's list. */
export const HIGGSFIELD_MOTION_NAMES = HIGGSFIELD_NAMES

export type HiggsfieldMotionName = HiggsfieldName

interface HiggsfieldMove extends NamedMove {
  readonly name: HiggsfieldMotionName
}

/** A motion, with the presets it stands for from the vocabulary table. */
const motion = (name: HiggsfieldMotionName, move: Omit<HiggsfieldMove, 'name' | 'presets'>): HiggsfieldMove => ({ name, ...move, presets: presetsNamed('higgsfield', name) })

/**
 * The motions the compiler uses. 'Jib Up/Down' are taken as a pedestal (vertical travel, head
 * level) and 'Crane Up/Down' as a crane (rise with a tilt that keeps the subject framed); direction-free
 * motions (360 Orbit, Whip Pan, Bullet Time, Lazy Susan, Dutch Angle, Focus Change) get their
 * direction from the prompt.
 */
export const HIGGSFIELD_MOVES: readonly HiggsfieldMove[] = [
  motion('Pan Left', { nominal: 'pan-left' }),
  motion('Pan Right', { nominal: 'pan-right' }),
  motion('Tilt Up', { nominal: 'tilt-up' }),
  motion('Tilt Down', { nominal: 'tilt-down' }),
  motion('Zoom In', { nominal: 'zoom-in' }),
  motion('Zoom Out', { nominal: 'zoom-out' }),
  motion('Dolly In', { nominal: 'push-in' }),
  motion('Dolly Out', { nominal: 'pull-out' }),
  motion('Dolly Left', { nominal: 'truck-left' }),
  motion('Dolly Right', { nominal: 'truck-right' }),
  motion('Super Dolly In', { nominal: 'super-dolly-in' }),
  motion('Super Dolly Out', { nominal: 'super-dolly-out' }),
  motion('Jib Up', { nominal: 'pedestal-up' }),
  motion('Jib Down', { nominal: 'pedestal-down' }),
  motion('Crane Up', { nominal: 'crane-up' }),
  motion('Crane Down', { nominal: 'crane-down' }),
  motion('Crane Over The Head', { nominal: 'crane-over-head' }),
  motion('Dolly Zoom In', { nominal: 'dolly-zoom' }),
  motion('Dolly Zoom Out', { nominal: 'dolly-zoom-out' }),
  motion('Arc Left', { nominal: 'orbit-left' }),
  motion('Arc Right', { nominal: 'orbit-right' }),
  motion('360 Orbit', { nominal: 'orbit-360', free: 'orbitDeg', when: (a) => Math.abs(a.total.channels.orbitDeg) >= 270 }),
  motion('Bullet Time', { nominal: 'bullet-time', free: 'orbitDeg', when: usesPreset('bullet-time') }),
  motion('Lazy Susan', { nominal: 'lazy-susan', free: 'subjectSpinDeg' }),
  motion('Crash Zoom In', { nominal: 'crash-zoom-in', when: snapsOn('zoomRatio', 'crash-zoom-in') }),
  motion('Crash Zoom Out', { nominal: 'crash-zoom-out', when: snapsOn('zoomRatio', 'crash-zoom-out') }),
  motion('Whip Pan', { nominal: 'whip-pan', free: 'panDeg', when: snapsOn('panDeg', 'whip-pan') }),
  motion('Dutch Angle', { nominal: 'dutch-angle', free: 'rollDeg' }),
  motion('Handheld', { nominal: 'static', shake: true }),
  motion('Focus Change', { nominal: 'focus-change', free: 'focusRatio' }),
  motion('FPV Drone', { nominal: 'fpv-drone', when: usesPreset('fpv-drone') }),
  motion('Aerial Pullback', { nominal: 'aerial-reveal' }),
  motion('Overhead', { nominal: 'overhead' }),
  // motions for the presets of the same name (issue 13): offered only to a design that uses one
  ...(['Robo Arm', '3D Rotation', 'Snorricam', 'Double Dolly', 'Hero Cam', 'Object POV', 'Levitation', 'Incline', 'Through Object In', 'Through Object Out', 'YoYo Zoom'] as const).map((name) =>
    motion(name, { nominal: presetsNamed('higgsfield', name)[0], when: usesPreset(...presetsNamed('higgsfield', name)) }),
  ),
]

/** A motion for a shot that does not move. */
export const STATIC_MOVE: HiggsfieldMove = { name: 'Static', nominal: 'static' }
