/** Pinhole intrinsics from a lens and gate, or from a horizontal field of view, and rescaling. */
import type { Degrees, Millimeters } from '../core/units'
import { DEG_TO_RAD } from '../core/units'
import type { Intrinsics } from './types'

/** Focal length in pixels from the lens and the gate width (the image area of the sensor, CONTRACTS section 2). */
export const intrinsicsFromLens = (focalLengthMm: Millimeters, gateWidthMm: Millimeters, widthPx: number, heightPx: number): Intrinsics => {
  if (!(focalLengthMm > 0) || !(gateWidthMm > 0)) throw new Error('The focal length and the gate width must be positive millimetres.')
  return { widthPx, heightPx, focalPx: (focalLengthMm / gateWidthMm) * widthPx }
}

/** Focal length in pixels from a full horizontal field of view. */
export const intrinsicsFromHfov = (hfovDeg: Degrees, widthPx: number, heightPx: number): Intrinsics => {
  if (!(hfovDeg > 0 && hfovDeg < 180)) throw new Error('The horizontal field of view must be between 0 and 180 degrees.')
  return { widthPx, heightPx, focalPx: widthPx / 2 / Math.tan((hfovDeg * DEG_TO_RAD) / 2) }
}

/** The same camera seen at another image width (the aspect is kept; pixels stay square). */
export const rescaleIntrinsics = (k: Intrinsics, widthPx: number, heightPx: number): Intrinsics => ({
  widthPx,
  heightPx,
  focalPx: (k.focalPx * widthPx) / k.widthPx,
})

/** The calibration matrix K (row-major), principal point at the image centre in integer-centred pixels. */
export const calibrationMatrix = (k: Intrinsics): number[] => [k.focalPx, 0, (k.widthPx - 1) / 2, 0, k.focalPx, (k.heightPx - 1) / 2, 0, 0, 1]
