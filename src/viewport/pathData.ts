/**
 * Path gizmo data for one shot, computed once per shot object: the camera path sampled at 30 per
 * second, its speed at each sample mapped to colour, per-second ticks, and the frames at clip
 * boundaries (for frustum ghosts). Pure (no three.js), so it is unit-testable.
 */
import { presetRegistry } from '../camera-presets/registry'
import { expandShot } from '../timeline/composite'
import { type ShotFrame, evaluateShot } from '../timeline/evaluate'
import type { Shot } from '../timeline/model'
import type { MoveRegistry } from '../timeline/moves'

export const PATH_SAMPLES_PER_SECOND = 30
/** Below this the colour scale does not stretch further, so a crawl never reads as "fast". */
export const MIN_SPEED_SCALE = 0.5

export interface PathData {
  /** Sample positions, xyz interleaved. */
  readonly positions: Float32Array
  /** Sample colours (linear RGB 0..1), interleaved. */
  readonly colors: Float32Array
  /** Speed at each sample, m/s. */
  readonly speeds: Float32Array
  readonly maxSpeed: number
  /** Speed that maps to the hottest colour. */
  readonly speedScale: number
  /** Camera positions at whole seconds (0, 1, 2 ...), xyz interleaved. */
  readonly ticks: Float32Array
  /** Frames at each clip's start and end (unique times), for frustum ghosts. */
  readonly ghosts: readonly ShotFrame[]
}

/** Speed colour ramp: slow blue, through yellow, to fast red-orange. Shared with the HTML legend. */
export const SPEED_RAMP = ['#3b82f6', '#22d3ee', '#facc15', '#f97316', '#ef4444'] as const

const srgbToLinear = (c: number): number => (c < 0.04045 ? c * 0.0773993808 : Math.pow(c * 0.9478672986 + 0.0521327014, 2.4))

/** The ramp in linear RGB (what three.js expects in vertex colours). */
const RAMP_RGB = SPEED_RAMP.map((hex) => [1, 3, 5].map((i) => srgbToLinear(parseInt(hex.slice(i, i + 2), 16) / 255)))

/** Linear-RGB colour for a speed fraction 0..1, written into `out` at `offset`. */
export const speedColor = (u: number, out: Float32Array, offset: number): void => {
  const x = Math.min(1, Math.max(0, u)) * (RAMP_RGB.length - 1)
  const i = Math.min(RAMP_RGB.length - 2, Math.floor(x))
  const f = x - i
  const a = RAMP_RGB[i]
  const b = RAMP_RGB[i + 1]
  for (let c = 0; c < 3; c++) out[offset + c] = a[c] + (b[c] - a[c]) * f
}

/** Unique clip boundary times within the shot, ascending. */
export const clipBoundaryTimes = (shot: Shot): number[] => {
  const times: number[] = []
  for (const track of shot.tracks)
    for (const clip of track.clips)
      for (const t of [clip.startS, clip.startS + clip.durationS]) {
        const tc = Math.min(shot.durationS, Math.max(0, t))
        if (!times.some((x) => Math.abs(x - tc) < 1e-6)) times.push(tc)
      }
  return times.sort((a, b) => a - b)
}

/** `registry`: the project's (registryFor(project)); default: the built-ins. */
export const computePathData = (shot: Shot, registry: MoveRegistry = presetRegistry): PathData => {
  const n = Math.max(2, Math.ceil(shot.durationS * PATH_SAMPLES_PER_SECOND) + 1)
  const dt = shot.durationS / (n - 1)
  const positions = new Float32Array(n * 3)
  for (let i = 0; i < n; i++) {
    const p = evaluateShot(shot, i * dt, registry).position
    positions.set(p, i * 3)
  }
  const speeds = new Float32Array(n)
  let maxSpeed = 0
  for (let i = 0; i < n; i++) {
    const a = Math.max(0, i - 1)
    const b = Math.min(n - 1, i + 1)
    const d = Math.hypot(positions[b * 3] - positions[a * 3], positions[b * 3 + 1] - positions[a * 3 + 1], positions[b * 3 + 2] - positions[a * 3 + 2])
    const span = (b - a) * dt
    speeds[i] = span > 0 ? d / span : 0
    maxSpeed = Math.max(maxSpeed, speeds[i])
  }
  const speedScale = Math.max(MIN_SPEED_SCALE, maxSpeed)
  const colors = new Float32Array(n * 3)
  for (let i = 0; i < n; i++) speedColor(speeds[i] / speedScale, colors, i * 3)
  const tickCount = Math.floor(shot.durationS + 1e-9) + 1
  const ticks = new Float32Array(tickCount * 3)
  for (let s = 0; s < tickCount; s++) ticks.set(evaluateShot(shot, s, registry).position, s * 3)
  // ghosts at every move boundary, custom presets' parts included
  const ghosts = clipBoundaryTimes(expandShot(shot, registry)).map((t) => evaluateShot(shot, t, registry))
  return { positions, colors, speeds, maxSpeed, speedScale, ticks, ghosts }
}

const remembered = new WeakMap<Shot, { registry: MoveRegistry; data: PathData }>()

/**
 * computePathData, remembered per shot object (and registry): shots are immutable, and undo and
 * redo bring back shot objects already drawn, so they cost no path sampling.
 */
export const pathDataFor = (shot: Shot, registry: MoveRegistry = presetRegistry): PathData => {
  const hit = remembered.get(shot)
  if (hit && hit.registry === registry) return hit.data
  const data = computePathData(shot, registry)
  remembered.set(shot, { registry, data })
  return data
}
