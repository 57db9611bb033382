/**
 * The preset library: every preset, in display order, plus lookup by id and an alias table for
 * ids that were renamed (ids are never reused). Adding a preset is one file in presets/ and one line here.
 */
import aerialReveal from './presets/aerial-reveal'
import arc from './presets/arc'
import bulletTime from './presets/bullet-time'
import craneDown from './presets/crane-down'
import craneOverHead from './presets/crane-over-head'
import craneUp from './presets/crane-up'
import crashZoomIn from './presets/crash-zoom-in'
import crashZoomOut from './presets/crash-zoom-out'
import dollyIn from './presets/dolly-in'
import dollyOut from './presets/dolly-out'
import dollyZoomIn from './presets/dolly-zoom-in'
import dollyZoomOut from './presets/dolly-zoom-out'
import dutchAngle from './presets/dutch-angle'
import fpvDrone from './presets/fpv-drone'
import handheld from './presets/handheld'
import lazySusan from './presets/lazy-susan'
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
import roll from './presets/roll'
import staticShot from './presets/static'
import tiltDown from './presets/tilt-down'
import tiltUp from './presets/tilt-up'
import topDown from './presets/top-down'
import tracking from './presets/tracking'
import truckLeft from './presets/truck-left'
import truckRight from './presets/truck-right'
import whipPan from './presets/whip-pan'
import zoomIn from './presets/zoom-in'
import zoomOut from './presets/zoom-out'
import type { CameraPreset, PresetCategory } from './types'
import { PRESET_CATEGORIES } from './types'
import type { MoveRegistry } from '../timeline/moves'

const ALL: readonly CameraPreset[] = [
  aerialReveal,
  arc,
  bulletTime,
  craneDown,
  craneOverHead,
  craneUp,
  crashZoomIn,
  crashZoomOut,
  dollyIn,
  dollyOut,
  dollyZoomIn,
  dollyZoomOut,
  dutchAngle,
  fpvDrone,
  handheld,
  lazySusan,
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
  roll,
  staticShot,
  tiltDown,
  tiltUp,
  topDown,
  tracking,
  truckLeft,
  truckRight,
  whipPan,
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

/** Every preset, grouped by category in the library's order, then by label. */
export const PRESETS: readonly CameraPreset[] = [...ALL].sort(
  (a, b) => (categoryOrder.get(a.category) ?? 99) - (categoryOrder.get(b.category) ?? 99) || a.label.localeCompare(b.label),
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
