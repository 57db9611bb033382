/**
 * Lens to image intrinsics for the exact targets, and the compensation for the 16:9 assumption
 * hard-wired into the CameraCtrl-family pose loaders.
 *
 * The image is the gate: the largest rectangle of the shot aspect on the sensor (core/camera/lens.ts).
 * With square pixels, normalized RealEstate10K intrinsics are fx/width = focal / gate width and
 * fy/height = focal / gate height (research/open-models.md section 6.2).
 *
 * The loaders' quirk (open-models.md sections 1.2, 3.1-3.4; read in VideoX-Fun `process_pose_params`):
 * CameraCtrl, VideoX-Fun (Wan Fun Camera, native and ComfyUI), ComfyUI core and kijai's wrapper all
 * assume the pose file was written for a 1280x720 (16:9) frame and "centre-crop" it to the sample
 * size W x H: if W/H < 16/9 they multiply fx by (H * 16/9) / W; otherwise they multiply fy by
 * (W / (16/9)) / H. A plain fx/width written for a 4:3 or 9:16 shot would therefore come out with
 * the wrong horizontal field of view (non-square pixels). We pre-divide by that factor, so after the
 * loader's rescale the consumer gets fx_px = fy_px = focal / gate * image size: the designed field of
 * view, square pixels. For 16:9 shots the values are the plain ones. For an aspect a = W/H and
 * r = 16/9 the written values are
 *   fx_file = focal / gateWidth  * min(1, a / r)
 *   fy_file = focal / gateHeight * min(1, r / a)
 * which depends only on the aspect, so any generation size of the shot's aspect works.
 */
import { type AspectRatio, type Gate, OUTPUT_RESOLUTION, aspectValue, gateSize } from '../../core/camera/lens'
import type { Millimeters, Seconds } from '../../core/units'
import type { ReconstructedFrame } from '../types'
import { reconstructed } from './frames'
import { type Mat34, type ThreePose, cvFromThree, threeFromCv } from './pose'
import type { Shot } from '../../timeline'

/** The pose aspect the loaders assume (their `original_pose_width / original_pose_height` = 1280 / 720). */
export const LOADER_POSE_ASPECT = 1280 / 720

/** The gate (image area on the sensor) of a shot. */
export const shotGate = (shot: Pick<Shot, 'lens' | 'aspect'>): Gate =>
  gateSize(shot.lens.sensorWidthMm, shot.lens.sensorHeightMm, aspectValue(shot.aspect))

/** Output size in pixels of an aspect ratio. */
export const outputSize = (aspect: AspectRatio): { width: number; height: number } => OUTPUT_RESOLUTION[aspect]

/** Plain normalized intrinsics (square pixels, principal point at the centre). */
export const normalizedIntrinsics = (focalLengthMm: Millimeters, gate: Gate) => ({
  fx: focalLengthMm / gate.widthMm,
  fy: focalLengthMm / gate.heightMm,
  cx: 0.5,
  cy: 0.5,
})

/** The factors the 16:9 loaders' rescale is pre-compensated with, for an image aspect W/H. */
export const loaderCompensation = (imageAspect: number): { kx: number; ky: number } => ({
  kx: Math.min(1, imageAspect / LOADER_POSE_ASPECT),
  ky: Math.min(1, LOADER_POSE_ASPECT / imageAspect),
})

/** Normalized intrinsics as written for the 16:9 loaders (see the file comment). */
export const compensatedIntrinsics = (focalLengthMm: Millimeters, gate: Gate) => {
  const plain = normalizedIntrinsics(focalLengthMm, gate)
  const { kx, ky } = loaderCompensation(gate.widthMm / gate.heightMm)
  return { fx: plain.fx * kx, fy: plain.fy * ky, cx: 0.5, cy: 0.5 }
}

/** The focal length a compensated fx/width stands for. */
export const focalFromCompensatedFx = (fxFile: number, gate: Gate): Millimeters =>
  (fxFile / loaderCompensation(gate.widthMm / gate.heightMm).kx) * gate.widthMm

/** What a 16:9 loader turns the written intrinsics into, in pixels, for a sample of W x H (the loaders' code). */
export const loaderPixelIntrinsics = (fx: number, fy: number, cx: number, cy: number, width: number, height: number) => {
  let fxn = fx
  let fyn = fy
  if (LOADER_POSE_ASPECT > width / height) fxn = ((height * LOADER_POSE_ASPECT) * fx) / width
  else fyn = ((width / LOADER_POSE_ASPECT) * fy) / height
  return { fx: fxn * width, fy: fyn * height, cx: cx * width, cy: cy * height }
}

/**
 * The 18 numbers a RealEstate10K-style row carries after its timestamp (also Wan Fun Camera's
 * `camera_conditions` rows): fx/W, fy/H, cx/W, cy/H loader-compensated, 0, 0, then the OpenCV
 * world-to-camera 3x4 row by row.
 */
export const cameraRow = (frame: ThreePose & { readonly focalLengthMm: Millimeters }, gate: Gate): number[] => {
  const k = compensatedIntrinsics(frame.focalLengthMm, gate)
  return [k.fx, k.fy, k.cx, k.cy, 0, 0, ...cvFromThree(frame)]
}

/** The camera an 18-number row (cameraRow's layout, from `offset` in `values`) stands for at time t. */
export const frameFromCameraRow = (t: Seconds, values: readonly number[], gate: Gate, offset = 0): ReconstructedFrame =>
  reconstructed(t, threeFromCv(values.slice(offset + 6, offset + 18) as unknown as Mat34), focalFromCompensatedFx(values[offset], gate))
