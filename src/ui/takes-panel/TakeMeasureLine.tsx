/**
 * A finished take's measurement in the takes list: measuring (bar, phase, Cancel), the "followed"
 * score with the departure that matters most (click: Compare, where the curves are), why it failed,
 * or a Measure button for a take from before measuring existed.
 */
import { cancelMeasure, requestMeasure } from '../../take-measurement/auto'
import { useTakeMeasure } from '../../take-measurement/measureStore'
import { buttonBase, cx } from '../primitives'

const small = cx(buttonBase, 'h-5 px-1.5 text-[11px]')

/** Green from 85 %, amber from 60 %, red below. */
const scoreTone = (score: number): string =>
  score >= 0.85 ? 'bg-emerald-500/15 text-emerald-300' : score >= 0.6 ? 'bg-amber-400/15 text-amber-300' : 'bg-red-500/15 text-red-300'

export function TakeMeasureLine({ takeId, onCompare }: { takeId: string; onCompare: () => void }) {
  const state = useTakeMeasure(takeId)
  if (!state)
    return (
      <div className="flex items-center gap-2 text-[11px] text-neutral-500">
        Camera motion not measured.
        <button type="button" className={small} onClick={() => requestMeasure(takeId)} data-testid="take.measure" title="Measure the camera motion in this take and score it against the design">
          Measure
        </button>
      </div>
    )
  if (state.status === 'measuring')
    return (
      <div className="flex items-center gap-2" data-testid="take.measuring" data-fraction={state.fraction.toFixed(3)}>
        <div className="min-w-0 flex-1 space-y-0.5">
          <div className="h-1 overflow-hidden rounded-full bg-neutral-800" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(state.fraction * 100)} aria-label="Measuring camera motion">
            <div className="h-full rounded-full bg-violet-400 transition-[width] duration-150" style={{ width: `${(state.fraction * 100).toFixed(1)}%` }} />
          </div>
          <div className="truncate text-[11px] text-neutral-400 tabular-nums">
            {state.phase} · {Math.round(state.fraction * 100)} %
          </div>
        </div>
        <button type="button" className={small} onClick={() => cancelMeasure(takeId)} data-testid="take.measureCancel">
          Cancel
        </button>
      </div>
    )
  if (state.status === 'failed')
    return (
      <div className="flex items-center gap-2 text-[11px] text-red-300" data-testid="take.measureError">
        <span className="min-w-0 flex-1">Not measured: {state.error}</span>
        <button type="button" className={small} onClick={() => requestMeasure(takeId)} data-testid="take.measure">
          Measure again
        </button>
      </div>
    )
  const { score, verdict } = state.headline
  return (
    <button
      type="button"
      onClick={onCompare}
      className="flex w-full min-w-0 items-center gap-2 rounded text-left text-[11px] hover:bg-neutral-800/60"
      data-testid="take.followed"
      data-score={score.toFixed(2)}
      title="How closely the camera motion measured in this take follows the design (open Compare for the curves and paths)"
    >
      <span className={cx('shrink-0 rounded px-1.5 py-px font-semibold tabular-nums', scoreTone(score))}>Followed {Math.round(score * 100)} %</span>
      {verdict && <span className="truncate text-neutral-400">{verdict}</span>}
    </button>
  )
}
