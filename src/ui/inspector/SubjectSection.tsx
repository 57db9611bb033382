import { studioStore } from '../../state'
import type { Shot, SubjectPath } from '../../timeline'
import { FieldRow, NumberField, Section, Segmented } from '../primitives'
import { AxisFields } from './AxisFields'
import { memoOnShotFields } from './memoOnShot'

export interface SubjectSectionProps {
  readonly shot: Shot
}

const act = () => studioStore.getState()

const PATH_OPTIONS = [
  { value: 'still', label: 'Still', title: 'The subject stands still' },
  { value: 'line', label: 'Line', title: 'The subject walks straight ahead over the shot' },
  { value: 'arc', label: 'Arc', title: 'The subject walks a curve over the shot' },
] as const

const FORM_OPTIONS = [
  { value: 'figure', label: 'Figure', title: 'A person standing or walking' },
  { value: 'vehicle', label: 'Vehicle', title: 'A car, for car grip and car chase shots' },
] as const

const pathOfKind = (kind: SubjectPath['kind'], current: SubjectPath): SubjectPath =>
  kind === 'still' ? { kind } : kind === 'line' ? { kind, distanceM: current.kind === 'line' ? current.distanceM : 3 } : { kind, radiusM: 4, sweepDeg: 60 }

/** Where the subject stands, which way it faces, and how it moves (so tracking shots make sense). */
function SubjectSectionBody({ shot }: SubjectSectionProps) {
  const s = shot.subject
  const [gx, gy, gz] = s.groundPosition
  const path = s.path
  return (
    <Section title="Subject" testId="inspector.subject">
      <FieldRow stacked label="Position" hint="m, on the ground">
        <AxisFields
          values={[gx, gz]}
          axes={['x', 'z']}
          unit="m"
          step={0.1}
          min={-1000}
          max={1000}
          testIdPrefix="inspector.subject"
          ariaPrefix="Subject"
          onCommit={(axis, v) => act().updateSubject({ groundPosition: axis === 0 ? [v, gy, gz] : [gx, gy, v] })}
        />
      </FieldRow>
      <FieldRow label="Facing" hint="deg" title="0 faces +Z; positive turns the subject to its left">
        <NumberField value={s.facingDeg} min={-360} max={360} step={1} decimals={1} unit="deg" ariaLabel="Subject facing (deg)" testId="inspector.subject.facing" onCommit={(d) => act().updateSubject({ facingDeg: d })} className="flex-1" />
      </FieldRow>
      <FieldRow label="Form">
        <Segmented value={s.form ?? 'figure'} options={FORM_OPTIONS} ariaLabel="Subject form" testId="inspector.subject.form" onChange={(form) => act().updateSubject({ form })} className="flex-1" />
      </FieldRow>
      <FieldRow label="Path">
        <Segmented value={path.kind} options={PATH_OPTIONS} ariaLabel="Subject path" testId="inspector.subject.path" onChange={(k) => act().updateSubject({ path: pathOfKind(k, path) })} className="flex-1" />
      </FieldRow>
      {path.kind === 'line' && (
        <FieldRow label="Distance" hint="m" title="How far the subject walks over the whole shot">
          <NumberField value={path.distanceM} min={-500} max={500} step={0.1} decimals={2} unit="m" ariaLabel="Walk distance (m)" testId="inspector.subject.distance" onCommit={(d) => act().updateSubject({ path: { kind: 'line', distanceM: d } })} className="flex-1" />
        </FieldRow>
      )}
      {path.kind === 'arc' && (
        <>
          <FieldRow label="Radius" hint="m">
            <NumberField value={path.radiusM} min={0.1} max={500} step={0.1} decimals={2} unit="m" ariaLabel="Arc radius (m)" testId="inspector.subject.radius" onCommit={(r) => act().updateSubject({ path: { ...path, radiusM: r } })} className="flex-1" />
          </FieldRow>
          <FieldRow label="Sweep" hint="deg" title="Positive turns to the subject's left">
            <NumberField value={path.sweepDeg} min={-720} max={720} step={1} decimals={1} unit="deg" ariaLabel="Arc sweep (deg)" testId="inspector.subject.sweep" onCommit={(d) => act().updateSubject({ path: { ...path, sweepDeg: d } })} className="flex-1" />
          </FieldRow>
        </>
      )}
    </Section>
  )
}

/** Re-renders only when one of these shot fields changes (memoOnShot.ts). */
export const SubjectSection = memoOnShotFields(SubjectSectionBody, ['subject'])
