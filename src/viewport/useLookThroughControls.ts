/**
 * Look-through navigation: pointer gestures on the main view edit the shot's STARTING framing
 * through store actions. A drag is one gesture (one undo step): beginGesture on pointer down,
 * setShotStart on every move, commitGesture on pointer up, cancelGesture on Escape mid-drag.
 * Wheel steps that follow each other closely are grouped into one gesture too.
 */
import { useEffect, useRef } from 'react'
import type { CameraPose } from '../core/camera/pose'
import { depthAlongView } from '../core/camera/pose'
import { selectCurrentShot, studioStore } from '../state'
import { subjectAt } from '../timeline/subject'
import type { Shot } from '../timeline/model'
import { type DragContext, type DragMode, dollyPose, dragModeFor, dragPose, rollPose, wheelDollyMetres, wheelRollDeg } from './lookThroughMath'
import { verticalFovDeg } from './toThree'

const WHEEL_GESTURE_IDLE_MS = 350

const dragContext = (shot: Shot, imageHeightPx: number): DragContext => ({
  vfovDeg: verticalFovDeg(shot, shot.lens.focalLengthMm),
  imageHeightPx,
  depthM: Math.max(0.5, depthAlongView(shot.start, subjectAt(shot.subject, 0, shot.durationS).point)),
})

interface Drag {
  pointerId: number
  x0: number
  y0: number
  mode: DragMode
  start: CameraPose
  ctx: DragContext
}

/**
 * Attach look-through controls to `element` while `enabled`. `imageHeightPx` reports the height of
 * the shot image inside the element (drag speeds are scaled so the picture follows the pointer).
 */
export const useLookThroughControls = (element: HTMLElement | null, enabled: boolean, imageHeightPx: () => number): void => {
  const heightRef = useRef(imageHeightPx)
  useEffect(() => {
    heightRef.current = imageHeightPx
  })

  useEffect(() => {
    if (!element || !enabled) return
    const store = studioStore
    let drag: Drag | null = null
    let wheelTimer: ReturnType<typeof setTimeout> | null = null

    const endWheel = () => {
      if (wheelTimer === null) return
      clearTimeout(wheelTimer)
      wheelTimer = null
      store.getState().commitGesture()
    }
    const endDrag = (commit: boolean) => {
      if (!drag) return
      if (element.hasPointerCapture(drag.pointerId)) element.releasePointerCapture(drag.pointerId)
      drag = null
      if (commit) store.getState().commitGesture()
      else store.getState().cancelGesture()
    }

    const onPointerDown = (e: PointerEvent) => {
      if (drag || (e.button !== 0 && e.button !== 1 && e.button !== 2)) return
      e.preventDefault()
      endWheel()
      const s = store.getState()
      const shot = selectCurrentShot(s)
      drag = { pointerId: e.pointerId, x0: e.clientX, y0: e.clientY, mode: dragModeFor(e), start: shot.start, ctx: dragContext(shot, heightRef.current()) }
      element.setPointerCapture(e.pointerId)
      s.beginGesture()
    }
    const onPointerMove = (e: PointerEvent) => {
      if (!drag || e.pointerId !== drag.pointerId) return
      store.getState().setShotStart(dragPose(drag.start, drag.mode, e.clientX - drag.x0, e.clientY - drag.y0, drag.ctx))
    }
    const onPointerUp = (e: PointerEvent) => {
      if (drag && e.pointerId === drag.pointerId) endDrag(true)
    }
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || !drag) return
      e.preventDefault()
      e.stopImmediatePropagation()
      endDrag(false)
    }
    const onWheel = (e: WheelEvent) => {
      e.preventDefault()
      if (drag) return
      const s = store.getState()
      const shot = selectCurrentShot(s)
      if (wheelTimer === null) s.beginGesture()
      else clearTimeout(wheelTimer)
      wheelTimer = setTimeout(endWheel, WHEEL_GESTURE_IDLE_MS)
      const pose = e.ctrlKey || e.altKey ? rollPose(shot.start, wheelRollDeg(e.deltaY)) : dollyPose(shot.start, wheelDollyMetres(e.deltaY, dragContext(shot, 1).depthM))
      s.setShotStart(pose)
    }
    const onContextMenu = (e: Event) => e.preventDefault()

    element.addEventListener('pointerdown', onPointerDown)
    element.addEventListener('pointermove', onPointerMove)
    element.addEventListener('pointerup', onPointerUp)
    element.addEventListener('pointercancel', onPointerUp)
    element.addEventListener('wheel', onWheel, { passive: false })
    element.addEventListener('contextmenu', onContextMenu)
    window.addEventListener('keydown', onKeyDown, true)
    return () => {
      endDrag(true)
      endWheel()
      element.removeEventListener('pointerdown', onPointerDown)
      element.removeEventListener('pointermove', onPointerMove)
      element.removeEventListener('pointerup', onPointerUp)
      element.removeEventListener('pointercancel', onPointerUp)
      element.removeEventListener('wheel', onWheel)
      element.removeEventListener('contextmenu', onContextMenu)
      window.removeEventListener('keydown', onKeyDown, true)
    }
  }, [element, enabled])
}
