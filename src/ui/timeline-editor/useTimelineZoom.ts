/**
 * Timeline zoom that keeps a point in place: the pointer for Ctrl/Cmd+wheel, the playhead (when
 * visible) for the buttons and slider. A plain vertical wheel scrolls time when lanes fit.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, type RefObject } from 'react'
import { MAX_TIMELINE_ZOOM, MIN_TIMELINE_ZOOM, studioStore, useStudio } from '../../state'
import { clamp } from '../../core/units'
import { GUTTER_PX, scrollLeftForZoom, wheelZoom } from './timelineMath'

interface Anchor {
  readonly px: number
  readonly scrollLeft: number
  readonly oldPps: number
}

export const useTimelineZoom = (scrollRef: RefObject<HTMLDivElement | null>) => {
  const pps = useStudio((s) => s.timelinePixelsPerSecond)
  const anchor = useRef<Anchor | null>(null)

  const zoomTo = useCallback(
    (nextPps: number, anchorPx?: number) => {
      const s = studioStore.getState()
      const old = s.timelinePixelsPerSecond
      const next = clamp(nextPps, MIN_TIMELINE_ZOOM, MAX_TIMELINE_ZOOM)
      if (next === old) return
      const el = scrollRef.current
      if (el) {
        const playheadPx = GUTTER_PX + s.playheadS * old - el.scrollLeft
        const px = anchorPx ?? (playheadPx >= GUTTER_PX && playheadPx <= el.clientWidth ? playheadPx : GUTTER_PX)
        anchor.current = { px, scrollLeft: el.scrollLeft, oldPps: old }
      }
      s.setTimelineZoom(next)
    },
    [scrollRef],
  )

  useLayoutEffect(() => {
    const a = anchor.current
    const el = scrollRef.current
    anchor.current = null
    if (a && el) el.scrollLeft = scrollLeftForZoom(a.scrollLeft, a.px, a.oldPps, pps)
  }, [pps, scrollRef])

  useEffect(() => {
    const el = scrollRef.current
    if (!el) return
    const onWheel = (e: WheelEvent) => {
      if (e.ctrlKey || e.metaKey) {
        e.preventDefault()
        const pps0 = studioStore.getState().timelinePixelsPerSecond
        zoomTo(wheelZoom(pps0, e.deltaY, MIN_TIMELINE_ZOOM, MAX_TIMELINE_ZOOM), e.clientX - el.getBoundingClientRect().left)
      } else if (!e.shiftKey && Math.abs(e.deltaY) > Math.abs(e.deltaX) && el.scrollHeight <= el.clientHeight + 1) {
        e.preventDefault()
        el.scrollLeft += e.deltaY
      }
    }
    el.addEventListener('wheel', onWheel, { passive: false })
    return () => el.removeEventListener('wheel', onWheel)
  }, [scrollRef, zoomTo])

  return zoomTo
}
