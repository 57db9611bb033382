/** The header left of a lane: its number, clip count and (when empty) a remove button. */
import { studioActions } from '../../state'
import { IconButton } from './IconButton'
import type { LaneBox } from './laneLayout'

export interface TrackHeaderProps {
  readonly lane: LaneBox
  readonly clipCount: number
  /** A shot keeps at least one track; only empty tracks can be removed. */
  readonly removable: boolean
}

export function TrackHeader({ lane, clipCount, removable }: TrackHeaderProps) {
  return (
    <div
      data-testid="timeline.track-header"
      className="group flex items-start justify-between border-b border-neutral-800/80 pt-1 pr-1 pl-2"
      style={{ height: lane.height }}
    >
      <div className="flex flex-col leading-tight">
        <span className="text-[11px] whitespace-nowrap text-neutral-300">Track {lane.index + 1}</span>
        {lane.rowCount > 1 || clipCount > 0 ? <span className="text-[9px] text-neutral-600">{clipCount} clip{clipCount === 1 ? '' : 's'}</span> : null}
      </div>
      {removable && (
        <IconButton size="sm" icon="close" label={`Remove track ${lane.index + 1}`} testId="timeline.remove-track" onClick={() => studioActions().removeTrack(lane.trackId)} />
      )}
    </div>
  )
}
