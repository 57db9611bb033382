import { studioStore } from '../../state'
import { DiceIcon, IconButton, NumberField, ResetIcon, Select, Slider } from '../primitives'
import { randomSeed, type ChoiceControl, type NumberControl, type ParamControl as ParamControlModel } from './paramModel'

export interface ParamControlProps {
  readonly clipId: string
  readonly control: ParamControlModel
}

const act = () => studioStore.getState()
const setParam = (clipId: string, name: string, value: number | string) => act().setClipParams(clipId, { [name]: value })

/** One move parameter: label, unit and reset on the first line; the control below. */
export function ParamControl({ clipId, control: c }: ParamControlProps) {
  return (
    <div className="flex flex-col gap-1">
      <div className="flex h-5 items-center gap-1.5" title={c.description}>
        <span className="truncate text-xs text-neutral-400">{c.label}</span>
        {c.kind === 'number' && !c.isSeed && <span className="truncate text-[10px] text-neutral-500">{c.unitLabel}</span>}
        <span className="flex-1" />
        <IconButton
          variant="ghost"
          label={`Reset ${c.label} to ${formatDefault(c)}`}
          testId={`inspector.reset.${c.name}`}
          disabled={c.isDefault}
          onClick={() => act().resetClipParams(clipId, [c.name])}
          className="h-5 w-5"
        >
          <ResetIcon />
        </IconButton>
      </div>
      {c.kind === 'choice' ? <ChoiceInput clipId={clipId} c={c} /> : <NumberInput clipId={clipId} c={c} />}
    </div>
  )
}

const formatDefault = (c: ParamControlModel): string =>
  c.kind === 'choice' ? (c.options.find((o) => o.value === c.defaultValue)?.label ?? c.defaultValue) : `${c.defaultValue}${c.isSeed ? '' : ` ${c.unitLabel}`}`

function ChoiceInput({ clipId, c }: { clipId: string; c: ChoiceControl }) {
  return (
    <Select
      value={c.value}
      options={c.options}
      ariaLabel={c.label}
      testId={`inspector.param.${c.name}`}
      onChange={(v) => setParam(clipId, c.name, v)}
    />
  )
}

function NumberInput({ clipId, c }: { clipId: string; c: NumberControl }) {
  const field = (
    <NumberField
      value={c.value}
      min={c.min}
      max={c.max}
      step={c.step}
      integer={c.integer}
      decimals={c.decimals}
      ariaLabel={`${c.label} (${c.unitLabel})`}
      testId={`inspector.param.${c.name}`}
      title={`${c.min} to ${c.max} ${c.isSeed ? '' : c.unitLabel}`.trim()}
      onCommit={(v) => setParam(clipId, c.name, v)}
      errorAlign="right"
      className={c.isSeed ? 'flex-1' : 'w-[76px] shrink-0'}
    />
  )
  if (c.isSeed)
    return (
      <div className="flex items-start gap-1">
        {field}
        <IconButton label="New random seed" testId={`inspector.dice.${c.name}`} onClick={() => setParam(clipId, c.name, randomSeed(c.min, c.max, c.value))}>
          <DiceIcon />
          <span>Roll</span>
        </IconButton>
      </div>
    )
  return (
    <div className="flex items-start gap-2">
      <Slider
        value={c.value}
        min={c.min}
        max={c.max}
        step={c.step}
        scale={c.sliderScale}
        ariaLabel={`${c.label} slider`}
        testId={`inspector.slider.${c.name}`}
        onGestureStart={() => act().beginGesture()}
        onChange={(v) => setParam(clipId, c.name, v)}
        onGestureEnd={() => act().commitGesture()}
        className="mt-1"
      />
      {field}
    </div>
  )
}
