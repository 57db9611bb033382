/**
 * The canvas's pixel ratio: the device's, capped at 2, while the views are still; 1 (the cheapest
 * that still fills the screen) while they move (playing, orbiting), so motion keeps the frame
 * rate and a still frame is sharp. Antialiasing (fixed when the context is made) is on wherever the
 * device ratio is above 1; at ratio 1 the canvas renders exactly as before (no multisampling), which
 * keeps lens pixels equal to the previs renderer's.
 */

export const MAX_PIXEL_RATIO = 2

/** The ratio for a still view on a screen of `devicePixelRatio`. */
export const stillPixelRatio = (devicePixelRatio: number): number => Math.min(MAX_PIXEL_RATIO, Math.max(1, devicePixelRatio || 1))

/** The ratio while the views move. */
export const movingPixelRatio = (devicePixelRatio: number): number => Math.min(stillPixelRatio(devicePixelRatio), 1)

export const pixelRatioFor = (devicePixelRatio: number, moving: boolean): number =>
  moving ? movingPixelRatio(devicePixelRatio) : stillPixelRatio(devicePixelRatio)

/** Multisampling pays where there are more pixels than CSS pixels; at 1 it stays off. */
export const antialiasFor = (devicePixelRatio: number): boolean => stillPixelRatio(devicePixelRatio) > 1
