import { FOCAL_LENGTH_RANGE_MM, SENSOR_PRESETS, type SensorId } from '../../core/camera/lens'
import { studioStore } from '../../state'
import type { Shot } from '../../timeline'
import { FieldRow, NumberField, Section, Select, Slider, Toggle, cx } from '../primitives'
import { subjectPointAtStart } from './framing'
import { FOCAL_CHIPS_MM, FOCAL_SLIDER_MM, fStopChoices, formatDegrees, formatDistance, lensReadout, sensorOptions } from './lensModel'
import { memoOnShotFields } from './memoOnShot'

export interface LensSectionProps {
  readonly shot: Shot
}

const act = () => studioStore.getState()

/** Focal length, sensor, derived angles of view, focus and aperture of the shot's lens. */
function LensSectionBody({ shot }: LensSectionProps) {
  const lens = shot.lens
  const readout = lensReadout(lens, shot.aspect)
  const setFocal = (mm: number) => act().updateLens({ focalLengthMm: mm })
  const setSensor = (id: string) => {
    const s = SENSOR_PRESETS.find((p) => p.id === id)
    if (s) act().updateLens({ sensorId: s.id as SensorId, sensorWidthMm: s.widthMm, sensorHeightMm: s.heightMm })
  }
  const followSubject = lens.focusDistanceM === null
  const setFollow = (on: boolean) => {
    if (on) return act().updateLens({ focusDistanceM: null })
    const [sx, sy, sz] = subjectPointAtStart(shot.subject)
    const [px, py, pz] = shot.start.position
    act().updateLens({ focusDistanceM: Math.max(0.1, Number(Math.hypot(sx - px, sy - py, sz - pz).toFixed(2))) })
  }

  return (
    <Section title="Lens" testId="inspector.lens">
      <FieldRow label="Focal length" hint="mm">
        <Slider
          value={lens.focalLengthMm}
          min={FOCAL_SLIDER_MM.min}
          max={FOCAL_SLIDER_MM.max}
          step={1}
          scale="log"
          ariaLabel="Focal length slider"
          testId="inspector.focal.slider"
          onGestureStart={() => act().beginGesture()}
          onChange={setFocal}
          onGestureEnd={() => act().commitGesture()}
          className="mt-1"
        />
        <NumberField
          value={lens.focalLengthMm}
          min={FOCAL_LENGTH_RANGE_MM.min}
          max={FOCAL_LENGTH_RANGE_MM.max}
          step={1}
          decimals={1}
          unit="mm"
          ariaLabel="Focal length (mm)"
          testId="inspector.focal"
          errorAlign="right"
          onCommit={setFocal}
          className="w-[68px] shrink-0"
        />
      </FieldRow>
      <div className="flex gap-1 pl-[92px]">
        {FOCAL_CHIPS_MM.map((mm) => (
          <button
            key={mm}
            type="button"
            data-testid={`inspector.focal.${mm}`}
            title={`${mm} mm`}
            onClick={() => setFocal(mm)}
            className={cx(
              'h-5 flex-1 rounded border text-[10px] tabular-nums',
              lens.focalLengthMm === mm ? 'border-amber-400/70 bg-amber-400/15 text-amber-300' : 'border-neutral-700 text-neutral-400 hover:border-neutral-500 hover:text-neutral-200',
            )}
          >
            {mm}
          </button>
        ))}
      </div>
      <FieldRow label="Sensor">
        <Select value={lens.sensorId} options={sensorOptions(lens)} ariaLabel="Sensor" testId="inspector.sensor" onChange={setSensor} />
      </FieldRow>
      <FieldRow label="Field of view" title={`Gate ${readout.gateWidthMm.toFixed(2)} x ${readout.gateHeightMm.toFixed(2)} mm at ${shot.aspect}`}>
        <div data-testid="inspector.fov" className="flex h-6 items-center gap-3 text-xs text-neutral-100 tabular-nums">
          <span>
            <span className="mr-1 text-[10px] text-neutral-500">H</span>
            <span data-testid="inspector.fov.h">{formatDegrees(readout.horizontalFovDeg)}</span>
          </span>
          <span>
            <span className="mr-1 text-[10px] text-neutral-500">V</span>
            <span data-testid="inspector.fov.v">{formatDegrees(readout.verticalFovDeg)}</span>
          </span>
        </div>
      </FieldRow>
      <FieldRow label="Focus">
        <div className="flex min-w-0 flex-1 flex-col gap-1">
          <Toggle checked={followSubject} onChange={setFollow} label="Follow subject" testId="inspector.focus.follow" />
          {!followSubject && (
            <NumberField
              value={lens.focusDistanceM ?? 0}
              min={0.1}
              max={10000}
              step={0.1}
              decimals={2}
              unit="m"
              ariaLabel="Focus distance (m)"
              testId="inspector.focus.distance"
              onCommit={(m) => act().updateLens({ focusDistanceM: m })}
            />
          )}
        </div>
      </FieldRow>
      <FieldRow label="Aperture">
        <Select
          value={String(lens.fStop)}
          options={fStopChoices(lens.fStop).map((f) => ({ value: String(f), label: `f/${f}` }))}
          ariaLabel="f-stop"
          testId="inspector.fstop"
          onChange={(v) => act().updateLens({ fStop: Number(v) })}
          className="w-[72px] shrink-0"
        />
        <span className="flex h-6 min-w-0 items-center gap-1 truncate text-xs" title="Focused at this distance, everything from half of it to infinity is acceptably sharp">
          <span className="text-[10px] text-neutral-500">hyperfocal</span>
          <span data-testid="inspector.hyperfocal" className="text-neutral-100 tabular-nums">
            {formatDistance(readout.hyperfocalM)}
          </span>
        </span>
      </FieldRow>
    </Section>
  )
}

/** Re-renders only when one of these shot fields changes (memoOnShot.ts). */
export const LensSection = memoOnShotFields(LensSectionBody, ['lens', 'aspect', 'start', 'subject'])
