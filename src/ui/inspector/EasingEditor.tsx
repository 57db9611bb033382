import { memo } from 'react'
import { BEZIER_Y_MAX, BEZIER_Y_MIN, EASING_NAMES, easingHandles, namedEasing, type BezierHandles, type Easing, type EasingName } from '../../core/math/easing'
import { studioStore } from '../../state'
import { NumberField, Select } from '../primitives'
import { BezierEditor } from './BezierEditor'
import { CUSTOM_EASING, easingLabel, easingSelectValue } from './bezierModel'

export interface EasingEditorProps {
  readonly clipId: string
  readonly easing: Easing
}

const act = () => studioStore.getState()
const OPTIONS = [...EASING_NAMES.map((n) => ({ value: n as string, label: easingLabel(n) })), { value: CUSTOM_EASING, label: 'Custom…' }]
const HANDLE_FIELDS = [
  { i: 0, label: 'x1', min: 0, max: 1 },
  { i: 1, label: 'y1', min: BEZIER_Y_MIN, max: BEZIER_Y_MAX },
  { i: 2, label: 'x2', min: 0, max: 1 },
  { i: 3, label: 'y2', min: BEZIER_Y_MIN, max: BEZIER_Y_MAX },
] as const

/**
 * The clip's easing: a named curve or custom cubic-bezier handles (dragged or typed). Memoised: a
 * change of the clip's parameters (or its undo) keeps the same easing object and renders nothing here.
 */
export const EasingEditor = memo(function EasingEditor({ clipId, easing }: EasingEditorProps) {
  const handles = easingHandles(easing)
  const setBezier = (h: BezierHandles) => act().setClipEasing(clipId, { kind: 'bezier', handles: h })
  const onSelect = (v: string) => {
    if (v === CUSTOM_EASING) setBezier(handles)
    else act().setClipEasing(clipId, namedEasing(v as EasingName))
  }
  const setOne = (i: number, v: number) => setBezier(handles.map((h, j) => (j === i ? v : h)) as unknown as BezierHandles)

  return (
    <div className="flex flex-col gap-2">
      <div className="grid grid-cols-[84px_minmax(0,1fr)] items-center gap-2">
        <span className="text-xs text-neutral-400">Curve</span>
        <Select value={easingSelectValue(easing)} options={OPTIONS} onChange={onSelect} ariaLabel="Easing curve" testId="inspector.easing" />
      </div>
      <div className="flex gap-2">
        <BezierEditor
          handles={handles}
          onChange={setBezier}
          onGestureStart={() => act().beginGesture()}
          onGestureEnd={() => act().commitGesture()}
          onGestureCancel={() => act().cancelGesture()}
          width={180}
          height={140}
        />
        <div className="flex min-w-0 flex-1 flex-col gap-1">
          {HANDLE_FIELDS.map((f) => (
            <label key={f.label} className="flex flex-col gap-0.5">
              <span className="text-[10px] text-neutral-500">{f.label}</span>
              <NumberField
                value={handles[f.i]}
                min={f.min}
                max={f.max}
                step={0.01}
                decimals={3}
                ariaLabel={`Bezier ${f.label}`}
                testId={`inspector.bezier.${f.label}`}
                errorAlign="right"
                onCommit={(v) => setOne(f.i, v)}
              />
            </label>
          ))}
        </div>
      </div>
      <p className="text-[10px] leading-snug text-neutral-500">Drag the handles; Esc while dragging puts the curve back.</p>
    </div>
  )
})
