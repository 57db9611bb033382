/** The Compare view's keys as data: which key does what, by where the focus is. Pure. */

export type CompareKeyAction =
  | { readonly kind: 'close' }
  | { readonly kind: 'toggle' }
  | { readonly kind: 'step'; readonly frames: number }
  | { readonly kind: 'start' }
  | { readonly kind: 'end' }

/** Where the key went: a native select and a range slider keep their own arrow / Home / End keys. */
export type KeyTarget = 'select' | 'range' | 'other'

export interface KeyLike {
  readonly key: string
  readonly shiftKey: boolean
  readonly ctrlKey: boolean
  readonly metaKey: boolean
  readonly altKey: boolean
}

/** Esc closes; Space plays / pauses; ←/→ step a frame (Shift: a second); Home / End. */
export const compareKeyAction = (e: KeyLike, target: KeyTarget, fps: number): CompareKeyAction | null => {
  if (e.key === 'Escape') return { kind: 'close' }
  if (target === 'select' || e.ctrlKey || e.metaKey || e.altKey) return null
  if (e.key === ' ') return { kind: 'toggle' }
  if (target === 'range') return null
  const second = Math.max(1, Math.round(fps))
  switch (e.key) {
    case 'ArrowLeft':
      return { kind: 'step', frames: e.shiftKey ? -second : -1 }
    case 'ArrowRight':
      return { kind: 'step', frames: e.shiftKey ? second : 1 }
    case 'Home':
      return { kind: 'start' }
    case 'End':
      return { kind: 'end' }
    default:
      return null
  }
}

export const keyTargetOf = (el: EventTarget | null): KeyTarget => {
  const tag = (el as { tagName?: string } | null)?.tagName
  if (tag === 'SELECT') return 'select'
  if (tag === 'INPUT' && (el as HTMLInputElement).type === 'range') return 'range'
  return 'other'
}
