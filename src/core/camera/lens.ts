/**
 * Lens and sensor. Field of view is always derived from focal length and the gate, never stored.
 * The gate (the image area) is the largest rectangle of the shot's aspect ratio that fits the sensor,
 * centred on it.
 */
import type { Degrees, Meters, Millimeters } from '../units'
import { RAD_TO_DEG } from '../units'

export interface SensorPreset {
  readonly id: SensorId
  readonly label: string
  readonly widthMm: Millimeters
  readonly heightMm: Millimeters
}

export const SENSOR_PRESETS = [
  { id: 'full-frame', label: 'Full frame (36 x 24 mm)', widthMm: 36, heightMm: 24 },
  { id: 'super-35', label: 'Super 35 (24.89 x 18.66 mm)', widthMm: 24.89, heightMm: 18.66 },
  { id: 'aps-c', label: 'APS-C (23.6 x 15.6 mm)', widthMm: 23.6, heightMm: 15.6 },
  { id: '16mm', label: '16 mm film (10.26 x 7.49 mm)', widthMm: 10.26, heightMm: 7.49 },
  { id: 'two-thirds-inch', label: '2/3" broadcast (9.59 x 5.39 mm)', widthMm: 9.59, heightMm: 5.39 },
] as const

export type SensorId = 'full-frame' | 'super-35' | 'aps-c' | '16mm' | 'two-thirds-inch' | 'custom'

export const sensorPreset = (id: SensorId) => SENSOR_PRESETS.find((s) => s.id === id)

export const ASPECT_RATIOS = ['16:9', '9:16', '1:1', '4:3', '21:9'] as const
export type AspectRatio = (typeof ASPECT_RATIOS)[number]

/** Width over height of an aspect ratio. */
export const aspectValue = (a: AspectRatio): number => {
  const [w, h] = a.split(':').map(Number)
  return w / h
}

/** Output resolution used by exports for each aspect ratio (pixels). */
export const OUTPUT_RESOLUTION: Readonly<Record<AspectRatio, { width: number; height: number }>> = {
  '16:9': { width: 1280, height: 720 },
  '9:16': { width: 720, height: 1280 },
  '1:1': { width: 960, height: 960 },
  '4:3': { width: 960, height: 720 },
  '21:9': { width: 1680, height: 720 },
}

export interface Gate {
  readonly widthMm: Millimeters
  readonly heightMm: Millimeters
}

export const gateSize = (sensorWidthMm: Millimeters, sensorHeightMm: Millimeters, aspect: number): Gate => {
  const sensorAspect = sensorWidthMm / sensorHeightMm
  return aspect >= sensorAspect
    ? { widthMm: sensorWidthMm, heightMm: sensorWidthMm / aspect }
    : { widthMm: sensorHeightMm * aspect, heightMm: sensorHeightMm }
}

/** Full angle of view across a gate dimension, degrees. */
export const fieldOfViewDeg = (gateDimensionMm: Millimeters, focalLengthMm: Millimeters): Degrees =>
  2 * Math.atan(gateDimensionMm / (2 * focalLengthMm)) * RAD_TO_DEG

/** Focal length that gives a full angle of view across a gate dimension. */
export const focalLengthForFov = (gateDimensionMm: Millimeters, fovDeg: Degrees): Millimeters =>
  gateDimensionMm / (2 * Math.tan((fovDeg / RAD_TO_DEG) / 2))

/** Height of the image of an object of height `objectHeightM` at depth `depthM`, as a fraction of the frame height. */
export const imageHeightFraction = (objectHeightM: Meters, depthM: Meters, focalLengthMm: Millimeters, gateHeightMm: Millimeters): number =>
  (objectHeightM * focalLengthMm) / (depthM * gateHeightMm)

/** Hyperfocal distance in metres for a circle of confusion in mm (default 0.03 mm, full frame). */
export const hyperfocalDistanceM = (focalLengthMm: Millimeters, fStop: number, cocMm = 0.03): Meters =>
  (focalLengthMm * focalLengthMm) / (fStop * cocMm) / 1000 + focalLengthMm / 1000

export const FOCAL_LENGTH_RANGE_MM = { min: 4, max: 1200 } as const
export const F_STOPS = [1.2, 1.4, 2, 2.8, 4, 5.6, 8, 11, 16, 22] as const
