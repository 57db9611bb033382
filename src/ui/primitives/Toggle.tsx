import { cx } from './styles'

export interface ToggleProps {
  readonly checked: boolean
  readonly onChange: (checked: boolean) => void
  readonly label: string
  readonly testId?: string
  readonly className?: string
}

/** An on/off switch with its label. */
export function Toggle({ checked, onChange, label, testId, className }: ToggleProps) {
  return (
    <button
      type="button"
      role="switch"
      aria-checked={checked}
      data-testid={testId}
      onClick={() => onChange(!checked)}
      className={cx('group inline-flex h-6 items-center gap-1.5 rounded text-xs text-neutral-300 hover:text-neutral-100', className)}
    >
      <span className={cx('relative h-3.5 w-6 shrink-0 rounded-full transition-colors', checked ? 'bg-amber-400' : 'bg-neutral-700')}>
        <span className={cx('absolute top-0.5 h-2.5 w-2.5 rounded-full bg-neutral-100 transition-all', checked ? 'left-3' : 'left-0.5')} />
      </span>
      {label}
    </button>
  )
}
