/**
 * The timeline panel: shot strip, transport, and the selected shot's ruler and lanes of clips.
 * Document edits go through store actions; the playhead is drawn by transient subscriptions.
 */
import { Suspense, useCallback, useEffect, useRef, useState, type MouseEvent as ReactMouseEvent, type PointerEvent as ReactPointerEvent, type RefObject } from 'react'
import { studioActions, subscribeToPlayhead, useStudio } from '../../state'
import type { ClipMenuState } from './ClipContextMenu'
import { IconButton } from './IconButton'
import { layoutLanes } from './laneLayout'
import { PlayheadLine } from './Playhead'
import { ScratchTrackLane } from './ScratchTrackLane'
import { ShotStrip } from './ShotStrip'
import { TimeRuler } from './TimeRuler'
import { TrackHeader } from './TrackHeader'
import { NEW_TRACK_ZONE_PX, NewTrackZone, TrackLane } from './TrackLane'
import { TransportBar } from './TransportBar'
import { formatTimecode, GUTTER_PX } from './timelineMath'
import { useClipDrag } from './useClipDrag'
import { usePresetDrop } from './usePresetDrop'
import { useScrub } from './useScrub'
import { useElementWidth, useTimelineGeometry } from './useTimelineGeometry'
import { useTimelineZoom } from './useTimelineZoom'
import { lazyPart, whenIdle } from '../primitives'

/**
 * Lazy chunks: the clips (a first visit has none; a returning one's project opens after the first
 * paint, so their chunk is fetched at mount, alongside that project, and they show with it) and the
 * clip's right-click menu (fetched when idle, so a right-click does not wait).
 */
const Clip = lazyPart(() => import('./ClipBlock').then((m) => m.ClipBlock))
const ClipMenu = lazyPart(() => import('./ClipContextMenu').then((m) => m.ClipContextMenu))

/** Keeps the playhead in view while playing (page by page). */
const useFollowPlayhead = (scrollRef: RefObject<HTMLDivElement | null>) =>
  useEffect(
    () =>
      subscribeToPlayhead((t, s) => {
        const el = scrollRef.current
        if (!s.playing || !el) return
        const x = GUTTER_PX + t * s.timelinePixelsPerSecond
        if (x > el.scrollLeft + el.clientWidth - 12 || x < el.scrollLeft + GUTTER_PX) el.scrollLeft = Math.max(0, x - GUTTER_PX - 12)
      }),
    [scrollRef],
  )

