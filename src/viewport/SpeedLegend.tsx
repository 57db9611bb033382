/** A tiny legend for the path gizmo: speed colour ramp, the shot's top speed, ticks and ghosts. */
import { memo } from 'react'
import { SPEED_RAMP } from './pathData'

/** Memoised: redraws only when the shot's top speed changes. */
export const SpeedLegend = memo(function SpeedLegend({ maxSpeed }: { maxSpeed: number }) {
  return (
    <div
      data-testid="viewport.speedLegend"
      className="pointer-events-none absolute bottom-2 left-2 rounded bg-neutral-950/70 px-2 py-1 text-[11px] leading-4 text-neutral-300"
    >
      <div className="flex items-center gap-1.5">
        <span>slow</span>
        <span className="inline-block h-1.5 w-16 rounded-sm" style={{ background: `linear-gradient(90deg, ${SPEED_RAMP.join(', ')})` }} />
        <span>fast</span>
        <span className="text-neutral-500">· top {maxSpeed.toFixed(1)} m/s</span>
      </div>
      <div className="text-neutral-500">dots: each second · faint frames: clip ends</div>
    </div>
  )
})
