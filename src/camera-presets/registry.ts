/**
 * The preset library: every preset, in display order, plus lookup by id and an alias table for
 * ids that were renamed (ids are never reused). Adding a preset is one file in presets/ and one line here.
 */
import actionRun from './presets/action-run'
import aerialPullback from './presets/aerial-pullback'
import aerialReveal from './presets/aerial-reveal'
import arc from './presets/arc'
import birdsEye from './presets/birds-eye'
import bulletTime from './presets/bullet-time'
import carChase from './presets/car-chase'
import carGrip from './presets/car-grip'
import craneDown from './presets/crane-down'
import craneOverHead from './presets/crane-over-head'
import craneUp from './presets/crane-up'
import crashZoomIn from './presets/crash-zoom-in'
import crashZoomOut from './presets/crash-zoom-out'
import dollyIn from './presets/dolly-in'
import dollyOut from './presets/dolly-out'
import dollyZoomIn from './presets/dolly-zoom-in'
import dollyZoomOut from './presets/dolly-zoom-out'
import doubleDolly from './presets/double-dolly'
import dutchAngle from './presets/dutch-angle'
import fpvDrone from './presets/fpv-drone'
import handheld from './presets/handheld'
import headTracking from './presets/head-tracking'
import heroCam from './presets/hero-cam'
import incline from './presets/incline'
import jibDown from './presets/jib-down'
import jibUp from './presets/jib-up'
import lazySusan from './presets/lazy-susan'
import levitation from './presets/levitation'
import objectPov from './presets/object-pov'
import orbitFull from './presets/orbit-360'
import orbitLeft from './presets/orbit-left'
import orbitRight from './presets/orbit-right'
import panLeft from './presets/pan-left'
import panRight from './presets/pan-right'
import pedestalDown from './presets/pedestal-down'
import pedestalUp from './presets/pedestal-up'
import pullOut from './presets/pull-out'
import pushIn from './presets/push-in'
import rackFocus from './presets/rack-focus'
import roboArm from './presets/robo-arm'
import roll from './presets/roll'
import rotation3d from './presets/rotation-3d'
import snorricam from './presets/snorricam'
import staticShot from './presets/static'
import superDollyIn from './presets/super-dolly-in'
import superDollyOut from './presets/super-dolly-out'
import throughObjectIn from './presets/through-object-in'
import throughObjectOut from './presets/through-object-out'
import tiltDown from './presets/tilt-down'
import tiltUp from './presets/tilt-up'
import topDown from './presets/top-down'
import tracking from './presets/tracking'
import truckLeft from './presets/truck-left'
import truckRight from './presets/truck-right'
import whipPan from './presets/whip-pan'
import wiggle from './presets/wiggle'
import wormsEye from './presets/worms-eye'
import yoyoZoom from './presets/yoyo-zoom'
import zoomIn from './presets/zoom-in'
import zoomOut from './presets/zoom-out'
import type { CameraPreset, PresetCategory } from './types'
import { PRESET_CATEGORIES } from './types'
import type { MoveRegistry } from '../timeline/moves'

const ALL: readonly CameraPreset[] = [
  actionRun,
  aerialPullback,
  aerialReveal,
  arc,
  birdsEye,
  bulletTime,
  carChase,
  carGrip,
  craneDown,
  craneOverHead,
  craneUp,
  crashZoomIn,
  crashZoomOut,
  dollyIn,
  dollyOut,
  dollyZoomIn,
  dollyZoomOut,
  doubleDolly,
  dutchAngle,
  fpvDrone,
  handheld,
  headTracking,
  heroCam,
  incline,
  jibDown,
  jibUp,
  lazySusan,
  levitation,
  objectPov,
  orbitFull,
  orbitLeft,
  orbitRight,
  panLeft,
  panRight,
  pedestalDown,
  pedestalUp,
  pullOut,
  pushIn,
  rackFocus,
  roboArm,
  roll,
  rotation3d,
  snorricam,
  staticShot,
  superDollyIn,
  superDollyOut,
  throughObjectIn,
  throughObjectOut,
  tiltDown,
  tiltUp,
  topDown,
  tracking,
  truckLeft,
  truckRight,
  whipPan,
  wiggle,
  wormsEye,
  yoyoZoom,
  zoomIn,
  zoomOut,
]

/** Old ids that still open: alias -> current id. */
export const PRESET_ALIASES: Readonly<Record<string, string>> = {
  'dolly-zoom': 'dolly-zoom-in',
  'orbit': 'orbit-left',
  'overhead': 'top-down',
}

const categoryOrder = new Map<string, number>(PRESET_CATEGORIES.map((c, i) => [c.id, i]))

/**
 * Labels in alphabetical order, ignoring case. Not `localeCompare`: its first call builds a collator,
 * tens of milliseconds at startup for labels that are plain English (a test checks the orders agree).
 */
export const compareLabels = (a: string, b: string): number => {
  const x = a.toLowerCase()
  const y = b.toLowerCase()
  return x < y ? -1 : x > y ? 1 : 0
}

/** Every preset, grouped by category in the library's order, then by label. */
export const PRESETS: readonly CameraPreset[] = [...ALL].sort(
  (a, b) => (categoryOrder.get(a.category) ?? 99) - (categoryOrder.get(b.category) ?? 99) || compareLabels(a.label, b.label),
)

const byId = new Map(PRESETS.map((p) => [p.id, p]))

export const getPreset = (id: string): CameraPreset | undefined => byId.get(id) ?? byId.get(PRESET_ALIASES[id] ?? '')

export const presetsInCategory = (category: PresetCategory): CameraPreset[] => PRESETS.filter((p) => p.category === category)

/** Case-insensitive search over label, id, category and keywords. */
export const searchPresets = (query: string, category?: PresetCategory): CameraPreset[] => {
  const q = query.trim().toLowerCase()
  return PRESETS.filter(
    (p) =>
      (!category || p.category === category) &&
      (!q || [p.label, p.id, p.category, p.description, ...(p.keywords ?? [])].some((s) => s.toLowerCase().includes(q))),
  )
}

/** The registry the timeline evaluates clips with. */
export const presetRegistry: MoveRegistry = { get: getPreset }