export function TimelinePanel() {
  const scrollRef = useRef<HTMLDivElement>(null)
  const timeAreaRef = useRef<HTMLDivElement>(null)
  const rulerRef = useRef<HTMLDivElement>(null)
  const snapLineRef = useRef<HTMLDivElement>(null)
  const viewWidth = useElementWidth(scrollRef)
  const { shot, pps, widthPx } = useTimelineGeometry(viewWidth)
  const selectedClipId = useStudio((s) => s.selectedClipId)
  const layout = layoutLanes(shot.tracks)
  const [menu, setMenu] = useState<ClipMenuState | null>(null)

  const zoomTo = useTimelineZoom(scrollRef)
  const onClipDrag = useClipDrag(timeAreaRef, snapLineRef, scrollRef)
  const scrubRuler = useScrub(rulerRef)
  const scrubLanes = useScrub(timeAreaRef)
  const { hover, dropHandlers } = usePresetDrop(timeAreaRef)
  useFollowPlayhead(scrollRef)
  useEffect(() => {
    void Clip.prefetch()
    whenIdle(() => void ClipMenu.prefetch())
  }, [])
  useEffect(() => {
    if (scrollRef.current) scrollRef.current.scrollLeft = 0
  }, [shot.id])

  const onEmptyPointerDown = (e: ReactPointerEvent<HTMLElement>) => {
    if (e.button !== 0) return
    studioActions().selectClip(null)
    scrubLanes(e)
  }
  const onMenu = useCallback((e: ReactMouseEvent, clipId: string) => {
    e.preventDefault()
    studioActions().selectClip(clipId)
    setMenu({ clipId, x: e.clientX, y: e.clientY })
  }, [])
  const closeMenu = useCallback(() => setMenu(null), [])
  const a = studioActions()

  const dropLane = hover && hover.laneIndex < layout.lanes.length ? layout.lanes[hover.laneIndex] : null
  const dropTop = dropLane ? dropLane.top : layout.height
  const dropHeight = dropLane ? dropLane.height : NEW_TRACK_ZONE_PX

  return (
    <div className="flex h-full min-h-0 flex-col bg-neutral-950 text-xs text-neutral-300 select-none" data-testid="timeline">
      <ShotStrip />
      <TransportBar onZoom={zoomTo} />
      <div ref={scrollRef} className="relative min-h-0 flex-1 overflow-auto overscroll-contain" data-testid="timeline.scroll">
        <div className="relative min-h-full" style={{ width: GUTTER_PX + widthPx }}>
          <div className="sticky top-0 z-30 flex">
            <div
              className="sticky left-0 z-10 flex h-5 shrink-0 items-center border-r border-b border-neutral-800 bg-neutral-900 px-2 text-[10px] text-neutral-500"
              style={{ width: GUTTER_PX }}
              title={`${shot.name}: ${shot.fps} fps, ${shot.aspect}`}
            >
              {formatTimecode(shot.durationS, shot.fps)}
            </div>
            <TimeRuler rulerRef={rulerRef} scrollRef={scrollRef} widthPx={widthPx} pps={pps} fps={shot.fps} durationS={shot.durationS} onScrub={scrubRuler} />
          </div>
          <div className="flex">
            <div className="sticky left-0 z-30 shrink-0 border-r border-neutral-800 bg-neutral-950" style={{ width: GUTTER_PX }}>
              {layout.lanes.map((lane) => {
                const clips = shot.tracks[lane.index].clips.length
                return <TrackHeader key={lane.trackId} lane={lane} clipCount={clips} removable={clips === 0 && shot.tracks.length > 1} />
              })}
              <div className="flex items-center px-1" style={{ height: NEW_TRACK_ZONE_PX }}>
                <IconButton size="sm" icon="plus" label="Add track" testId="timeline.add-track" onClick={() => a.addTrack()}>
                  <span className="pr-1 text-[10px]">Track</span>
                </IconButton>
              </div>
            </div>
            <div
              ref={timeAreaRef}
              data-testid="timeline.lanes"
              className="relative shrink-0"
              style={{ width: widthPx, height: layout.height + NEW_TRACK_ZONE_PX }}
              onPointerDown={onEmptyPointerDown}
              {...dropHandlers}
            >
              {layout.lanes.map((lane) => (
                <TrackLane key={lane.trackId} lane={lane} dropTarget={hover?.laneIndex === lane.index} />
              ))}
              <NewTrackZone top={layout.height} active={hover?.laneIndex === layout.lanes.length} />
              <div
                data-testid="timeline.beyond-end"
                className="pointer-events-none absolute top-0 bottom-0 right-0 border-l border-neutral-400/70 bg-[repeating-linear-gradient(135deg,rgba(0,0,0,0.45)_0_6px,rgba(0,0,0,0.3)_6px_12px)]"
                style={{ left: shot.durationS * pps }}
              />
              <div className="pointer-events-none absolute inset-0 z-10">
                <Suspense fallback={null}>
                  {shot.tracks.map((track) =>
                    track.clips.map((clip) => (
                      <Clip.Component
                        key={clip.id}
                        clip={clip}
                        trackId={track.id}
                        top={layout.clips.get(clip.id)?.top ?? 0}
                        pps={pps}
                        selected={clip.id === selectedClipId}
                        onDragStart={onClipDrag}
                        onMenu={onMenu}
                        onDuplicate={a.duplicateClip}
                        onDelete={a.deleteClip}
                      />
                    )),
                  )}
                </Suspense>
              </div>
              {hover && (
                <div
                  data-testid="timeline.drop-marker"
                  className="pointer-events-none absolute z-20 w-0.5 bg-sky-300"
                  style={{ left: hover.timeS * pps - 1, top: dropTop, height: dropHeight }}
                >
                  <span className="absolute -top-0.5 left-1.5 rounded-sm bg-sky-300 px-1 text-[10px] leading-4 font-medium text-neutral-950 tabular-nums whitespace-nowrap">
                    + {formatTimecode(hover.timeS, shot.fps)}
                    {dropLane ? '' : ' · new track'}
                  </span>
                </div>
              )}
              <div ref={snapLineRef} data-testid="timeline.snap-line" className="pointer-events-none absolute top-0 bottom-0 left-0 z-20 w-px bg-sky-300" style={{ display: 'none' }} />
              <PlayheadLine />
            </div>
          </div>
          <ScratchTrackLane widthPx={widthPx} pps={pps} />
        </div>
      </div>
      {menu && (
        <Suspense fallback={null}>
          <ClipMenu.Component menu={menu} onClose={closeMenu} />
        </Suspense>
      )}
    </div>
  )
}
