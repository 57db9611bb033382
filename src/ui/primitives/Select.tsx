import { cx, fieldBase, fieldOk } from './styles'

export interface SelectOption {
  readonly value: string
  readonly label: string
  readonly disabled?: boolean
}

export interface SelectProps {
  readonly value: string
  readonly options: readonly SelectOption[]
  readonly onChange: (value: string) => void
  readonly ariaLabel: string
  readonly testId?: string
  /** Sizing classes; default full width. */
  readonly className?: string
}

/** A native select styled like the fields. */
export function Select({ value, options, onChange, ariaLabel, testId, className }: SelectProps) {
  return (
    <select
      value={value}
      aria-label={ariaLabel}
      data-testid={testId}
      onChange={(e) => onChange(e.target.value)}
      className={cx(fieldBase, fieldOk, 'cursor-pointer pr-1 [color-scheme:dark]', className ?? 'w-full')}
    >
      {options.map((o) => (
        <option key={o.value} value={o.value} disabled={o.disabled}>
          {o.label}
        </option>
      ))}
    </select>
  )
}
