import type { ReactNode } from 'react'
import { buttonBase, cx } from './styles'

export interface IconButtonProps {
  /** Accessible name and tooltip. */
  readonly label: string
  readonly onClick: () => void
  readonly children: ReactNode
  readonly disabled?: boolean
  readonly testId?: string
  /** `ghost`: borderless, for small in-row actions. */
  readonly variant?: 'solid' | 'ghost' | 'danger'
  readonly className?: string
}

/** A small button holding an icon (and optionally text); its label is the tooltip. */
export function IconButton({ label, onClick, children, disabled, testId, variant = 'solid', className }: IconButtonProps) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      disabled={disabled}
      data-testid={testId}
      onClick={onClick}
      className={cx(
        variant === 'ghost'
          ? 'inline-flex h-6 w-6 shrink-0 items-center justify-center rounded text-neutral-400 hover:bg-neutral-800 hover:text-amber-300 disabled:opacity-25 disabled:hover:bg-transparent disabled:hover:text-neutral-400'
          : buttonBase,
        variant === 'danger' && 'hover:border-red-500/70 hover:text-red-300',
        className,
      )}
    >
      {children}
    </button>
  )
}
