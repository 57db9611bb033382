/** One lane's background (the clips are drawn in a layer above all lanes) and the new-track drop zone. */
import { memo } from 'react'
import type { LaneBox } from './laneLayout'

export function TrackLane({ lane, dropTarget }: { lane: LaneBox; dropTarget: boolean }) {
  return (
    <div
      data-testid="timeline.track"
      data-track-id={lane.trackId}
      data-track-index={lane.index}
      data-drop-target={dropTarget || undefined}
      className={`absolute right-0 left-0 border-b border-neutral-800/80 ${
        dropTarget ? 'bg-sky-400/10' : lane.index % 2 === 0 ? 'bg-neutral-900/60' : 'bg-neutral-900/30'
      }`}
      style={{ top: lane.top, height: lane.height }}
    />
  )
}

export const NEW_TRACK_ZONE_PX = 22

function NewTrackZoneBody({ top, active }: { top: number; active: boolean }) {
  return (
    <div
      data-testid="timeline.new-track-zone"
      className={`absolute right-0 left-0 ${active ? 'border border-dashed border-sky-400/60 bg-sky-400/10' : ''}`}
      style={{ top, height: NEW_TRACK_ZONE_PX }}
    />
  )
}

/** Memoised: an edit re-renders the timeline panel; this redraws only when its own props change. */
export const NewTrackZone = memo(NewTrackZoneBody)
