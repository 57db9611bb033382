/**
 * The defaults of link format 1, FROZEN. A link leaves out every value equal to these and the decoder
 * puts them back, so they must never change: an old link has to mean tomorrow what it meant when it was
 * made, whatever the app's own defaults become. If the app's defaults drift, links only get longer
 * (a value no longer equal to these is written out); to shrink them again add format 2 with new tables.
 * Values are stored already rounded (see round.ts), as the encoder compares rounded values.
 */

/** Per preset id: [default duration (s), default easing name, default parameters]. */
export type FrozenPreset = readonly [durationS: number, easing: string, params: Readonly<Record<string, number | string>>]

export const PRESET_DEFAULTS_V1: Readonly<Record<string, FrozenPreset>> = {
  'dolly-in': [4, 'ease-in-out', { distance: 1.5 }],
  'dolly-out': [4, 'ease-in-out', { distance: 1.5 }],
  'pull-out': [5, 'ease-in-out-cubic', { amount: 0.6 }],
  'push-in': [5, 'ease-in-out-cubic', { amount: 0.3 }],
  'dutch-angle': [1.5, 'ease-in-out', { angle: 15 }],
  'pan-left': [4, 'ease-in-out', { angle: 45 }],
  'pan-right': [4, 'ease-in-out', { angle: 45 }],
  roll: [3, 'ease-in-out', { angle: 90 }],
  'tilt-down': [3, 'ease-in-out', { angle: 20 }],
  'tilt-up': [3, 'ease-in-out', { angle: 20 }],
  tracking: [5, 'linear', { follow: 1 }],
  'truck-left': [4, 'ease-in-out', { distance: 1.5 }],
  'truck-right': [4, 'ease-in-out', { distance: 1.5 }],
  'pedestal-down': [4, 'ease-in-out', { height: 1 }],
  'pedestal-up': [4, 'ease-in-out', { height: 1 }],
  arc: [4, 'ease-in-out', { angle: 35, direction: 'left', elevation: 10 }],
  'lazy-susan': [8, 'linear', { angle: 360 }],
  'orbit-360': [8, 'linear', { direction: 'left' }],
  'orbit-left': [6, 'ease-in-out', { angle: 90 }],
  'orbit-right': [6, 'ease-in-out', { angle: 90 }],
  'crane-down': [5, 'ease-in-out', { armLength: 4, angle: 30, aim: 'subject' }],
  'crane-over-head': [5, 'ease-in-out', { endElevation: 80 }],
  'crane-up': [5, 'ease-in-out', { armLength: 4, angle: 30, aim: 'subject' }],
  'crash-zoom-in': [0.4, 'ease-out-expo', { ratio: 4 }],
  'crash-zoom-out': [0.4, 'ease-out-expo', { ratio: 4 }],
  'dolly-zoom-in': [4, 'ease-in-out', { amount: 0.5 }],
  'dolly-zoom-out': [4, 'ease-in-out', { amount: 1 }],
  'rack-focus': [2, 'ease-in-out', { focusDistance: 12 }],
  'zoom-in': [3, 'ease-in-out', { ratio: 2 }],
  'zoom-out': [3, 'ease-in-out', { ratio: 2 }],
  handheld: [4, 'linear', { positionAmplitude: 1.5, rotationAmplitude: 0.6, frequency: 1.2, seed: 7 }],
  'whip-pan': [0.35, 'ease-in-out-quart', { angle: 120, direction: 'right' }],
  'aerial-reveal': [8, 'ease-in-out-cubic', { rise: 12, pullBack: 10 }],
  'fpv-drone': [5, 'ease-in-out', { speed: 8, turn: 60, climb: 1, bank: 1 }],
  'top-down': [4, 'ease-in-out', { height: 6 }],
  'bullet-time': [3, 'ease-in-out-cubic', { angle: 180, direction: 'right', timeRate: 0.05 }],
  static: [3, 'linear', {}],
}

export const PROJECT_DEFAULTS_V1 = { name: 'Untitled project', fps: 24 } as const

export const SHOT_DEFAULTS_V1 = { durationS: 5, aspect: '16:9' } as const

/** The default starting framing (timeline/defaults DEFAULT_START, rounded). */
export const START_DEFAULT_V1 = { position: [1.2, 1.65, 5.5], yawDeg: 12.308, pitchDeg: -1.526, rollDeg: 0 } as const

export const LENS_DEFAULTS_V1 = { focalLengthMm: 35, sensorId: 'full-frame', focusDistanceM: null, fStop: 2.8 } as const

/** Sensor sizes by id (mm); a lens on a named sensor with these sizes leaves them out. 'custom' compares with full frame. */
export const SENSOR_SIZES_V1: Readonly<Record<string, readonly [number, number]>> = {
  'full-frame': [36, 24],
  'super-35': [24.89, 18.66],
  'aps-c': [23.6, 15.6],
  '16mm': [10.26, 7.49],
  'two-thirds-inch': [9.59, 5.39],
  custom: [36, 24],
}

export const SUBJECT_DEFAULTS_V1 = { groundPosition: [0, 0, 0], facingDeg: 0, heightM: 1.8, aimHeightM: 1.5, path: { kind: 'still' } } as const

export const PROMPT_DEFAULTS_V1 = { subject: '', negative: '' } as const

/** A shot's tracks when it has none of its own: two empty ones. */
export const TRACK_COUNT_V1 = 2

/** The default scene (timeline/defaults DEFAULT_SCENE): a project with it leaves the scene out. */
export const SCENE_DEFAULT_V1 = {
  setPieces: [
    { id: 'piece:crate', kind: 'box', label: 'Crate', position: [2.2, 0, 2], size: [0.8, 0.8, 0.8], color: '#b7793f' },
    { id: 'piece:column', kind: 'column', label: 'Column', position: [-2, 0, -3], size: [0.6, 3.2, 0.6], color: '#9aa5b1' },
    { id: 'piece:block', kind: 'box', label: 'Block', position: [3, 0, -6.5], size: [1.6, 2.2, 1.6], color: '#5f7fa3' },
    { id: 'piece:tree', kind: 'tree', label: 'Tree', position: [-5.5, 0, -10], size: [2.2, 5, 2.2], color: '#4f8a4b' },
    { id: 'piece:wall', kind: 'wall', label: 'Back wall', position: [1, 0, -16], size: [14, 4.5, 0.5], color: '#c9b99a' },
    { id: 'piece:tower', kind: 'column', label: 'Tower', position: [9, 0, -24], size: [2.5, 9, 2.5], color: '#8c6d8f' },
  ],
} as const

/**
 * Project fields that are empty lists by default from a schema version on: an empty one is left out of
 * a link of that schema version and put back by the decoder. Appending here is safe (an older link
 * simply has the field written out); never remove an entry.
 */
export const LISTS_FROM_SCHEMA_V1: readonly { readonly field: string; readonly fromSchema: number }[] = [{ field: 'customPresets', fromSchema: 3 }]
