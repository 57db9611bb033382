/** Shared class strings, so every control in the side panels looks the same. */
export const cx = (...parts: (string | false | null | undefined)[]): string => parts.filter(Boolean).join(' ')

export const fieldBase =
  'h-6 min-w-0 rounded border bg-neutral-950 px-1.5 text-xs text-neutral-100 tabular-nums outline-none transition-colors'
export const fieldOk = 'border-neutral-700 hover:border-neutral-600 focus:border-amber-400/80'
export const fieldError = 'border-red-500 focus:border-red-400'
export const labelText = 'text-xs text-neutral-400'
export const buttonBase =
  'inline-flex h-6 items-center justify-center gap-1 rounded border border-neutral-700 bg-neutral-800 px-2 text-xs text-neutral-200 hover:border-neutral-500 hover:bg-neutral-700 disabled:cursor-default disabled:opacity-40 disabled:hover:border-neutral-700 disabled:hover:bg-neutral-800 focus-visible:outline focus-visible:outline-1 focus-visible:outline-amber-400'
