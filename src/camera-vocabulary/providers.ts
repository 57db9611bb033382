/**
 * The hosted models' and open models' names (Luma, PixVerse, MiniMax, Kling, Veo, Wan, Runway,
 * Seedance) and what each means here. A name whose meaning the tool does not document carries a
 * note with our reading.
 */
import type { KlingName, LumaName, MinimaxName, PixverseName, RunwayName, SeedanceName, VeoName, WanName } from './names'
import type { Meaning } from './types'

export const LUMA: Readonly<Record<LumaName, Meaning>> = {
  pan_left: { preset: 'pan-left' },
  pan_right: { preset: 'pan-right' },
  tilt_up: { preset: 'tilt-up' },
  tilt_down: { preset: 'tilt-down' },
  truck_left: { preset: 'truck-left' },
  truck_right: { preset: 'truck-right' },
  pedestal_up: { preset: 'pedestal-up' },
  pedestal_down: { preset: 'pedestal-down' },
  push_in: { preset: 'push-in' },
  pull_out: { preset: 'pull-out' },
  zoom_in: { preset: 'zoom-in' },
  zoom_out: { preset: 'zoom-out' },
  dolly_zoom: { preset: 'dolly-zoom-in', also: ['dolly-zoom-out'] },
  orbit_left: { preset: 'orbit-left' },
  orbit_right: { preset: 'orbit-right' },
  crane_up: { preset: 'crane-up' },
  crane_down: { preset: 'crane-down' },
  roll_left: { preset: 'roll', params: { angle: 20 }, note: 'counter-clockwise, at the size Luma is taken to make (calibration)' },
  roll_right: { preset: 'roll', params: { angle: -20 }, note: 'clockwise, at the size Luma is taken to make (calibration)' },
  static: { preset: 'static' },
  handheld: { preset: 'handheld' },
  bolt_cam: { preset: 'robo-arm', note: 'a Bolt, the high-speed motion-control arm: a fast, precise robotic move' },
  aerial_drone: { preset: 'aerial-reveal', also: ['aerial-pullback'] },
  elevator_doors: { preset: 'through-object-in', note: 'read as the camera passing forward through opening doors' },
  tiny_planet: { not: 'look', note: 'a stereographic "little planet" projection' },
  low_angle: { preset: 'worms-eye', also: ['hero-cam'] },
  high_angle: { preset: 'birds-eye' },
  eye_level: { not: 'framing', note: 'the camera at eye height, level' },
  ground_level: { preset: 'worms-eye' },
  overhead: { preset: 'top-down', also: ['birds-eye'] },
  aerial: { preset: 'birds-eye', also: ['aerial-reveal'] },
  over_the_shoulder: { not: 'framing', note: "the camera behind one character's shoulder" },
  pov: { preset: 'object-pov', note: "the camera at a character's or object's place, looking at what it sees" },
  selfie: { preset: 'snorricam', note: 'the subject holds the camera at arm’s length: rigged to the subject, facing it' },
}

export const PIXVERSE: Readonly<Record<PixverseName, Meaning>> = {
  horizontal_left: { preset: 'truck-left' },
  horizontal_right: { preset: 'truck-right' },
  vertical_up: { preset: 'pedestal-up' },
  vertical_down: { preset: 'pedestal-down' },
  zoom_in: { preset: 'zoom-in' },
  zoom_out: { preset: 'zoom-out' },
  crane_up: { preset: 'crane-up' },
  quickly_zoom_in: { preset: 'crash-zoom-in' },
  quickly_zoom_out: { preset: 'crash-zoom-out' },
  smooth_zoom_in: { preset: 'zoom-in', note: 'a slow, eased zoom in' },
  camera_rotation: { preset: 'orbit-left', also: ['orbit-right', 'arc', 'rotation-3d'], note: 'an orbit around the subject; the direction is written in the prompt' },
  robo_arm: { preset: 'robo-arm' },
  super_dolly_out: { preset: 'super-dolly-out', also: ['pull-out', 'dolly-out'] },
  whip_pan: { preset: 'whip-pan' },
  hitchcock: { preset: 'dolly-zoom-in', also: ['dolly-zoom-out'] },
  left_follow: { preset: 'tracking', note: 'read as a follow of a subject moving left' },
  right_follow: { preset: 'tracking', note: 'read as a follow of a subject moving right' },
  pan_left: { preset: 'pan-left' },
  pan_right: { preset: 'pan-right' },
  fix_bg: { preset: 'static', note: 'read as a locked-off camera (the background fixed)' },
  auto_camera: { not: 'auto', note: 'the model chooses its own camera' },
}

