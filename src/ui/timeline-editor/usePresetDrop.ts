/**
 * Drop target for presets dragged from the library (HTML5 drag, `application/x-framewright-preset`
 * or text/plain). The time under the pointer snaps like a clip edge; the lane comes from the
 * pointer's y. Dropping below the last lane adds a track first (one undo step in all).
 */
import { useEffect, useState, type DragEvent as ReactDragEvent, type RefObject } from 'react'
import { getPreset } from '../../camera-presets'
import { isCustomPresetId } from '../../camera-presets/custom'
import { addCustomPresetById } from '../custom-presets/panel'
import { selectCurrentShot, studioStore } from '../../state'
import { clipEdges } from '../../timeline'
import { laneAtY, layoutLanes } from './laneLayout'
import { snapPoint } from './timelineMath'

export const PRESET_MIME = 'application/x-framewright-preset'

export interface DropHover {
  /** Lane index; equal to the number of lanes for "a new track below". */
  readonly laneIndex: number
  readonly timeS: number
  readonly snapped: boolean
}

const accepts = (dt: DataTransfer | null): boolean => !!dt && (dt.types.includes(PRESET_MIME) || dt.types.includes('text/plain'))

export const usePresetDrop = (timeAreaRef: RefObject<HTMLElement | null>) => {
  const [hover, setHover] = useState<DropHover | null>(null)
  useEffect(() => {
    const clear = () => setHover(null)
    window.addEventListener('dragend', clear)
    window.addEventListener('drop', clear)
    return () => {
      window.removeEventListener('dragend', clear)
      window.removeEventListener('drop', clear)
    }
  }, [])

  const where = (e: ReactDragEvent): DropHover | null => {
    const el = timeAreaRef.current
    if (!el) return null
    const rect = el.getBoundingClientRect()
    const s = studioStore.getState()
    const shot = selectCurrentShot(s)
    const pps = s.timelinePixelsPerSecond
    const t = Math.max(0, (e.clientX - rect.left) / pps)
    const snap = snapPoint(t, { fps: shot.fps, edges: [...clipEdges(shot), s.playheadS], pps, edgeSnap: !e.altKey })
    const lanes = layoutLanes(shot.tracks)
    const laneIndex = Math.min(Math.max(laneAtY(lanes, e.clientY - rect.top), 0), lanes.lanes.length)
    return { laneIndex, timeS: Math.max(0, snap.timeS), snapped: snap.snapLineS !== null }
  }

  const onDragOver = (e: ReactDragEvent) => {
    if (!accepts(e.dataTransfer)) return
    e.preventDefault()
    e.dataTransfer.dropEffect = 'copy'
    const h = where(e)
    setHover((prev) => (h && prev && prev.laneIndex === h.laneIndex && prev.timeS === h.timeS && prev.snapped === h.snapped ? prev : h))
  }

  const onDragLeave = (e: ReactDragEvent) => {
    if (!(e.currentTarget as Node).contains(e.relatedTarget as Node | null)) setHover(null)
  }

  const onDrop = (e: ReactDragEvent) => {
    if (!accepts(e.dataTransfer)) return
    e.preventDefault()
    setHover(null)
    const presetId = (e.dataTransfer.getData(PRESET_MIME) || e.dataTransfer.getData('text/plain')).trim()
    const h = where(e)
    if (!presetId || !h) return
    const s = studioStore.getState()
    const custom = isCustomPresetId(presetId)
    if (!custom && !getPreset(presetId)) return s.notify(`"${presetId.slice(0, 40)}" is not a camera preset.`, 'error')
    // a custom preset (My presets) copies its definition into the project as it lands
    const place = (at: { trackId: string; startS: number }) => (custom ? addCustomPresetById(presetId, at) : s.addPresetClip(presetId, at))
    const shot = selectCurrentShot(s)
    if (h.laneIndex < shot.tracks.length) {
      place({ trackId: shot.tracks[h.laneIndex].id, startS: h.timeS })
      return
    }
    s.beginGesture()
    s.addTrack()
    const tracks = selectCurrentShot(studioStore.getState()).tracks
    const id = place({ trackId: tracks[tracks.length - 1].id, startS: h.timeS })
    if (id) s.commitGesture()
    else s.cancelGesture()
  }

  return { hover, dropHandlers: { onDragOver, onDragLeave, onDrop } }
}
