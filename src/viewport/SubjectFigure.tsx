/**
 * The subject: a stylised 1.8 m figure (legs, torso, arms, head with a visor showing where it
 * faces, +Z at facing 0). It walks and turns with the evaluated frame; the aim point gets a small
 * director-only marker. Moved in useFrame from the live frame, never through React state.
 */
import { useRef } from 'react'
import { useFrame } from '@react-three/fiber'
import type { Group } from 'three'
import { DEG_TO_RAD } from '../core/units'
import type { SubjectSpec } from '../timeline/subject'
import type { LiveFrameSource } from './liveFrame'
import { DIRECTOR_LAYERS } from './scratch'

const FIGURE_HEIGHT_M = 1.8
const STRIDE_M = 0.75

/** Distance walked along the subject path at scene time t of a shot of `durationS`. */
const walkedMetres = (spec: SubjectSpec, t: number, durationS: number): number => {
  const u = durationS > 0 ? Math.min(1, Math.max(0, t / durationS)) : 0
  const path = spec.path
  if (path.kind === 'line') return Math.abs(path.distanceM) * u
  if (path.kind === 'arc') return path.radiusM * Math.abs(path.sweepDeg * DEG_TO_RAD) * u
  return 0
}

const SKIN = '#e8b98f'
const SHIRT = '#e4572e'
const TROUSERS = '#2f3b52'

export function SubjectFigure({ live }: { live: LiveFrameSource }) {
  const root = useRef<Group>(null)
  const leftLeg = useRef<Group>(null)
  const rightLeg = useRef<Group>(null)
  const leftArm = useRef<Group>(null)
  const rightArm = useRef<Group>(null)
  const marker = useRef<Group>(null)

  useFrame(() => {
    const { shot, frame } = live.current
    const s = frame.subject
    const g = root.current
    if (g) {
      g.position.set(s.ground[0], s.ground[1], s.ground[2])
      g.rotation.set(0, s.facingDeg * DEG_TO_RAD, 0)
      g.scale.setScalar(shot.subject.heightM / FIGURE_HEIGHT_M)
    }
    const swing = Math.sin((walkedMetres(shot.subject, frame.sceneTimeS, shot.durationS) / STRIDE_M) * Math.PI) * 0.45
    if (leftLeg.current) leftLeg.current.rotation.x = swing
    if (rightLeg.current) rightLeg.current.rotation.x = -swing
    if (leftArm.current) leftArm.current.rotation.x = -swing * 0.8
    if (rightArm.current) rightArm.current.rotation.x = swing * 0.8
    if (marker.current) marker.current.position.set(s.point[0], s.point[1], s.point[2])
  })

  return (
    <>
      <group ref={root}>
        {/* legs hang from the hips so they can swing */}
        <group ref={leftLeg} position={[0.1, 0.88, 0]}>
          <mesh position={[0, -0.44, 0]}>
            <capsuleGeometry args={[0.075, 0.72, 3, 8]} />
            <meshLambertMaterial color={TROUSERS} />
          </mesh>
        </group>
        <group ref={rightLeg} position={[-0.1, 0.88, 0]}>
          <mesh position={[0, -0.44, 0]}>
            <capsuleGeometry args={[0.075, 0.72, 3, 8]} />
            <meshLambertMaterial color={TROUSERS} />
          </mesh>
        </group>
        <mesh position={[0, 1.22, 0]}>
          <capsuleGeometry args={[0.17, 0.36, 4, 10]} />
          <meshLambertMaterial color={SHIRT} />
        </mesh>
        <group ref={leftArm} position={[0.25, 1.48, 0]}>
          <mesh position={[0, -0.3, 0]}>
            <capsuleGeometry args={[0.05, 0.5, 3, 8]} />
            <meshLambertMaterial color={SHIRT} />
          </mesh>
        </group>
        <group ref={rightArm} position={[-0.25, 1.48, 0]}>
          <mesh position={[0, -0.3, 0]}>
            <capsuleGeometry args={[0.05, 0.5, 3, 8]} />
            <meshLambertMaterial color={SHIRT} />
          </mesh>
        </group>
        <mesh position={[0, 1.685, 0]}>
          <sphereGeometry args={[0.115, 14, 10]} />
          <meshLambertMaterial color={SKIN} />
        </mesh>
        {/* visor: the face side, so the facing reads from any angle */}
        <mesh position={[0, 1.7, 0.09]}>
          <boxGeometry args={[0.16, 0.05, 0.06]} />
          <meshLambertMaterial color="#1f2937" />
        </mesh>
      </group>
      <group ref={marker}>
        <mesh layers={DIRECTOR_LAYERS}>
          <octahedronGeometry args={[0.06, 0]} />
          <meshBasicMaterial color="#fbbf24" depthTest={false} transparent opacity={0.9} />
        </mesh>
      </group>
    </>
  )
}
