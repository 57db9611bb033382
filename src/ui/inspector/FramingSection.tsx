import { useState } from 'react'
import type { CameraPose } from '../../core/camera/pose'
import type { Vec3 } from '../../core/math/vec3'
import { studioStore } from '../../state'
import type { Shot } from '../../timeline'
import { FieldRow, IconButton, Section, TargetIcon } from '../primitives'
import { AxisFields } from './AxisFields'
import { defaultAimPoint, poseAimedAt, subjectPointAtStart, withAxis } from './framing'
import { memoOnShotFields } from './memoOnShot'

export interface FramingSectionProps {
  readonly shot: Shot
}

const act = () => studioStore.getState()
const POSITION_LIMIT = 10000

/** The starting framing (the camera pose at t = 0): position and angles, or an aim point. */
function FramingSectionBody({ shot }: FramingSectionProps) {
  const pose = shot.start
  const subjectPoint = subjectPointAtStart(shot.subject)
  // The aim point last typed stays shown while the pose is the one it produced.
  const [typedAim, setTypedAim] = useState<{ pose: CameraPose; point: Vec3 } | null>(null)
  const aim = typedAim && typedAim.pose === pose ? typedAim.point : defaultAimPoint(pose, subjectPoint)

  const setPosition = (axis: number, v: number) => act().setShotStart({ ...pose, position: withAxis(pose.position, axis as 0 | 1 | 2, v) })
  const setAngle = (axis: number, v: number) => {
    const key = (['yawDeg', 'pitchDeg', 'rollDeg'] as const)[axis]
    act().setShotStart({ ...pose, [key]: v })
  }
  const aimAt = (point: Vec3) => {
    const next = poseAimedAt(pose, point)
    if (!next) return act().notify('The aim point cannot be the camera position.', 'error')
    setTypedAim({ pose: next, point })
    act().setShotStart(next)
  }

  return (
    <Section title="Framing" testId="inspector.framing">
      <FieldRow stacked label="Position" hint="m">
        <AxisFields
          values={pose.position}
          axes={['x', 'y', 'z']}
          unit="m"
          step={0.05}
          min={-POSITION_LIMIT}
          max={POSITION_LIMIT}
          testIdPrefix="inspector.framing.position"
          ariaPrefix="Camera position"
          onCommit={setPosition}
        />
      </FieldRow>
      <FieldRow stacked label="Angles" hint="deg">
        <AxisFields
          values={[pose.yawDeg, pose.pitchDeg, pose.rollDeg]}
          axes={['yaw', 'pitch', 'roll']}
          unit="deg"
          step={0.5}
          decimals={1}
          min={[-360, -90, -180]}
          max={[360, 90, 180]}
          testIdPrefix="inspector.framing"
          ariaPrefix="Camera"
          onCommit={setAngle}
        />
      </FieldRow>
      <FieldRow stacked label="Aim point" hint="m" title="Turn the camera (yaw and pitch) to look at this point">
        <AxisFields
          values={aim}
          axes={['x', 'y', 'z']}
          unit="m"
          step={0.05}
          min={-POSITION_LIMIT}
          max={POSITION_LIMIT}
          testIdPrefix="inspector.framing.aim"
          ariaPrefix="Aim point"
          onCommit={(axis, v) => aimAt(withAxis(aim, axis as 0 | 1 | 2, v))}
        />
      </FieldRow>
      <div className="flex items-center gap-2">
        <IconButton label="Aim at subject" testId="inspector.framing.aimAtSubject" onClick={() => aimAt(subjectPoint)}>
          <TargetIcon />
          Aim at subject
        </IconButton>
      </div>
      <p className="text-[10px] leading-snug text-neutral-500">Or use Look through in the viewport to frame by dragging.</p>
    </Section>
  )
}

/** Re-renders only when one of these shot fields changes (memoOnShot.ts). */
export const FramingSection = memoOnShotFields(FramingSectionBody, ['start', 'subject'])
