/**
 * The shot's camera path: a line through samples at 30 per second, coloured by speed (slow blue,
 * fast red), with a small sphere at every whole second. Director-only. Built from PathData, which
 * is recomputed only when the shot object changes. The line object and its material live as long as
 * the gizmo: a new path swaps only the geometry, so an edit or an undo never disposes the material
 * (which would release its shader program and make three.js compile it again, synchronously, on the
 * next frame).
 */
import { memo, useEffect, useLayoutEffect, useMemo, useRef } from 'react'
import { BufferAttribute, BufferGeometry, Line, LineBasicMaterial, type InstancedMesh, Matrix4 } from 'three'
import type { PathData } from './pathData'
import { DIRECTOR_LAYERS } from './scratch'

const TICK_RADIUS_M = 0.035

/** Memoised: re-renders only when its own props change (not on every edit the viewport sees). */
export const CameraPathGizmo = memo(function CameraPathGizmo({ data }: { data: PathData }) {
  const line = useMemo(() => {
    const l = new Line(new BufferGeometry(), new LineBasicMaterial({ vertexColors: true }))
    l.layers.mask = DIRECTOR_LAYERS.mask
    return l
  }, [])
  useEffect(() => () => (line.material as LineBasicMaterial).dispose(), [line])
  useLayoutEffect(() => {
    const g = new BufferGeometry()
    g.setAttribute('position', new BufferAttribute(data.positions, 3))
    g.setAttribute('color', new BufferAttribute(data.colors, 3))
    line.geometry = g
    return () => g.dispose()
  }, [line, data])

  const ticks = useRef<InstancedMesh>(null)
  const count = data.ticks.length / 3
  // capacity in powers of two: a change of duration re-counts instances instead of remounting the mesh
  const capacity = Math.max(16, 2 ** Math.ceil(Math.log2(Math.max(1, count))))
  useLayoutEffect(() => {
    const mesh = ticks.current
    if (!mesh) return
    const m = new Matrix4()
    for (let i = 0; i < count; i++) {
      m.makeTranslation(data.ticks[i * 3], data.ticks[i * 3 + 1], data.ticks[i * 3 + 2])
      mesh.setMatrixAt(i, m)
    }
    mesh.count = count
    mesh.instanceMatrix.needsUpdate = true
    mesh.computeBoundingSphere()
  }, [data, count, capacity])

  return (
    <>
      <primitive object={line} />
      <instancedMesh key={capacity} ref={ticks} args={[undefined, undefined, capacity]} layers={DIRECTOR_LAYERS}>
        <sphereGeometry args={[TICK_RADIUS_M, 8, 6]} />
        <meshBasicMaterial color="#f8fafc" />
      </instancedMesh>
    </>
  )
})
