import { SLIDER_STEPS, positionToValue, valueToPosition, type SliderScale } from './sliderScale'
import { cx } from './styles'

export interface SliderProps {
  readonly value: number
  readonly min: number
  readonly max: number
  /** Values snap to this step. */
  readonly step?: number
  readonly scale?: SliderScale
  /** Called continuously while dragging and on each arrow key. */
  readonly onChange: (value: number) => void
  /** A pointer drag begins (start an undo gesture here). */
  readonly onGestureStart?: () => void
  /** The pointer is released (commit the gesture here). */
  readonly onGestureEnd?: () => void
  readonly ariaLabel: string
  readonly testId?: string
  readonly disabled?: boolean
  readonly className?: string
}

/**
 * A range slider over a linear or log track. A pointer drag is reported as one gesture
 * (start, changes, end) so the caller can make it a single undo step.
 */
export function Slider({ value, min, max, step, scale = 'linear', onChange, onGestureStart, onGestureEnd, ariaLabel, testId, disabled, className }: SliderProps) {
  const position = Math.round(valueToPosition(value, min, max, scale) * SLIDER_STEPS)

  const onPointerDown = () => {
    if (disabled) return
    onGestureStart?.()
    const end = () => {
      window.removeEventListener('pointerup', end)
      window.removeEventListener('pointercancel', end)
      onGestureEnd?.()
    }
    window.addEventListener('pointerup', end)
    window.addEventListener('pointercancel', end)
  }

  return (
    <input
      type="range"
      min={0}
      max={SLIDER_STEPS}
      step={1}
      value={position}
      aria-label={ariaLabel}
      aria-valuetext={String(value)}
      data-testid={testId}
      disabled={disabled}
      onPointerDown={onPointerDown}
      onChange={(e) => {
        const next = positionToValue(Number(e.target.value) / SLIDER_STEPS, min, max, scale, step)
        if (next !== value) onChange(next)
      }}
      className={cx('h-4 min-w-0 flex-1 cursor-pointer accent-amber-400 disabled:cursor-default disabled:opacity-40', className)}
    />
  )
}
