/**
 * The shot's camera path: a line through samples at 30 per second, coloured by speed (slow blue,
 * fast red), with a small sphere at every whole second. Director-only. Built from PathData, which
 * is recomputed only when the shot object changes.
 */
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react'
import { BufferAttribute, BufferGeometry, Line, LineBasicMaterial, type InstancedMesh, Matrix4 } from 'three'
import type { PathData } from './pathData'
import { DIRECTOR_LAYERS } from './scratch'

const TICK_RADIUS_M = 0.035

export function CameraPathGizmo({ data }: { data: PathData }) {
  const line = useMemo(() => {
    const g = new BufferGeometry()
    g.setAttribute('position', new BufferAttribute(data.positions, 3))
    g.setAttribute('color', new BufferAttribute(data.colors, 3))
    const l = new Line(g, new LineBasicMaterial({ vertexColors: true }))
    l.layers.mask = DIRECTOR_LAYERS.mask
    return l
  }, [data])
  useEffect(
    () => () => {
      line.geometry.dispose()
      ;(line.material as LineBasicMaterial).dispose()
    },
    [line],
  )

  const ticks = useRef<InstancedMesh>(null)
  const count = data.ticks.length / 3
  useLayoutEffect(() => {
    const mesh = ticks.current
    if (!mesh) return
    const m = new Matrix4()
    for (let i = 0; i < count; i++) {
      m.makeTranslation(data.ticks[i * 3], data.ticks[i * 3 + 1], data.ticks[i * 3 + 2])
      mesh.setMatrixAt(i, m)
    }
    mesh.instanceMatrix.needsUpdate = true
    mesh.computeBoundingSphere()
  }, [data, count])

  return (
    <>
      <primitive object={line} />
      <instancedMesh key={count} ref={ticks} args={[undefined, undefined, count]} layers={DIRECTOR_LAYERS}>
        <sphereGeometry args={[TICK_RADIUS_M, 8, 6]} />
        <meshBasicMaterial color="#f8fafc" />
      </instancedMesh>
    </>
  )
}
