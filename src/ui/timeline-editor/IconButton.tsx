/** A compact icon button. It does not take focus on click, so Space stays with the app's shortcuts. */
import type { ReactNode } from 'react'
import { Icon, type IconName } from '../primitives'

export interface IconButtonProps {
  readonly icon: IconName
  readonly label: string
  readonly onClick: () => void
  readonly testId?: string
  readonly title?: string
  /** Shown as pressed (toggles such as loop). */
  readonly active?: boolean
  readonly disabled?: boolean
  readonly children?: ReactNode
  readonly size?: 'sm' | 'md'
}

export function IconButton({ icon, label, onClick, testId, title, active, disabled, children, size = 'md' }: IconButtonProps) {
  return (
    <button
      type="button"
      aria-label={label}
      title={title ?? label}
      data-testid={testId}
      aria-pressed={active}
      disabled={disabled}
      onMouseDown={(e) => e.preventDefault()}
      onClick={onClick}
      className={`inline-flex shrink-0 items-center justify-center gap-1 rounded ${size === 'sm' ? 'h-5 min-w-5 px-0.5' : 'h-6 min-w-6 px-1'} ${
        active ? 'bg-accent/15 text-accent' : 'text-neutral-400 hover:bg-neutral-800 hover:text-neutral-100'
      } disabled:cursor-default disabled:opacity-35 disabled:hover:bg-transparent disabled:hover:text-neutral-400`}
    >
      <Icon name={icon} className={size === 'sm' ? 'h-3 w-3' : 'h-3.5 w-3.5'} />
      {children}
    </button>
  )
}
