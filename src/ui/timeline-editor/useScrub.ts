/**
 * Scrubbing: a press on the ruler (or on empty lane space) pauses playback and sets the playhead
 * to the frame under the pointer; dragging scrubs continuously. Escape puts the playhead back.
 */
import { useCallback, useEffect, useRef, type PointerEvent as ReactPointerEvent, type RefObject } from 'react'
import { selectCurrentShot, studioStore } from '../../state'
import { snapToFrame } from '../../timeline'
import { startPointerSession } from './pointerSession'
import { timeAtClientX } from './useTimelineGeometry'

export const useScrub = (timeElRef: RefObject<HTMLElement | null>) => {
  const abortRef = useRef<(() => void) | null>(null)
  useEffect(() => () => abortRef.current?.(), [])
  return useCallback(
    (e: ReactPointerEvent<HTMLElement>) => {
      const el = timeElRef.current
      if (e.button !== 0 || !el) return
      e.preventDefault()
      abortRef.current?.()
      const s = studioStore.getState()
      const before = s.playheadS
      s.pause()
      const scrubTo = (clientX: number) => {
        const st = studioStore.getState()
        st.setPlayhead(snapToFrame(timeAtClientX(el, clientX, st.timelinePixelsPerSecond), selectCurrentShot(st).fps))
      }
      scrubTo(e.clientX)
      abortRef.current = startPointerSession(e, {
        move: (ev) => scrubTo(ev.clientX),
        up: () => {
          abortRef.current = null
        },
        cancel: () => {
          abortRef.current = null
          studioStore.getState().setPlayhead(before)
        },
      })
    },
    [timeElRef],
  )
}
