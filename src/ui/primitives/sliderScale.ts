/**
 * Slider position <-> value mapping. A log scale gives equal travel to equal ratios, which is how
 * focal lengths and distances feel (8 -> 16 mm is as big a change as 150 -> 300 mm).
 */
export type SliderScale = 'linear' | 'log'

/** Resolution of a slider's position track (positions 0..SLIDER_STEPS). */
export const SLIDER_STEPS = 1000

/** Where a value sits along the track, 0..1 (clamped). A log scale needs min > 0. */
export const valueToPosition = (value: number, min: number, max: number, scale: SliderScale = 'linear'): number => {
  if (!(max > min)) return 0
  const u = scale === 'log' && min > 0 ? Math.log(Math.max(value, min) / min) / Math.log(max / min) : (value - min) / (max - min)
  return Math.min(1, Math.max(0, u))
}

/** The value at a track position 0..1, snapped to `step` when given and kept within min..max. */
export const positionToValue = (position: number, min: number, max: number, scale: SliderScale = 'linear', step?: number): number => {
  const u = Math.min(1, Math.max(0, position))
  let v = scale === 'log' && min > 0 ? min * Math.pow(max / min, u) : min + (max - min) * u
  if (step && step > 0) v = Math.round(v / step) * step
  return Math.min(max, Math.max(min, Number(v.toFixed(6))))
}
