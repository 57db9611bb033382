/** The default scene, shot and project every new document starts from (CONTRACTS.md section 2). */
import { poseLookingAt } from '../core/camera/pose'
import type { AspectRatio } from '../core/camera/lens'
import type { Seconds } from '../core/units'
import type { LensSetup, Project, Scene, Shot } from './model'
import { EMPTY_PROMPT } from './prompt'
import { DEFAULT_SUBJECT } from './subject'

export const DEFAULT_FPS = 24
export const DEFAULT_SHOT_DURATION_S: Seconds = 5

export const DEFAULT_LENS: LensSetup = {
  focalLengthMm: 35,
  sensorId: 'full-frame',
  sensorWidthMm: 36,
  sensorHeightMm: 24,
  focusDistanceM: null,
  fStop: 2.8,
}

/** Set pieces at several depths so parallax reads in every move. */
export const DEFAULT_SCENE: Scene = {
  setPieces: [
    { id: 'piece:crate', kind: 'box', label: 'Crate', position: [2.2, 0, 2.0], size: [0.8, 0.8, 0.8], color: '#b7793f' },
    { id: 'piece:column', kind: 'column', label: 'Column', position: [-2.0, 0, -3.0], size: [0.6, 3.2, 0.6], color: '#9aa5b1' },
    { id: 'piece:block', kind: 'box', label: 'Block', position: [3.0, 0, -6.5], size: [1.6, 2.2, 1.6], color: '#5f7fa3' },
    { id: 'piece:tree', kind: 'tree', label: 'Tree', position: [-5.5, 0, -10], size: [2.2, 5.0, 2.2], color: '#4f8a4b' },
    { id: 'piece:wall', kind: 'wall', label: 'Back wall', position: [1.0, 0, -16], size: [14, 4.5, 0.5], color: '#c9b99a' },
    { id: 'piece:tower', kind: 'column', label: 'Tower', position: [9, 0, -24], size: [2.5, 9, 2.5], color: '#8c6d8f' },
  ],
}

/** Where a new shot's camera stands: a three-quarter medium shot of the default subject. */
export const DEFAULT_START = poseLookingAt([1.2, 1.65, 5.5], [0, 1.5, 0])

export const createShot = (id: string, name: string, fps: number = DEFAULT_FPS, aspect: AspectRatio = '16:9'): Shot => ({
  id,
  name,
  durationS: DEFAULT_SHOT_DURATION_S,
  fps,
  aspect,
  start: DEFAULT_START,
  lens: DEFAULT_LENS,
  subject: DEFAULT_SUBJECT,
  prompt: EMPTY_PROMPT,
  tracks: [{ id: `${id}/track:1`, clips: [] }, { id: `${id}/track:2`, clips: [] }],
})

export const createProject = (id = 'project:1', name = 'Untitled project'): Project => ({
  id,
  name,
  fps: DEFAULT_FPS,
  scene: DEFAULT_SCENE,
  shots: [createShot('shot:1', 'Shot 1')],
  customPresets: [],
})
