/**
 * Plain data in and out of the camera-motion estimator. Pixel coordinates put pixel centres on
 * integers: pixel (0, 0) spans [-0.5, 0.5] and the image centre is ((width - 1) / 2, (height - 1) / 2).
 */
import type { Degrees } from '../core/units'

/** One decoded video frame, 8-bit grayscale (luma), row-major, `widthPx * heightPx` bytes. */
export interface GrayFrame {
  readonly widthPx: number
  readonly heightPx: number
  readonly luma: Uint8Array
}

/** A point in pixels (x right, y down). */
export interface Point2 {
  readonly x: number
  readonly y: number
}

/** A 3x3 matrix, row-major, 9 numbers. */
export type Mat3 = readonly number[]

/** Pinhole intrinsics of a frame size: square pixels, principal point at the image centre. */
export interface Intrinsics {
  readonly widthPx: number
  readonly heightPx: number
  readonly focalPx: number
}

/** Rotation and zoom of the camera, relative to a reference frame, in the contract's measure units. */
export interface RotationZoom {
  /** > 0: the camera turned right. */
  readonly panDeg: Degrees
  /** > 0: the camera turned up. */
  readonly tiltDeg: Degrees
  /** As the core and the `roll` preset: > 0 turns the camera counter-clockwise as the operator sees it. */
  readonly rollDeg: Degrees
  /** Focal length over the reference frame's (> 1: zoomed in). */
  readonly zoom: number
}
