/**
 * The lens camera: a three.js PerspectiveCamera driven by an evaluated frame exactly as the studio's
 * lens view drives it (pose, vertical field of view from the shot's gate, the shot's aspect). No
 * allocation per frame.
 */
import { PerspectiveCamera, type Object3D } from 'three'
import { aspectValue, fieldOfViewDeg, gateSize } from '../core/camera/lens'
import type { ShotFrame } from '../timeline/evaluate'
import type { Shot } from '../timeline/model'
import { LENS_FAR_M, LENS_NEAR_M } from './palette'

export interface ShotOptics {
  /** Width over height of the shot's frame. */
  readonly aspect: number
  readonly gateWidthMm: number
  readonly gateHeightMm: number
}

const opticsCache = new WeakMap<Shot, ShotOptics>()

/** The shot's aspect and gate (the largest rectangle of its aspect on its sensor), cached per shot object. */
export const shotOptics = (shot: Shot): ShotOptics => {
  let o = opticsCache.get(shot)
  if (!o) {
    const aspect = aspectValue(shot.aspect)
    const gate = gateSize(shot.lens.sensorWidthMm, shot.lens.sensorHeightMm, aspect)
    o = { aspect, gateWidthMm: gate.widthMm, gateHeightMm: gate.heightMm }
    opticsCache.set(shot, o)
  }
  return o
}

/** Vertical angle of view of the shot's gate at a focal length, degrees. */
export const verticalFovDeg = (shot: Shot, focalLengthMm: number): number => fieldOfViewDeg(shotOptics(shot).gateHeightMm, focalLengthMm)

/** Place an object at the frame's camera position and orientation. */
export const applyFramePose = (object: Object3D, frame: ShotFrame): void => {
  const p = frame.position
  const q = frame.quaternion
  object.position.set(p[0], p[1], p[2])
  object.quaternion.set(q[0], q[1], q[2], q[3])
}

/** Drive a three.js camera from an evaluated frame: pose, vertical fov from the gate, the shot's aspect. */
export const applyFrameToCamera = (camera: PerspectiveCamera, frame: ShotFrame, shot: Shot): void => {
  applyFramePose(camera, frame)
  const fov = verticalFovDeg(shot, frame.focalLengthMm)
  const aspect = shotOptics(shot).aspect
  if (camera.fov !== fov || camera.aspect !== aspect) {
    camera.fov = fov
    camera.aspect = aspect
    camera.updateProjectionMatrix()
  }
  camera.updateMatrixWorld()
}

/** A new lens camera (layer 0 only, the lens view's clip planes). Drive it with `applyFrameToCamera`. */
export const createLensCamera = (): PerspectiveCamera => new PerspectiveCamera(40, 16 / 9, LENS_NEAR_M, LENS_FAR_M)
