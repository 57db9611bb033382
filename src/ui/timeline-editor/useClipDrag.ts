/**
 * Dragging clips: move (also to another lane) and resize from either edge. The whole drag is one
 * undo step: beginGesture at press, live previews through moveClip / setClipTiming, commitGesture
 * on release; Escape (or pointercancel) calls cancelGesture. Snaps to edges within 8 px (Alt: frames only).
 * Holding the pointer near the left or right edge of the lanes scrolls the timeline (every animation
 * frame, faster nearer the edge) and the clip follows.
 */
import { useCallback, useEffect, useRef, type PointerEvent as ReactPointerEvent, type RefObject } from 'react'
import { selectCurrentShot, studioStore } from '../../state'
import { clipEdges, findClip } from '../../timeline'
import { laneAtY, layoutLanes } from './laneLayout'
import { startPointerSession } from './pointerSession'
import { DRAG_DEAD_ZONE_PX, GUTTER_PX, dragClipTiming, edgeScrollStep, type ClipDragMode } from './timelineMath'

/** Shows the snap line at `timeS` (or hides it) by writing its style directly. */
export const showSnapLine = (el: HTMLElement | null, timeS: number | null, pps: number): void => {
  if (!el) return
  el.style.display = timeS === null ? 'none' : 'block'
  if (timeS !== null) el.style.transform = `translateX(${timeS * pps}px)`
}

export const useClipDrag = (timeAreaRef: RefObject<HTMLElement | null>, snapLineRef: RefObject<HTMLElement | null>, scrollRef: RefObject<HTMLElement | null>) => {
  const abortRef = useRef<(() => void) | null>(null)
  useEffect(() => () => abortRef.current?.(), [])

  return useCallback(
    (e: ReactPointerEvent<HTMLElement>, clipId: string, mode: ClipDragMode) => {
      if (e.button !== 0) return
      e.stopPropagation()
      e.preventDefault()
      abortRef.current?.()
      const start = studioStore.getState()
      const shot = selectCurrentShot(start)
      const found = findClip(shot, clipId)
      if (!found) return
      start.selectClip(clipId)
      start.beginGesture()
      const from = { startS: found.clip.startS, durationS: found.clip.durationS }
      // edges as they were at the press: the dragged clip growing the shot must not attract itself
      const edges = [...clipEdges(shot, clipId), start.playheadS]
      const x0 = e.clientX
      const y0 = e.clientY
      const scroller = scrollRef.current
      const scroll0 = scroller?.scrollLeft ?? 0
      let active = false
      let last: PointerEvent | null = null
      let frame = 0

      const laneUnder = (clientY: number): string | undefined => {
        const el = timeAreaRef.current
        if (!el) return undefined
        const lanes = layoutLanes(selectCurrentShot(studioStore.getState()).tracks)
        const i = laneAtY(lanes, clientY - el.getBoundingClientRect().top)
        return lanes.lanes[Math.min(Math.max(i, 0), lanes.lanes.length - 1)]?.trackId
      }
      const apply = (ev: PointerEvent) => {
        const s = studioStore.getState()
        const pps = s.timelinePixelsPerSecond
        // content scrolled under the pointer counts as pointer travel
        const dx = ev.clientX - x0 + ((scroller?.scrollLeft ?? 0) - scroll0)
        const r = dragClipTiming(mode, from, dx / pps, { fps: shot.fps, edges, pps, edgeSnap: !ev.altKey })
        showSnapLine(snapLineRef.current, r.snapLineS, pps)
        if (mode === 'move') s.moveClip(clipId, r.startS, laneUnder(ev.clientY))
        else s.setClipTiming(clipId, r.startS, r.durationS)
      }
      const edgeScroll = () => {
        frame = 0
        if (!scroller || !last) return
        const view = scroller.getBoundingClientRect()
        const step = edgeScrollStep(last.clientX, view.left + GUTTER_PX, view.right)
        if (step === 0) return
        const before = scroller.scrollLeft
        scroller.scrollLeft = before + step
        if (scroller.scrollLeft === before) return
        apply(last)
        frame = requestAnimationFrame(edgeScroll)
      }
      const finish = (commit: boolean) => {
        abortRef.current = null
        if (frame) cancelAnimationFrame(frame)
        frame = 0
        showSnapLine(snapLineRef.current, null, 0)
        const s = studioStore.getState()
        if (commit) s.commitGesture()
        else s.cancelGesture()
      }

      abortRef.current = startPointerSession(e, {
        move: (ev) => {
          if (!active && Math.abs(ev.clientX - x0) < DRAG_DEAD_ZONE_PX && Math.abs(ev.clientY - y0) < DRAG_DEAD_ZONE_PX) return
          active = true
          last = ev
          apply(ev)
          if (!frame) frame = requestAnimationFrame(edgeScroll)
        },
        up: () => finish(true),
        cancel: () => finish(false),
      })
    },
    [timeAreaRef, snapLineRef, scrollRef],
  )
}
