/**
 * Aspect ratio of a reference image against its shot: whether they agree (within 1%), the words for
 * the difference, the centred rectangle that crops the image to the shot's gate, and which of the
 * shot aspects the image itself has.
 */
import { ASPECT_RATIOS, type AspectRatio, aspectValue } from '../../core/camera/lens'

/** Two aspect ratios agree when they differ by at most this fraction. */
export const ASPECT_TOLERANCE = 0.01

/** Ratios people name by their numbers (besides the shot aspects), for the message. */
const NAMED_RATIOS: readonly string[] = [...ASPECT_RATIOS, '3:2', '2:3', '3:4', '5:4', '4:5', '2:1', '1.85:1', '2.39:1']

const ratioOf = (name: string): number => {
  const [w, h] = name.split(':').map(Number)
  return w / h
}

const agree = (a: number, b: number) => Math.abs(a / b - 1) <= ASPECT_TOLERANCE

/** "4:3 (1.33)" for an image of 1600×1200; "1.43:1" style where no common name fits. */
export const describeAspect = (widthPx: number, heightPx: number): string => {
  const value = widthPx / heightPx
  const named = NAMED_RATIOS.find((n) => agree(ratioOf(n), value))
  const decimals = value.toFixed(2)
  return named && !named.endsWith(':1') ? `${named} (${decimals})` : `${decimals}:1`
}

export type AspectCheck =
  | { readonly ok: true }
  | {
      readonly ok: false
      /** One sentence: "The image is 4:3 (1.33); the shot is 16:9 (1.78)." */
      readonly message: string
      readonly imageAspect: number
      readonly shotAspect: number
    }

/** Whether an image of this size fits the shot's aspect (within ASPECT_TOLERANCE). */
export const checkAspect = (widthPx: number, heightPx: number, shotAspect: AspectRatio): AspectCheck => {
  const imageAspect = widthPx / heightPx
  const shot = aspectValue(shotAspect)
  if (agree(imageAspect, shot)) return { ok: true }
  return {
    ok: false,
    message: `The image is ${describeAspect(widthPx, heightPx)}; the shot is ${shotAspect} (${shot.toFixed(2)}).`,
    imageAspect,
    shotAspect: shot,
  }
}

/** The shot aspect the image has (within ASPECT_TOLERANCE), or null when none does. */
export const matchingShotAspect = (widthPx: number, heightPx: number): AspectRatio | null => {
  const value = widthPx / heightPx
  let best: AspectRatio | null = null
  let bestError = Infinity
  for (const a of ASPECT_RATIOS) {
    const error = Math.abs(aspectValue(a) / value - 1)
    if (error <= ASPECT_TOLERANCE && error < bestError) {
      best = a
      bestError = error
    }
  }
  return best
}

export interface PixelRect {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

/**
 * The largest rectangle of `aspect` (width over height) inside a `widthPx`×`heightPx` image,
 * centred, in whole pixels: what "Crop to the gate" keeps.
 */
export const cropToAspect = (widthPx: number, heightPx: number, aspect: number): PixelRect => {
  if (widthPx / heightPx > aspect) {
    const width = Math.max(1, Math.min(widthPx, Math.round(heightPx * aspect)))
    return { x: Math.floor((widthPx - width) / 2), y: 0, width, height: heightPx }
  }
  const height = Math.max(1, Math.min(heightPx, Math.round(widthPx / aspect)))
  return { x: 0, y: Math.floor((heightPx - height) / 2), width: widthPx, height }
}

/**
 * Where an image of `imageAspect` sits inside a frame of `frameAspect` when shown whole (contain),
 * as fractions of the frame: the lens view's overlay and the director view's card both use it.
 */
export const fitInFrame = (imageAspect: number, frameAspect: number): { readonly x: number; readonly y: number; readonly width: number; readonly height: number } => {
  if (imageAspect >= frameAspect) {
    const height = frameAspect / imageAspect
    return { x: 0, y: (1 - height) / 2, width: 1, height }
  }
  const width = imageAspect / frameAspect
  return { x: (1 - width) / 2, y: 0, width, height: 1 }
}
