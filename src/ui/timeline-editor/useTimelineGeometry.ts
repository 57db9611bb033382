/**
 * The timeline's geometry in one place: zoom, the current shot, the visible time span and the
 * conversions between pointer positions and times (maths in timelineMath.ts).
 */
import { useCallback, useEffect, useState, type RefObject } from 'react'
import { selectCurrentShot, studioStore, useStudio } from '../../state'
import { contentSeconds, pxToTime, timeToPx } from './timelineMath'

/** Clientside time under a pointer, for an element whose left edge is time 0. */
export const timeAtClientX = (el: HTMLElement, clientX: number, pps = studioStore.getState().timelinePixelsPerSecond): number =>
  Math.max(0, pxToTime(clientX - el.getBoundingClientRect().left, pps))

/** Tracks an element's client width (for the minimum width of the time area). */
export const useElementWidth = (ref: RefObject<HTMLElement | null>): number => {
  const [width, setWidth] = useState(0)
  useEffect(() => {
    const el = ref.current
    if (!el) return
    const ro = new ResizeObserver(() => setWidth(el.clientWidth))
    ro.observe(el)
    setWidth(el.clientWidth)
    return () => ro.disconnect()
  }, [ref])
  return width
}

export const useTimelineGeometry = (viewWidthPx: number) => {
  const shot = useStudio(selectCurrentShot)
  const pps = useStudio((s) => s.timelinePixelsPerSecond)
  const seconds = contentSeconds(shot.durationS, viewWidthPx, pps)
  const toPx = useCallback((t: number) => timeToPx(t, pps), [pps])
  return { shot, pps, fps: shot.fps, seconds, widthPx: timeToPx(seconds, pps), toPx }
}
