import { useEffect } from 'react'
import { studioStore } from '../state'
import { findCommand, isTypingTarget } from './commands'

/** Global shortcuts. A drag in progress owns Escape (it cancels the drag), so it is skipped here. */
export function useKeyboardShortcuts() {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isTypingTarget(e.target)) return
      if (e.key === 'Escape' && studioStore.getState().history.gestureSnapshot) return
      const command = findCommand(e)
      if (!command) return
      e.preventDefault()
      command.run(studioStore)
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}
