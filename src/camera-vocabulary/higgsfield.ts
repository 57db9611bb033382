/**
 * Higgsfield's names and what each means here. Readings of names Higgsfield does not document are
 * ours, from its preview clips as the catalogs describe them (research/providers.md section 6,
 * ux-anchors.md section 1.1), and say so in a note.
 */
import type { HiggsfieldCinemaName, HiggsfieldName } from './names'
import type { Meaning } from './types'

export const HIGGSFIELD: Readonly<Record<HiggsfieldName, Meaning>> = {
  // basic
  Static: { preset: 'static' },
  'Pan Left': { preset: 'pan-left' },
  'Pan Right': { preset: 'pan-right' },
  'Tilt Up': { preset: 'tilt-up' },
  'Tilt Down': { preset: 'tilt-down' },
  'Zoom In': { preset: 'zoom-in' },
  'Zoom Out': { preset: 'zoom-out' },
  'Dolly In': { preset: 'dolly-in', also: ['push-in'] },
  'Dolly Out': { preset: 'dolly-out', also: ['pull-out'] },
  'Dolly Left': { preset: 'truck-left', note: "Higgsfield's sideways dolly: a truck" },
  'Dolly Right': { preset: 'truck-right', note: "Higgsfield's sideways dolly: a truck" },
  // crane / vertical
  'Crane Up': { preset: 'crane-up' },
  'Crane Down': { preset: 'crane-down' },
  'Crane Over The Head': { preset: 'crane-over-head' },
  'Jib Up': { preset: 'jib-up', also: ['pedestal-up'] },
  'Jib Down': { preset: 'jib-down', also: ['pedestal-down'] },
  Levitation: { preset: 'levitation' },
  // advanced dolly
  'Super Dolly In': { preset: 'super-dolly-in' },
  'Super Dolly Out': { preset: 'super-dolly-out' },
  'Double Dolly': { preset: 'double-dolly' },
  'Dolly Zoom In': { preset: 'dolly-zoom-in' },
  'Dolly Zoom Out': { preset: 'dolly-zoom-out' },
  // orbit / rotation
  '360 Orbit': { preset: 'orbit-360' },
  'Arc Left': { preset: 'arc', params: { direction: 'left', angle: 45, elevation: 0 }, also: ['orbit-left'] },
  'Arc Right': { preset: 'arc', params: { direction: 'right', angle: 45, elevation: 0 }, also: ['orbit-right'] },
  '3D Rotation': { preset: 'rotation-3d' },
  'Lazy Susan': { preset: 'lazy-susan' },
  'Robo Arm': { preset: 'robo-arm' },
  // speed / zoom
  'Rapid Zoom In': { preset: 'crash-zoom-in', params: { ratio: 2.5 }, note: 'read as a fast zoom, milder than a crash zoom' },
  'Rapid Zoom Out': { preset: 'crash-zoom-out', params: { ratio: 2.5 }, note: 'read as a fast zoom, milder than a crash zoom' },
  'Crash Zoom In': { preset: 'crash-zoom-in' },
  'Crash Zoom Out': { preset: 'crash-zoom-out' },
  'Whip Pan': { preset: 'whip-pan' },
  'YoYo Zoom': { preset: 'yoyo-zoom' },
  // specialty
  'Bullet Time': { preset: 'bullet-time' },
  Snorricam: { preset: 'snorricam' },
  'Dutch Angle': { preset: 'dutch-angle', also: ['roll'] },
  'Hero Cam': { preset: 'hero-cam' },
  'Object POV': { preset: 'object-pov' },
  Handheld: { preset: 'handheld' },
  'Low Shutter': { not: 'look', note: 'motion blur and smeared light from a slow shutter' },
  'Focus Change': { preset: 'rack-focus' },
  Fisheye: { not: 'look', note: 'an ultra-wide, barrel-distorted lens look' },
  Wiggle: { preset: 'wiggle' },
  Incline: { preset: 'incline' },
  BTS: { not: 'look', note: 'a behind-the-scenes look: crew and gear in frame' },
  // follow / action
  'FPV Drone': { preset: 'fpv-drone' },
  'Action Run': { preset: 'action-run' },
  'Head Tracking': { preset: 'head-tracking' },
  // drone / aerial
  'Aerial Pullback': { preset: 'aerial-pullback', also: ['aerial-reveal'] },
  'Flying Cam Transition': { not: 'transition', note: 'a fly-through that joins two scenes' },
  Overhead: { preset: 'top-down', also: ['birds-eye'] },
  // vehicle
  'Car Grip': { preset: 'car-grip' },
  'Car Chasing': { preset: 'car-chase' },
  'Road Rush': { preset: 'car-chase', note: 'read as a fast follow low over the road' },
  'Buckle Up': { preset: 'car-grip', note: 'read as the camera fixed inside the vehicle, facing the driver' },
  // face / body
  'Eyes In': { preset: 'push-in', params: { amount: 0.8 }, also: ['super-dolly-in'], note: 'read as a push into the eyes, to an extreme close-up (four fifths of the way to the subject)' },
  'Mouth In': { preset: 'through-object-in', note: 'read as a push in through the open mouth (grouped with the through-object moves)' },
  'Eating Zoom': { preset: 'crash-zoom-in', params: { ratio: 3 }, note: 'read as a fast zoom into the mouth as the subject eats' },
  Glam: { not: 'look', note: 'a glossy beauty look: light, slow motion, a gentle drift' },
  'Face Punch (POV)': { not: 'action', note: "a punch thrown at the lens, from the receiver's point of view" },
  // time-based
  'Timelapse Glam': { not: 'time', note: 'time sped up' },
  'Timelapse Human': { not: 'time', note: 'time sped up' },
  'Timelapse Landscape': { not: 'time', note: 'time sped up' },
  Hyperlapse: { not: 'time', note: 'time sped up while the camera travels' },
  // through-object
  'Through Object In': { preset: 'through-object-in' },
  'Through Object Out': { preset: 'through-object-out' },
}

export const HIGGSFIELD_CINEMA: Readonly<Record<HiggsfieldCinemaName, Meaning>> = {
  'Camera Follows': { preset: 'tracking', also: ['head-tracking'] },
  'Orbit Around': { preset: 'orbit-left', also: ['orbit-right'] },
  'Drone Shot': { preset: 'aerial-reveal', also: ['fpv-drone'] },
  '360 Roll': { preset: 'roll', params: { angle: 360 } },
}
