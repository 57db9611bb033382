/**
 * Higgsfield DoP motions: every documented motion name (providers.md section 6, from third-party
 * catalogs; the API's own list is GET /v1/motions) and the ones we map to, with what each does
 * (a NOMINAL_MOVE key in calibration.ts, at strength 1).
 */
import { type NamedMove, snapsOn, usesPreset } from '../hosted'

/** The documented motion names, grouped as the catalogs group them. */
export const HIGGSFIELD_MOTION_NAMES = [
  // basic
  'Static', 'Pan Left', 'Pan Right', 'Tilt Up', 'Tilt Down', 'Zoom In', 'Zoom Out', 'Dolly In', 'Dolly Out', 'Dolly Left', 'Dolly Right',
  // crane / vertical
  'Crane Up', 'Crane Down', 'Crane Over The Head', 'Jib Up', 'Jib Down', 'Levitation',
  // advanced dolly
  'Super Dolly In', 'Super Dolly Out', 'Double Dolly', 'Dolly Zoom In', 'Dolly Zoom Out',
  // orbit / rotation
  '360 Orbit', 'Arc Left', 'Arc Right', '3D Rotation', 'Lazy Susan', 'Robo Arm',
  // speed / zoom
  'Rapid Zoom In', 'Rapid Zoom Out', 'Crash Zoom In', 'Crash Zoom Out', 'Whip Pan', 'YoYo Zoom',
  // specialty
  'Bullet Time', 'Snorricam', 'Dutch Angle', 'Hero Cam', 'Object POV', 'Handheld', 'Low Shutter', 'Focus Change', 'Fisheye', 'Wiggle', 'Incline', 'BTS',
  // follow / action
  'FPV Drone', 'Action Run', 'Head Tracking',
  // drone / aerial
  'Aerial Pullback', 'Flying Cam Transition', 'Overhead',
  // vehicle
  'Car Grip', 'Car Chasing', 'Road Rush', 'Buckle Up',
  // face / body
  'Eyes In', 'Mouth In', 'Eating Zoom', 'Glam', 'Face Punch (POV)',
  // time-based
  'Timelapse Glam', 'Timelapse Human', 'Timelapse Landscape', 'Hyperlapse',
  // through-object
  'Through Object In', 'Through Object Out',
] as const

export type HiggsfieldMotionName = (typeof HIGGSFIELD_MOTION_NAMES)[number]

interface HiggsfieldMove extends NamedMove {
  readonly name: HiggsfieldMotionName
}

/**
 * The motions the compiler uses. 'Jib Up/Down' are taken as a pedestal (vertical travel, head
 * level) and 'Crane Up/Down' as a crane (rise with a tilt that keeps the subject framed); direction-free
 * motions (360 Orbit, Whip Pan, Bullet Time, Lazy Susan, Dutch Angle, Focus Change) get their
 * direction from the prompt.
 */
export const HIGGSFIELD_MOVES: readonly HiggsfieldMove[] = [
  { name: 'Pan Left', nominal: 'pan-left', presets: ['pan-left'] },
  { name: 'Pan Right', nominal: 'pan-right', presets: ['pan-right'] },
  { name: 'Tilt Up', nominal: 'tilt-up', presets: ['tilt-up'] },
  { name: 'Tilt Down', nominal: 'tilt-down', presets: ['tilt-down'] },
  { name: 'Zoom In', nominal: 'zoom-in', presets: ['zoom-in'] },
  { name: 'Zoom Out', nominal: 'zoom-out', presets: ['zoom-out'] },
  { name: 'Dolly In', nominal: 'push-in', presets: ['dolly-in', 'push-in'] },
  { name: 'Dolly Out', nominal: 'pull-out', presets: ['dolly-out', 'pull-out'] },
  { name: 'Dolly Left', nominal: 'truck-left', presets: ['truck-left'] },
  { name: 'Dolly Right', nominal: 'truck-right', presets: ['truck-right'] },
  { name: 'Super Dolly In', nominal: 'super-dolly-in' },
  { name: 'Super Dolly Out', nominal: 'super-dolly-out' },
  { name: 'Jib Up', nominal: 'pedestal-up', presets: ['pedestal-up'] },
  { name: 'Jib Down', nominal: 'pedestal-down', presets: ['pedestal-down'] },
  { name: 'Crane Up', nominal: 'crane-up', presets: ['crane-up'] },
  { name: 'Crane Down', nominal: 'crane-down', presets: ['crane-down'] },
  { name: 'Crane Over The Head', nominal: 'crane-over-head', presets: ['crane-over-head'] },
  { name: 'Dolly Zoom In', nominal: 'dolly-zoom', presets: ['dolly-zoom-in'] },
  { name: 'Dolly Zoom Out', nominal: 'dolly-zoom-out', presets: ['dolly-zoom-out'] },
  { name: 'Arc Left', nominal: 'orbit-left', presets: ['orbit-left', 'arc'] },
  { name: 'Arc Right', nominal: 'orbit-right', presets: ['orbit-right', 'arc'] },
  { name: '360 Orbit', nominal: 'orbit-360', presets: ['orbit-360'], free: 'orbitDeg', when: (a) => Math.abs(a.total.channels.orbitDeg) >= 270 },
  { name: 'Bullet Time', nominal: 'bullet-time', presets: ['bullet-time'], free: 'orbitDeg', when: usesPreset('bullet-time') },
  { name: 'Lazy Susan', nominal: 'lazy-susan', presets: ['lazy-susan'], free: 'subjectSpinDeg' },
  { name: 'Crash Zoom In', nominal: 'crash-zoom-in', presets: ['crash-zoom-in'], when: snapsOn('zoomRatio', 'crash-zoom-in') },
  { name: 'Crash Zoom Out', nominal: 'crash-zoom-out', presets: ['crash-zoom-out'], when: snapsOn('zoomRatio', 'crash-zoom-out') },
  { name: 'Whip Pan', nominal: 'whip-pan', presets: ['whip-pan'], free: 'panDeg', when: snapsOn('panDeg', 'whip-pan') },
  { name: 'Dutch Angle', nominal: 'dutch-angle', presets: ['dutch-angle', 'roll'], free: 'rollDeg' },
  { name: 'Handheld', nominal: 'static', presets: ['handheld'], shake: true },
  { name: 'Focus Change', nominal: 'focus-change', presets: ['rack-focus'], free: 'focusRatio' },
  { name: 'FPV Drone', nominal: 'fpv-drone', presets: ['fpv-drone'], when: usesPreset('fpv-drone') },
  { name: 'Aerial Pullback', nominal: 'aerial-reveal', presets: ['aerial-reveal'] },
  { name: 'Overhead', nominal: 'overhead', presets: ['top-down'] },
]

/** A motion for a shot that does not move. */
export const STATIC_MOVE: HiggsfieldMove = { name: 'Static', nominal: 'static' }
