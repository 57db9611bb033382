/**
 * Frustum ghosts: faint frustum outlines where the camera is at each clip's start and end, so the
 * key framings read in the director view. One line-segments draw for all of them; director-only.
 * The object and its material live as long as the component; a change swaps only the geometry (so
 * no shader program is released and compiled again on an edit or an undo).
 */
import { memo, useEffect, useLayoutEffect, useMemo } from 'react'
import { BufferAttribute, BufferGeometry, LineBasicMaterial, LineSegments } from 'three'
import type { Shot } from '../timeline/model'
import type { PathData } from './pathData'
import { DIRECTOR_LAYERS } from './scratch'
import { FRUSTUM_VERTEX_COUNT, frustumHalfExtents, writeFrustum } from './toThree'

export const GHOST_DISTANCE_M = 1.0

/** Memoised: re-renders only when its own props change (not on every edit the viewport sees). */
export const FrustumGhosts = memo(function FrustumGhosts({ shot, data }: { shot: Shot; data: PathData }) {
  const ghosts = useMemo(() => {
    const lines = new LineSegments(new BufferGeometry(), new LineBasicMaterial({ color: '#e2e8f0', transparent: true, opacity: 0.4, depthWrite: false }))
    lines.layers.mask = DIRECTOR_LAYERS.mask
    return lines
  }, [])
  useEffect(() => () => (ghosts.material as LineBasicMaterial).dispose(), [ghosts])
  useLayoutEffect(() => {
    const n = data.ghosts.length
    const positions = new Float32Array(Math.max(1, n) * FRUSTUM_VERTEX_COUNT * 3)
    const e = { x: 0, y: 0 }
    data.ghosts.forEach((frame, i) => {
      frustumHalfExtents(shot, frame.focalLengthMm, GHOST_DISTANCE_M, e)
      writeFrustum(positions, i * FRUSTUM_VERTEX_COUNT, e.x, e.y, GHOST_DISTANCE_M, frame)
    })
    const g = new BufferGeometry()
    g.setAttribute('position', new BufferAttribute(positions, 3))
    g.setDrawRange(0, n * FRUSTUM_VERTEX_COUNT)
    ghosts.geometry = g
    return () => g.dispose()
  }, [ghosts, shot, data])
  return <primitive object={ghosts} />
})
