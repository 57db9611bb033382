/**
 * Holds the first lens frame until the project library has put this tab's project in the store
 * (`state/startProject.ts`): a returning person's first frame is their work, never the empty
 * start-up project replaced a moment later. On a first visit (no library yet) it is open at once;
 * it opens at the latest after `START_PROJECT_MAX_WAIT_MS`. Once open it stays open.
 */
import { type RefObject, useEffect, useRef } from 'react'
import { useThree } from '@react-three/fiber'
import { libraryStore } from '../state/libraryStore'
import { START_PROJECT_MAX_WAIT_MS, libraryInUse, startProjectOpen } from '../state/startProject'

/** A ref that is true once the first frame may draw; the canvas is invalidated when it opens. */
export const useFirstFrameGate = (): RefObject<boolean> => {
  const invalidate = useThree((s) => s.invalidate)
  const open = useRef<boolean | null>(null)
  if (open.current === null) open.current = !libraryInUse() || startProjectOpen(libraryStore.getState())
  useEffect(() => {
    if (open.current) return
    const release = () => {
      if (open.current) return
      open.current = true
      invalidate()
    }
    const unsubscribe = libraryStore.subscribe((s) => startProjectOpen(s) && release())
    const timer = setTimeout(release, START_PROJECT_MAX_WAIT_MS)
    // opened between the first render and this effect
    if (startProjectOpen(libraryStore.getState())) release()
    return () => {
      unsubscribe()
      clearTimeout(timer)
    }
  }, [invalidate])
  return open as RefObject<boolean>
}
