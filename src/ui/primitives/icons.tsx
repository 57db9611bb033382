/** Tiny 16x16 stroke icons for the side panels (currentColor, no fill). */
import type { ReactNode } from 'react'

const Icon = ({ children }: { children: ReactNode }) => (
  <svg viewBox="0 0 16 16" width="14" height="14" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" strokeLinejoin="round" aria-hidden>
    {children}
  </svg>
)

export const ResetIcon = () => (
  <Icon>
    <path d="M3.5 6.5A5 5 0 1 1 3 9.5" />
    <path d="M3.2 3v3.6h3.6" />
  </Icon>
)

export const DiceIcon = () => (
  <Icon>
    <rect x="2.5" y="2.5" width="11" height="11" rx="2" />
    <circle cx="5.6" cy="5.6" r="0.6" fill="currentColor" />
    <circle cx="8" cy="8" r="0.6" fill="currentColor" />
    <circle cx="10.4" cy="10.4" r="0.6" fill="currentColor" />
  </Icon>
)

export const DuplicateIcon = () => (
  <Icon>
    <rect x="5.5" y="5.5" width="8" height="8" rx="1.2" />
    <path d="M10.5 3.5v-1h-8v8h1" />
  </Icon>
)

export const TrashIcon = () => (
  <Icon>
    <path d="M2.5 4.5h11M6 4.5V3h4v1.5M4 4.5l.7 9h6.6l.7-9" />
  </Icon>
)

export const TargetIcon = () => (
  <Icon>
    <circle cx="8" cy="8" r="5" />
    <circle cx="8" cy="8" r="1.5" />
    <path d="M8 1v2.5M8 12.5V15M1 8h2.5M12.5 8H15" />
  </Icon>
)
