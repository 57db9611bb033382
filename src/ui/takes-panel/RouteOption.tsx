/** One route in the picker: state, name, cost; kind of control, fidelity for the shot, and why it cannot send. */
import { memo } from 'react'
import type { ControlKind } from '../../route-catalog'
import { cx } from '../primitives'
import type { RouteChoice } from './routeChoice'

const KIND_STYLE: Readonly<Record<ControlKind['id'], string>> = {
  'exact-path': 'border-emerald-700 bg-emerald-950 text-emerald-300',
  'numeric-axes': 'border-sky-800 bg-sky-950 text-sky-300',
  'named-presets': 'border-violet-800 bg-violet-950 text-violet-300',
  // words the model may not follow: drawn open, never as solid as a camera field
  'words-only': 'border-dashed border-neutral-600 bg-transparent text-neutral-400',
}

export function ControlChip({ kind }: { readonly kind: ControlKind | undefined }) {
  if (!kind) return null
  return (
    <span title={kind.description} className={cx('shrink-0 rounded border px-1 text-[9px] leading-[13px] tracking-wide uppercase', KIND_STYLE[kind.id])}>
      {kind.label}
    </span>
  )
}

export function FidelityText({ choice }: { readonly choice: RouteChoice }) {
  if (choice.shotProblem)
    return (
      <span className="shrink-0 text-[10px] text-red-300" title={choice.shotProblem.message} data-testid={`takes.route.${choice.id}.problem`}>
        {choice.shotProblem.short}
      </span>
    )
  if (choice.fidelity === null) return <span className="text-[10px] text-neutral-600">…</span>
  const words = choice.control?.id === 'words-only'
  const pct = Math.round(choice.fidelity * 100)
  return (
    <span
      className={cx('text-[10px] tabular-nums', words ? 'text-neutral-500 italic' : pct >= 85 ? 'text-lime-300' : pct >= 60 ? 'text-amber-300' : 'text-red-300')}
      title={words ? 'How much of the move the prompt names: the model may or may not follow words.' : 'How much of the designed move this route can express (see Compile for details).'}
    >
      {words ? `~${pct}% in words` : `${pct}% fidelity`}
    </span>
  )
}

export interface RouteOptionProps {
  readonly choice: RouteChoice
  readonly selected: boolean
  readonly onPick: (id: string) => void
}

export const RouteOption = memo(function RouteOption({ choice, selected, onPick }: RouteOptionProps) {
  const state = !choice.ready ? 'bg-neutral-600' : choice.blocked ? 'bg-amber-400' : 'bg-emerald-400'
  return (
    <button
      type="button"
      role="radio"
      aria-checked={selected}
      data-testid={`takes.route.${choice.id}`}
      data-blocked={choice.blocked ? 'true' : undefined}
      onClick={() => onPick(choice.id)}
      className={cx(
        'flex w-full flex-col gap-0.5 border-b border-neutral-800/70 px-2 py-1 text-left',
        'focus-visible:outline focus-visible:-outline-offset-1 focus-visible:outline-amber-400',
        selected ? 'bg-neutral-800' : 'hover:bg-neutral-800/50',
      )}
    >
      <span className="flex min-w-0 items-center gap-1.5">
        <span className={cx('h-1.5 w-1.5 shrink-0 rounded-full', state)} aria-hidden />
        <span className={cx('min-w-0 flex-1 truncate text-xs', selected ? 'text-amber-200' : choice.ready ? 'text-neutral-200' : 'text-neutral-500')}>{choice.label}</span>
        <span className="shrink-0 text-[10px] text-neutral-300 tabular-nums" title={choice.cost.title} data-testid={`takes.route.${choice.id}.cost`}>
          {choice.cost.text}
        </span>
      </span>
      <span className="flex min-w-0 items-center gap-1.5 pl-3">
        <ControlChip kind={choice.control} />
        <FidelityText choice={choice} />
        {choice.blocked && <span className="min-w-0 flex-1 truncate text-[10px] text-neutral-500" title={choice.blocked}>{choice.ready ? choice.blocked : 'not set up'}</span>}
      </span>
    </button>
  )
})