export const MINIMAX: Readonly<Record<MinimaxName, Meaning>> = {
  'Truck left': { preset: 'truck-left' },
  'Truck right': { preset: 'truck-right' },
  'Pan left': { preset: 'pan-left' },
  'Pan right': { preset: 'pan-right' },
  'Push in': { preset: 'push-in', also: ['dolly-in'] },
  'Pull out': { preset: 'pull-out', also: ['dolly-out'] },
  'Pedestal up': { preset: 'pedestal-up' },
  'Pedestal down': { preset: 'pedestal-down' },
  'Tilt up': { preset: 'tilt-up' },
  'Tilt down': { preset: 'tilt-down' },
  'Zoom in': { preset: 'zoom-in' },
  'Zoom out': { preset: 'zoom-out' },
  Shake: { preset: 'handheld' },
  'Tracking shot': { preset: 'tracking' },
  'Static shot': { preset: 'static' },
}

export const KLING: Readonly<Record<KlingName, Meaning>> = {
  down_back: { preset: 'pull-out', also: ['pedestal-down', 'crane-down'], note: 'descends while pulling back: a pull out; layer a pedestal down for the descent' },
  forward_up: { preset: 'push-in', also: ['tilt-up', 'hero-cam'], note: 'pushes in and tilts up: a push in; layer a tilt up' },
  right_turn_forward: { preset: 'fpv-drone', params: { speed: 1, turn: -30, climb: 0, bank: 0 }, also: ['push-in', 'pan-right'], note: 'turns right while advancing: a slow, level flight that turns right' },
  left_turn_forward: { preset: 'fpv-drone', params: { speed: 1, turn: 30, climb: 0, bank: 0 }, also: ['push-in', 'pan-left'], note: 'turns left while advancing: a slow, level flight that turns left' },
  horizontal: { preset: 'truck-right', also: ['truck-left'], note: 'the truck axis (positive to the right)' },
  vertical: { preset: 'pedestal-up', also: ['pedestal-down'], note: 'the pedestal axis (positive up)' },
  pan: { preset: 'tilt-up', also: ['tilt-down'], note: "Kling's pan turns about the horizontal axis: a film tilt" },
  tilt: { preset: 'pan-right', also: ['pan-left'], note: "Kling's tilt turns about the vertical axis: a film pan" },
  roll: { preset: 'roll', also: ['dutch-angle'] },
  zoom: { preset: 'zoom-out', also: ['zoom-in'], note: 'the focal length (positive widens the view)' },
}

export const VEO: Readonly<Record<VeoName, Meaning>> = {
  fixed: { preset: 'static' },
  pan_left: { preset: 'pan-left' },
  pan_right: { preset: 'pan-right' },
  tilt_up: { preset: 'tilt-up' },
  tilt_down: { preset: 'tilt-down' },
  truck_left: { preset: 'truck-left' },
  truck_right: { preset: 'truck-right' },
  pedestal_up: { preset: 'pedestal-up' },
  pedestal_down: { preset: 'pedestal-down' },
  push_in: { preset: 'push-in', also: ['dolly-in'] },
  pull_out: { preset: 'pull-out', also: ['dolly-out'] },
}

const WAN_TRAP = "Wan's Pan is a translation"
export const WAN: Readonly<Record<WanName, Meaning>> = {
  Static: { preset: 'static' },
  'Pan Up': { preset: 'pedestal-up', note: `${WAN_TRAP}: a pedestal` },
  'Pan Down': { preset: 'pedestal-down', note: `${WAN_TRAP}: a pedestal` },
  'Pan Left': { preset: 'truck-left', note: `${WAN_TRAP}: a truck` },
  'Pan Right': { preset: 'truck-right', note: `${WAN_TRAP}: a truck` },
  'Zoom In': { preset: 'dolly-in', note: "Wan's Zoom moves the camera: a dolly" },
  'Zoom Out': { preset: 'dolly-out', note: "Wan's Zoom moves the camera: a dolly" },
  'Anti Clockwise (ACW)': { preset: 'roll', params: { angle: 60 }, note: 'a roll (about 59 degrees at speed 1 over 81 frames); the image-space direction is not yet checked' },
  'ClockWise (CW)': { preset: 'roll', params: { angle: -60 }, note: 'a roll (about 59 degrees at speed 1 over 81 frames); the image-space direction is not yet checked' },
  ACW: { preset: 'roll', params: { angle: 60 }, note: "VideoX-Fun's spelling of Anti Clockwise" },
  CW: { preset: 'roll', params: { angle: -60 }, note: "VideoX-Fun's spelling of ClockWise" },
}

export const RUNWAY: Readonly<Record<RunwayName, Meaning>> = {
  Horizontal: { preset: 'truck-right', also: ['truck-left'] },
  Vertical: { preset: 'pedestal-up', also: ['pedestal-down'] },
  Pan: { preset: 'pan-left', also: ['pan-right'] },
  Tilt: { preset: 'tilt-up', also: ['tilt-down'] },
  Roll: { preset: 'roll' },
  Zoom: { preset: 'push-in', also: ['pull-out', 'dolly-in', 'dolly-out'], note: "Runway's Zoom moves the camera closer: a push in" },
  Static: { preset: 'static' },
}

export const SEEDANCE: Readonly<Record<SeedanceName, Meaning>> = {
  camera_fixed: { preset: 'static' },
}
