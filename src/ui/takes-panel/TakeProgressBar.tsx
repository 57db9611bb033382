import { useTakes } from '../../state/takesStore'
import { formatDuration, formatProgress } from './format'

/** The progress of a take in flight: a bar, frames done, frames per second, time left, time elapsed (re-rendered with each progress report). */
export function TakeProgressBar({ takeId, startedAt }: { takeId: string; startedAt: number | null }) {
  const progress = useTakes((s) => s.progress[takeId])
  const fraction = progress?.fraction ?? 0
  return (
    <div className="space-y-1" data-testid="take.progress" data-fraction={fraction.toFixed(3)}>
      <div
        className="h-1.5 overflow-hidden rounded-full bg-neutral-800"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(fraction * 100)}
        aria-label="Render progress"
      >
        <div className="h-full rounded-full bg-sky-400 transition-[width] duration-150" style={{ width: `${(fraction * 100).toFixed(1)}%` }} />
      </div>
      <div className="text-[11px] text-neutral-400 tabular-nums" data-testid="take.progressText">
        {progress ? formatProgress(progress) : 'Starting…'}
        {startedAt !== null && ` · ${formatDuration((Date.now() - startedAt) / 1000)} elapsed`}
      </div>
    </div>
  )
}
