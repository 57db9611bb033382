import { NumberField } from '../primitives'

export interface AxisFieldsProps {
  readonly values: readonly number[]
  /** Axis names shown above the fields (x y z, or yaw pitch roll). */
  readonly axes: readonly string[]
  readonly onCommit: (axis: number, value: number) => void
  /** Named in each field's accessible label (the row shows it once). */
  readonly unit: string
  readonly step: number
  readonly decimals?: number
  readonly min?: number | readonly number[]
  readonly max?: number | readonly number[]
  /** Each field gets `testIdPrefix.axisName`. */
  readonly testIdPrefix: string
  readonly ariaPrefix: string
}

const at = (v: number | readonly number[] | undefined, i: number) => (typeof v === 'number' || v === undefined ? v : v[i])

/** A row of small numeric fields, one per axis. */
export function AxisFields({ values, axes, onCommit, unit, step, decimals = 2, min, max, testIdPrefix, ariaPrefix }: AxisFieldsProps) {
  return (
    <div className="grid min-w-0 flex-1 gap-1" style={{ gridTemplateColumns: `repeat(${axes.length}, minmax(0, 1fr))` }}>
      {axes.map((axis, i) => (
        <label key={axis} className="flex min-w-0 flex-col gap-0.5">
          <span className="text-[9px] tracking-wide text-neutral-500 uppercase">{axis}</span>
          <NumberField
            value={values[i]}
            min={at(min, i)}
            max={at(max, i)}
            step={step}
            decimals={decimals}
            ariaLabel={`${ariaPrefix} ${axis} (${unit})`}
            testId={`${testIdPrefix}.${axis}`}
            errorAlign={i === axes.length - 1 && i > 0 ? 'right' : 'left'}
            onCommit={(v) => onCommit(i, v)}
          />
        </label>
      ))}
    </div>
  )
}
