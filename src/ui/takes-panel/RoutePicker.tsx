/**
 * The route picker: every route with its state, kind of control, fidelity for the selected shot and
 * cost estimate; the chosen route's model (where it has several) with its limits. Collapsed, it is
 * one line naming the chosen route; arrow keys move through the routes while it is open.
 */
import { useCallback, useState } from 'react'
import { Select, cx } from '../primitives'
import { ControlChip, FidelityText, RouteOption } from './RouteOption'
import type { RouteChoice } from './routeChoice'
import { useGenerateSettings } from './settingsStore'

export interface RoutePickerProps {
  readonly choices: readonly RouteChoice[]
  readonly selected: RouteChoice
}

export function RoutePicker({ choices, selected }: RoutePickerProps) {
  const [open, setOpen] = useState(false)
  const set = useGenerateSettings((s) => s.set)
  const setModel = useGenerateSettings((s) => s.setModel)
  const pick = useCallback(
    (id: string) => {
      set({ routeId: id })
      setOpen(false)
    },
    [set],
  )
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return
    e.preventDefault()
    const i = choices.findIndex((c) => c.id === selected.id)
    const next = choices[(i + (e.key === 'ArrowDown' ? 1 : choices.length - 1)) % choices.length]
    set({ routeId: next.id })
    ;(e.currentTarget.querySelector(`[data-testid="takes.route.${next.id}"]`) as HTMLElement | null)?.focus()
  }
  return (
    <div className="space-y-1.5" data-testid="takes.routePicker">
      <button
        type="button"
        aria-expanded={open}
        data-testid="takes.route"
        data-route={selected.id}
        onClick={() => setOpen((o) => !o)}
        className="flex w-full items-center gap-1.5 rounded border border-neutral-700 bg-neutral-950 px-2 py-1 text-left hover:border-neutral-500 focus-visible:outline focus-visible:outline-2 focus-visible:outline-amber-400"
        title="Choose where this shot is generated"
      >
        <span className="min-w-0 flex-1">
          <span className="block truncate text-xs text-neutral-100">{selected.label}</span>
          <span className="flex items-center gap-1.5">
            <ControlChip kind={selected.control} />
            <FidelityText choice={selected} />
          </span>
        </span>
        <span className="shrink-0 text-[11px] text-neutral-200 tabular-nums" title={selected.cost.title} data-testid="takes.route.cost">
          {selected.cost.text}
        </span>
        <span className={cx('shrink-0 text-[10px] text-neutral-500 transition-transform', open && 'rotate-180')} aria-hidden>
          ▾
        </span>
      </button>
      {open && (
        <div role="radiogroup" aria-label="Generation route" className="max-h-72 overflow-y-auto rounded border border-neutral-800" onKeyDown={onKeyDown} data-testid="takes.routes">
          {choices.map((c) => (
            <RouteOption key={c.id} choice={c} selected={c.id === selected.id} onPick={pick} />
          ))}
        </div>
      )}
      {selected.models.length > 1 && (
        <div className="flex items-center gap-2">
          <span className="w-12 shrink-0 text-xs text-neutral-400">Model</span>
          <Select
            value={selected.model?.id ?? ''}
            options={selected.models.map((m) => ({ value: m.id, label: m.label }))}
            onChange={(v) => setModel(selected.id, v)}
            ariaLabel={`${selected.label} model`}
            testId="takes.model"
          />
        </div>
      )}
      {selected.hosted && selected.model && (
        <ul className="space-y-0.5 pl-1 text-[10px] leading-snug text-neutral-500" data-testid="takes.modelLimits">
          {selected.model.constraints.map((line) => (
            <li key={line}>· {line}</li>
          ))}
        </ul>
      )}
    </div>
  )
}
