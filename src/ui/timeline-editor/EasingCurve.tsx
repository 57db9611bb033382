/** A mini plot of a clip's easing curve (progress over time). */
import { memo } from 'react'
import { evaluateEasing, type Easing } from '../../core/math/easing'

const SAMPLES = 16

export const easingPath = (easing: Easing): string =>
  Array.from({ length: SAMPLES + 1 }, (_, i) => {
    const u = i / SAMPLES
    return `${i === 0 ? 'M' : 'L'}${(u * 20).toFixed(2)} ${(12 - evaluateEasing(easing, u) * 10).toFixed(2)}`
  }).join('')

export const EasingCurve = memo(function EasingCurve({ easing, color }: { easing: Easing; color: string }) {
  return (
    <svg viewBox="0 0 20 14" className="h-3 w-5 shrink-0 overflow-visible" aria-hidden="true" data-testid="timeline.clip-easing">
      <path d="M0 12H20" stroke="currentColor" strokeOpacity="0.15" strokeWidth="0.8" />
      <path d={easingPath(easing)} fill="none" stroke={color} strokeWidth="1.4" strokeLinecap="round" />
    </svg>
  )
})
