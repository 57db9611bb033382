/**
 * The subject's aim point as a small director-only marker (layer 1). The figure itself is part of
 * the stage (src/stage). Moved in useFrame from the live frame, never through React state.
 */
import { memo, useRef } from 'react'
import { useFrame } from '@react-three/fiber'
import type { Group } from 'three'
import type { LiveFrameSource } from './liveFrame'
import { DIRECTOR_LAYERS } from './scratch'

/** Memoised: re-renders only when its own props change (not on every edit the viewport sees). */
export const SubjectMarker = memo(function SubjectMarker({ live }: { live: LiveFrameSource }) {
  const marker = useRef<Group>(null)
  useFrame(() => {
    const p = live.current.frame.subject.point
    if (marker.current) marker.current.position.set(p[0], p[1], p[2])
  })
  return (
    <group ref={marker}>
      <mesh layers={DIRECTOR_LAYERS}>
        <octahedronGeometry args={[0.06, 0]} />
        <meshBasicMaterial color="#fbbf24" depthTest={false} transparent opacity={0.9} />
      </mesh>
    </group>
  )
})
