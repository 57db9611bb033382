import { memo } from 'react'
import { cx } from '../primitives'
import { TONE_CLASSES, formatScore, scoreAttribute, scoreTone, summaryOf } from './model'
import type { CompiledTarget } from './protocol'

export interface TargetRowProps {
  readonly compiled: CompiledTarget
  readonly selected: boolean
  readonly onSelect: (id: string) => void
}

/** One route: label, kind, score with its fidelity bar, and a one-line summary. */
export const TargetRow = memo(function TargetRow({ compiled, selected, onSelect }: TargetRowProps) {
  const { target, result } = compiled
  const tone = TONE_CLASSES[scoreTone(result)]
  const summary = summaryOf(compiled)
  const score = result.ok ? result.fidelity.score : 0
  return (
    <button
      type="button"
      data-testid={`compile.target.${target.id}`}
      data-score={scoreAttribute(result)}
      aria-pressed={selected}
      title={`${target.label}: ${summary}`}
      onClick={() => onSelect(target.id)}
      className={cx(
        'flex w-full flex-col gap-1 border-b border-neutral-800/70 px-3 py-1.5 text-left transition-colors',
        'focus-visible:outline focus-visible:-outline-offset-1 focus-visible:outline-amber-400',
        selected ? 'bg-neutral-800' : 'hover:bg-neutral-800/50',
      )}
    >
      <span className="flex min-w-0 items-center gap-1.5">
        <span className={cx('min-w-0 flex-1 truncate text-xs', selected ? 'text-amber-200' : 'text-neutral-200')}>{target.label}</span>
        <span
          className={cx(
            'shrink-0 rounded px-1 text-[9px] leading-[14px] tracking-wide uppercase',
            target.kind === 'payload' ? 'bg-sky-950 text-sky-300' : 'bg-violet-950 text-violet-300',
          )}
        >
          {target.kind}
        </span>
        <span className={cx('w-9 shrink-0 text-right text-[11px] font-medium tabular-nums', tone.text)}>{formatScore(result)}</span>
      </span>
      <span className="block h-1 w-full overflow-hidden rounded-full bg-neutral-800" aria-hidden>
        <span className={cx('block h-full rounded-full', tone.bar)} style={{ width: `${Math.max(result.ok ? 2 : 0, score * 100)}%` }} />
      </span>
      <span className={cx('block truncate text-[10px]', result.ok ? 'text-neutral-500' : 'text-neutral-500 italic')}>{summary}</span>
    </button>
  )
})
