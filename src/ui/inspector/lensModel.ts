/** Lens readouts for the inspector, always derived (field of view is never stored). Pure. */
import { F_STOPS, SENSOR_PRESETS, aspectValue, fieldOfViewDeg, gateSize, hyperfocalDistanceM, type AspectRatio } from '../../core/camera/lens'
import type { LensSetup } from '../../timeline'

/** The focal length slider's log track, and the quick-pick focal lengths. */
export const FOCAL_SLIDER_MM = { min: 8, max: 300 } as const
export const FOCAL_CHIPS_MM = [14, 24, 35, 50, 85, 135] as const

const FULL_FRAME_DIAGONAL_MM = Math.hypot(36, 24)

/** Circle of confusion scaled from 0.03 mm on full frame by the sensor diagonal. */
export const circleOfConfusionMm = (sensorWidthMm: number, sensorHeightMm: number): number =>
  (0.03 * Math.hypot(sensorWidthMm, sensorHeightMm)) / FULL_FRAME_DIAGONAL_MM

export interface LensReadout {
  readonly gateWidthMm: number
  readonly gateHeightMm: number
  readonly horizontalFovDeg: number
  readonly verticalFovDeg: number
  readonly hyperfocalM: number
}

/** Gate, horizontal and vertical angle of view for the shot's aspect, and the hyperfocal distance. */
export const lensReadout = (lens: LensSetup, aspect: AspectRatio): LensReadout => {
  const gate = gateSize(lens.sensorWidthMm, lens.sensorHeightMm, aspectValue(aspect))
  return {
    gateWidthMm: gate.widthMm,
    gateHeightMm: gate.heightMm,
    horizontalFovDeg: fieldOfViewDeg(gate.widthMm, lens.focalLengthMm),
    verticalFovDeg: fieldOfViewDeg(gate.heightMm, lens.focalLengthMm),
    hyperfocalM: hyperfocalDistanceM(lens.focalLengthMm, lens.fStop, circleOfConfusionMm(lens.sensorWidthMm, lens.sensorHeightMm)),
  }
}

/** Sensor choices; a custom sensor keeps its own (disabled) entry so the select can show it. */
export const sensorOptions = (lens: LensSetup): { value: string; label: string; disabled?: boolean }[] => {
  const options: { value: string; label: string; disabled?: boolean }[] = SENSOR_PRESETS.map((s) => ({ value: s.id, label: s.label }))
  if (!SENSOR_PRESETS.some((s) => s.id === lens.sensorId))
    options.push({ value: lens.sensorId, label: `Custom (${lens.sensorWidthMm} x ${lens.sensorHeightMm} mm)`, disabled: true })
  return options
}

/** The f-stop scale, plus the lens's own value when it is off the scale. */
export const fStopChoices = (current: number): number[] =>
  (F_STOPS as readonly number[]).includes(current) ? [...F_STOPS] : [...F_STOPS, current].sort((a, b) => a - b)

/** "0.85 m", "14.7 m", "1.2 km". */
export const formatDistance = (m: number): string => {
  if (!Number.isFinite(m)) return '∞'
  if (m >= 1000) return `${Number((m / 1000).toFixed(1))} km`
  return `${Number(m.toFixed(m < 10 ? 2 : 1))} m`
}

/** "54.4°" style angle text with a unit word for screen readers left to the caller. */
export const formatDegrees = (d: number): string => `${d.toFixed(1)}°`
