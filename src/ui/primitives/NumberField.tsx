import { useState, type KeyboardEvent } from 'react'
import { formatNumber, nudgeValue, parseNumberInput, type NumberLimits } from './numberInput'
import { cx, fieldBase, fieldError, fieldOk } from './styles'

export interface NumberFieldProps extends NumberLimits {
  readonly value: number
  /** Called with a valid, changed value on Enter, blur or an arrow-key nudge. */
  readonly onCommit: (value: number) => void
  /** Arrow keys move by this much (Shift: ten times). Default 1. */
  readonly step?: number
  /** Decimal places shown. Default 3. */
  readonly decimals?: number
  /** A short unit drawn inside the field (m, mm, s, deg). */
  readonly unit?: string
  readonly ariaLabel: string
  readonly testId?: string
  readonly disabled?: boolean
  readonly className?: string
  readonly title?: string
  /** Which edge the error line hangs from (use 'right' for fields at the panel's right edge). */
  readonly errorAlign?: 'left' | 'right'
}

/**
 * A numeric text field. Typing edits a draft; Enter or blur commits it when valid, Escape
 * reverts, invalid text gets a red outline and a one-line reason (shown while focused or
 * hovered) and is never written; it stays until corrected or reverted.
 */
export function NumberField({ value, onCommit, step = 1, decimals = 3, unit, ariaLabel, testId, disabled, className, title, errorAlign = 'left', ...limits }: NumberFieldProps) {
  const [draft, setDraft] = useState<string | null>(null)
  const parsed = draft === null ? null : parseNumberInput(draft, limits, unit)
  const error = parsed && !parsed.ok ? parsed.message : null

  const commit = () => {
    if (!parsed) return
    if (!parsed.ok) return
    setDraft(null)
    if (parsed.value !== value) onCommit(parsed.value)
  }

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault()
      commit()
    } else if (e.key === 'Escape') {
      e.preventDefault()
      e.stopPropagation()
      setDraft(null)
    } else if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      e.preventDefault()
      const base = parsed?.ok ? parsed.value : value
      const next = nudgeValue(base, step, (e.key === 'ArrowUp' ? 1 : -1) * (e.shiftKey ? 10 : 1), limits)
      setDraft(null)
      if (next !== value) onCommit(next)
    }
  }

  return (
    <div className={cx('group relative flex min-w-0 flex-col', className)}>
      <input
        type="text"
        inputMode="decimal"
        spellCheck={false}
        autoComplete="off"
        aria-label={ariaLabel}
        aria-invalid={error ? true : undefined}
        title={error ?? title}
        data-testid={testId}
        disabled={disabled}
        value={draft ?? formatNumber(value, decimals)}
        onChange={(e) => setDraft(e.target.value)}
        onFocus={(e) => e.target.select()}
        onBlur={commit}
        onKeyDown={onKeyDown}
        className={cx(fieldBase, error ? fieldError : fieldOk, 'w-full', unit && 'pr-7', disabled && 'opacity-50')}
      />
      {unit && <span className="pointer-events-none absolute top-0 right-1.5 flex h-6 items-center text-[10px] text-neutral-500">{unit}</span>}
      {error && (
        <span
          role="alert"
          className={cx(
            'absolute top-full z-20 mt-0.5 hidden w-max group-focus-within:block group-hover:block max-w-[260px] rounded bg-neutral-950 px-1.5 py-0.5 text-[10px] leading-tight text-red-400 shadow ring-1 ring-red-500/40',
            errorAlign === 'right' ? 'right-0' : 'left-0',
          )}
          data-testid={testId ? `${testId}.error` : undefined}>
          {error}
        </span>
      )}
    </div>
  )
}
