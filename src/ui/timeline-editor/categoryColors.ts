/** Muted, distinct colours per preset category for clip blocks (accent amber is kept for selection). */
import { getPreset, type PresetCategory } from '../../camera-presets'

const HUES: Readonly<Record<PresetCategory, string>> = {
  'push-pull': '#60a5fa',
  rotate: '#c084fc',
  lateral: '#4ade80',
  vertical: '#2dd4bf',
  orbit: '#f472b6',
  crane: '#fb923c',
  lens: '#a3e635',
  dynamic: '#f87171',
  drone: '#22d3ee',
  specialty: '#a8a29e',
}
const UNKNOWN = '#737373'

export interface ClipColors {
  /** The category hue: the strip at the clip's left and its easing curve. */
  readonly hue: string
  readonly fill: string
  readonly border: string
}

const rgba = (hex: string, alpha: number): string => {
  const n = parseInt(hex.slice(1), 16)
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`
}

export const categoryHue = (category: PresetCategory | undefined): string => (category ? HUES[category] : UNKNOWN)

export const clipColors = (presetId: string, preset = getPreset(presetId)): ClipColors => {
  const hue = categoryHue(preset?.category)
  return { hue, fill: rgba(hue, 0.2), border: rgba(hue, 0.5) }
}
