import { useState, type ReactNode } from 'react'
import { cx, labelText } from './styles'

export interface SectionProps {
  readonly title: ReactNode
  readonly children: ReactNode
  /** Controls drawn at the right of the header (reset buttons...). */
  readonly actions?: ReactNode
  readonly collapsible?: boolean
  readonly defaultOpen?: boolean
  readonly testId?: string
  readonly className?: string
}

/** A titled block of the inspector; collapsible ones remember their state while mounted. */
export function Section({ title, children, actions, collapsible = true, defaultOpen = true, testId, className }: SectionProps) {
  const [open, setOpen] = useState(defaultOpen)
  const shown = !collapsible || open
  return (
    <section data-testid={testId} className={cx('border-b border-neutral-800', className)}>
      <header className="flex h-7 items-center gap-1 px-3">
        {collapsible ? (
          <button
            type="button"
            aria-expanded={open}
            onClick={() => setOpen(!open)}
            className="-ml-1 flex min-w-0 flex-1 items-center gap-1 rounded px-1 text-left text-[11px] font-semibold tracking-wide text-neutral-300 uppercase hover:text-neutral-100"
          >
            <svg viewBox="0 0 10 10" className={cx('h-2.5 w-2.5 shrink-0 text-neutral-500 transition-transform', open && 'rotate-90')} aria-hidden>
              <path d="M3 1.5 7 5 3 8.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
            </svg>
            <span className="truncate">{title}</span>
          </button>
        ) : (
          <h3 className="flex-1 truncate text-[11px] font-semibold tracking-wide text-neutral-300 uppercase">{title}</h3>
        )}
        {actions}
      </header>
      {shown && <div className="flex flex-col gap-2 px-3 pb-3">{children}</div>}
    </section>
  )
}

export interface FieldRowProps {
  readonly label: ReactNode
  readonly children: ReactNode
  /** Small grey text after the label (a unit, a derived value). */
  readonly hint?: ReactNode
  readonly title?: string
  /** Label above the controls (for rows of several fields). */
  readonly stacked?: boolean
  readonly className?: string
}

/** A label on the left (or above), its control(s) on the right (or below). */
export function FieldRow({ label, hint, children, title, stacked, className }: FieldRowProps) {
  return (
    <div className={cx(stacked ? 'flex flex-col gap-0.5' : 'grid grid-cols-[84px_minmax(0,1fr)] items-start gap-2', className)} title={title}>
      <div className={cx('flex min-w-0 items-center gap-1', stacked ? 'h-4' : 'h-6')}>
        <span className={cx(labelText, 'truncate')}>{label}</span>
        {hint && <span className="truncate text-[10px] text-neutral-500">{hint}</span>}
      </div>
      <div className="flex min-w-0 items-start gap-1">{children}</div>
    </div>
  )
}
