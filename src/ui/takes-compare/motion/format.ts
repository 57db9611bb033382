/** Words and numbers of the motion panel, pure. */
import type { ChannelName, ChannelUnit } from '../../../camera-measure/compare/types'

const MINUS = '\u2212'

const signed = (x: number, digits: number): string => {
  const s = Math.abs(x).toFixed(digits)
  if (Number(s) === 0) return (0).toFixed(digits)
  return `${x < 0 ? MINUS : '+'}${s}`
}

/** A channel value in its unit: "+45°", "1.30×", "+0.98" (a direction component). */
export const formatChannelValue = (value: number, unit: ChannelUnit): string => {
  if (!Number.isFinite(value)) return '–'
  switch (unit) {
    case 'deg':
      return `${signed(value, Math.abs(value) < 10 ? 1 : 0)}°`
    case 'x':
      return `${value.toFixed(2)}×`
    case 'm':
      return `${signed(value, 2)} m`
    case 'dir':
      return signed(value, 2)
  }
}

/** "62 %" of a 0..1 score (clamped). */
export const percent = (score: number): string => `${Math.round(Math.min(1, Math.max(0, Number.isFinite(score) ? score : 0)) * 100)} %`

/** "Pan", "Dolly" ... */
export const channelTitle = (c: ChannelName): string => c.charAt(0).toUpperCase() + c.slice(1)

/** What the chart of a unit shows, for its tooltip. */
export const unitMeaning = (unit: ChannelUnit): string =>
  unit === 'deg'
    ? 'degrees from the first frame'
    : unit === 'x'
      ? 'focal length over the first frame’s'
      : unit === 'm'
        ? 'metres from the first frame'
        : 'direction of travel along this axis per frame (−1..1; a video has no scale)'

/** A score's colour band. */
export const scoreTone = (score: number): 'good' | 'fair' | 'poor' => (score >= 0.8 ? 'good' : score >= 0.5 ? 'fair' : 'poor')
