import { ASPECT_RATIOS, aspectValue, type AspectRatio } from '../../core/camera/lens'
import { studioStore } from '../../state'
import { MAX_SHOT_DURATION_S, MIN_CLIP_DURATION_S, SHOT_FPS_CHOICES, type Shot } from '../../timeline'
import { FieldRow, NumberField, Section, Segmented, Select, TextField } from '../primitives'
import { framesLabel } from './framesLabel'
import { memoOnShotFields } from './memoOnShot'

export interface ShotSectionProps {
  readonly shot: Shot
}

const act = () => studioStore.getState()

/** A little rectangle of the aspect ratio, fitted in 14 x 12. */
function AspectIcon({ aspect }: { aspect: AspectRatio }) {
  const a = aspectValue(aspect)
  const w = a >= 14 / 12 ? 14 : 12 * a
  const h = w / a
  return (
    <svg viewBox="0 0 16 14" width="16" height="14" aria-hidden>
      <rect x={(16 - w) / 2} y={(14 - h) / 2} width={w} height={h} rx="1" fill="none" stroke="currentColor" strokeWidth="1.2" />
    </svg>
  )
}

const ASPECT_OPTIONS = ASPECT_RATIOS.map((a) => ({
  value: a,
  title: `Aspect ${a}`,
  label: (
    <span className="flex flex-col items-center leading-none">
      <AspectIcon aspect={a} />
      <span className="text-[9px]">{a}</span>
    </span>
  ),
}))

const FPS_OPTIONS = SHOT_FPS_CHOICES.map((f) => ({ value: String(f), label: `${f} fps` }))

/** The selected shot: name, length, frame rate and aspect ratio. */
function ShotSectionBody({ shot }: ShotSectionProps) {
  const fpsOptions = FPS_OPTIONS.some((o) => Number(o.value) === shot.fps) ? FPS_OPTIONS : [...FPS_OPTIONS, { value: String(shot.fps), label: `${shot.fps} fps` }]
  return (
    <Section title="Shot" testId="inspector.shot">
      <FieldRow label="Name">
        <TextField value={shot.name} ariaLabel="Shot name" testId="inspector.shot.name" onCommit={(n) => act().renameShot(shot.id, n)} className="flex-1" />
      </FieldRow>
      <FieldRow label="Duration" hint={framesLabel(shot.durationS, shot.fps)}>
        <NumberField
          value={shot.durationS}
          min={MIN_CLIP_DURATION_S}
          max={MAX_SHOT_DURATION_S}
          step={0.1}
          decimals={3}
          unit="s"
          ariaLabel="Shot duration (seconds)"
          testId="inspector.shot.duration"
          onCommit={(d) => act().updateShotSettings(shot.id, { durationS: d })}
          className="flex-1"
        />
      </FieldRow>
      <FieldRow label="Frame rate">
        <Select
          value={String(shot.fps)}
          options={fpsOptions}
          ariaLabel="Frame rate"
          testId="inspector.shot.fps"
          onChange={(v) => act().updateShotSettings(shot.id, { fps: Number(v) })}
        />
      </FieldRow>
      <Segmented
        value={shot.aspect}
        options={ASPECT_OPTIONS}
        ariaLabel="Aspect ratio"
        testId="inspector.shot.aspect"
        onChange={(a) => act().updateShotSettings(shot.id, { aspect: a })}
        className="[&>button]:h-8"
      />
    </Section>
  )
}

/** Re-renders only when one of these shot fields changes (memoOnShot.ts). */
export const ShotSection = memoOnShotFields(ShotSectionBody, ['id', 'name', 'durationS', 'fps', 'aspect'])
