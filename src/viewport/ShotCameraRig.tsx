/**
 * The shot camera as seen from the director view: a body, a lens and a frustum to the gate at
 * 1.5 m (from the evaluated focal length and the gate of the shot's aspect on its sensor).
 * Director-only (layer 1). Follows the playhead in useFrame; the frustum buffer is rewritten in
 * place only when the focal length or the gate changes.
 */
import { memo, useEffect, useMemo, useRef } from 'react'
import { useFrame } from '@react-three/fiber'
import { BufferAttribute, BufferGeometry, type Group } from 'three'
import type { Shot } from '../timeline/model'
import type { LiveFrameSource } from './liveFrame'
import { DIRECTOR_LAYERS } from './scratch'
import { FRUSTUM_VERTEX_COUNT, applyFramePose, frustumHalfExtents, writeFrustum } from './toThree'

export const RIG_FRUSTUM_DISTANCE_M = 1.5
const BODY = '#2b2f36'
const ACCENT = '#fbbf24'

/** Memoised: re-renders only when its own props change (not on every edit the viewport sees). */
export const ShotCameraRig = memo(function ShotCameraRig({ live }: { live: LiveFrameSource }) {
  const group = useRef<Group>(null)
  const drawn = useRef<{ focal: number; shot: Shot | null }>({ focal: NaN, shot: null })
  const extents = useRef({ x: 0, y: 0 })
  const geometry = useMemo(() => {
    const g = new BufferGeometry()
    g.setAttribute('position', new BufferAttribute(new Float32Array(FRUSTUM_VERTEX_COUNT * 3), 3))
    return g
  }, [])
  useEffect(() => () => geometry.dispose(), [geometry])

  useFrame(() => {
    const { shot, frame } = live.current
    if (group.current) applyFramePose(group.current, frame)
    const d = drawn.current
    // the gate depends on the shot's aspect and sensor: compare the shot object, then the focal length
    if (d.focal !== frame.focalLengthMm || d.shot !== shot) {
      d.focal = frame.focalLengthMm
      d.shot = shot
      const e = frustumHalfExtents(shot, frame.focalLengthMm, RIG_FRUSTUM_DISTANCE_M, extents.current)
      const attr = geometry.getAttribute('position') as BufferAttribute
      writeFrustum(attr.array as Float32Array, 0, e.x, e.y, RIG_FRUSTUM_DISTANCE_M)
      attr.needsUpdate = true
    }
  })

  return (
    <group ref={group}>
      <mesh layers={DIRECTOR_LAYERS} position={[0, 0.02, 0.14]}>
        <boxGeometry args={[0.16, 0.14, 0.24]} />
        <meshLambertMaterial color={BODY} />
      </mesh>
      <mesh layers={DIRECTOR_LAYERS} position={[0, 0.02, -0.04]} rotation={[Math.PI / 2, 0, 0]}>
        <cylinderGeometry args={[0.05, 0.055, 0.12, 16]} />
        <meshLambertMaterial color={ACCENT} />
      </mesh>
      {/* top handle, so the body's up reads at a glance */}
      <mesh layers={DIRECTOR_LAYERS} position={[0, 0.115, 0.14]}>
        <boxGeometry args={[0.04, 0.05, 0.16]} />
        <meshLambertMaterial color={BODY} />
      </mesh>
      <lineSegments layers={DIRECTOR_LAYERS} geometry={geometry} frustumCulled={false}>
        <lineBasicMaterial color={ACCENT} />
      </lineSegments>
    </group>
  )
})
