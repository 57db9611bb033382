import type { ReactNode } from 'react'
import { cx } from './styles'

export interface SegmentedOption<TValue extends string> {
  readonly value: TValue
  readonly label: ReactNode
  readonly title?: string
}

export interface SegmentedProps<TValue extends string> {
  readonly value: TValue
  readonly options: readonly SegmentedOption<TValue>[]
  readonly onChange: (value: TValue) => void
  readonly ariaLabel: string
  readonly testId?: string
  readonly className?: string
}

/** A row of mutually exclusive buttons (a radio group). Each option gets `testId.value`. */
export function Segmented<TValue extends string>({ value, options, onChange, ariaLabel, testId, className }: SegmentedProps<TValue>) {
  return (
    <div role="radiogroup" aria-label={ariaLabel} data-testid={testId} className={cx('flex min-w-0 rounded border border-neutral-700 bg-neutral-950 p-px', className)}>
      {options.map((o) => {
        const on = o.value === value
        return (
          <button
            key={o.value}
            type="button"
            role="radio"
            aria-checked={on}
            title={o.title}
            data-testid={testId ? `${testId}.${o.value}` : undefined}
            onClick={() => !on && onChange(o.value)}
            className={cx(
              'flex h-[22px] min-w-0 flex-1 items-center justify-center gap-1 truncate rounded-sm px-1.5 text-[11px] transition-colors',
              'focus-visible:outline focus-visible:outline-1 focus-visible:outline-amber-400',
              on ? 'bg-neutral-700 text-amber-300' : 'text-neutral-400 hover:bg-neutral-800 hover:text-neutral-200',
            )}
          >
            {o.label}
          </button>
        )
      })}
    </div>
  )
}
