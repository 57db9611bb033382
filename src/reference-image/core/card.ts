/**
 * The director view's card: the reference image stood in the world where the starting framing sees
 * it, a plane across the shot camera's view axis at the subject's depth, sized to fill the gate
 * there (width = 2·d·tan(hfov/2) = d·gateWidth/focalLength), the image fitted inside it whole.
 */
import type { Quat } from '../../core/math/quat'
import { rotateVec3 } from '../../core/math/quat'
import type { Vec3 } from '../../core/math/vec3'
import { fitInFrame } from './aspect'

/** The card never stands closer to the lens than this (a subject behind or at the camera). */
export const MIN_CARD_DEPTH_M = 0.5

export interface CardInput {
  /** The shot camera at the start of the shot. */
  readonly position: Vec3
  readonly quaternion: Quat
  readonly focalLengthMm: number
  /** The shot's gate (the part of the sensor its aspect uses). */
  readonly gateWidthMm: number
  readonly gateHeightMm: number
  /** The subject point at the start of the shot. */
  readonly subject: Vec3
  /** The image's width over height. */
  readonly imageAspect: number
}

export interface CardPlacement {
  /** Distance from the lens along its view axis, metres. */
  readonly depthM: number
  /** Centre of the gate's rectangle at that depth (on the view axis). */
  readonly center: Vec3
  /** The card faces the camera: the camera's own orientation. */
  readonly quaternion: Quat
  /** The gate's rectangle at that depth, metres (the frame outline). */
  readonly gateWidthM: number
  readonly gateHeightM: number
  /** The image fitted whole inside the gate: its size and its centre's offset from `center` in the card's own x/y, metres. */
  readonly imageWidthM: number
  readonly imageHeightM: number
  readonly imageOffsetM: readonly [number, number]
}

export const placeCard = (input: CardInput): CardPlacement => {
  const forward = rotateVec3(input.quaternion, [0, 0, -1])
  const to: Vec3 = [input.subject[0] - input.position[0], input.subject[1] - input.position[1], input.subject[2] - input.position[2]]
  const along = to[0] * forward[0] + to[1] * forward[1] + to[2] * forward[2]
  const depthM = Number.isFinite(along) ? Math.max(MIN_CARD_DEPTH_M, along) : MIN_CARD_DEPTH_M
  const center: Vec3 = [input.position[0] + forward[0] * depthM, input.position[1] + forward[1] * depthM, input.position[2] + forward[2] * depthM]
  const gateWidthM = (depthM * input.gateWidthMm) / input.focalLengthMm
  const gateHeightM = (depthM * input.gateHeightMm) / input.focalLengthMm
  const fit = fitInFrame(input.imageAspect, input.gateWidthMm / input.gateHeightMm)
  const imageWidthM = gateWidthM * fit.width
  const imageHeightM = gateHeightM * fit.height
  // fit is centred, so the offset is zero; kept explicit for a future non-centred fit
  const offsetX = (fit.x + fit.width / 2 - 0.5) * gateWidthM
  const offsetY = (0.5 - (fit.y + fit.height / 2)) * gateHeightM
  return { depthM, center, quaternion: input.quaternion, gateWidthM, gateHeightM, imageWidthM, imageHeightM, imageOffsetM: [offsetX, offsetY] }
}
