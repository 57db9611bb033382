/**
 * Runs `fn` when the browser is idle (at the latest after `timeoutMs`): how the studio fetches the parts a first
 * visit does not show (help, the vocabulary, continuity checks, ...) so that opening them later does not wait.
 */
export const whenIdle = (fn: () => void, timeoutMs = 4000): void => {
  if (typeof window === 'undefined') return
  if ('requestIdleCallback' in window) window.requestIdleCallback(fn, { timeout: timeoutMs })
  else setTimeout(fn, Math.min(timeoutMs, 2000))
}
