/** A take's measured camera path (take-measurement/pathOverlay) as an amber line in the director view, over the shot's own path. */
import { useEffect, useMemo } from 'react'
import { BufferAttribute, BufferGeometry, Line, LineBasicMaterial } from 'three'
import type { MeasuredPathOverlay } from '../take-measurement/pathOverlay'
import { DIRECTOR_LAYERS } from './scratch'

const AMBER = '#fbbf24'

export default function MeasuredPathGizmo({ overlay }: { overlay: MeasuredPathOverlay }) {
  const line = useMemo(() => {
    const positions = new Float32Array(overlay.points.length * 3)
    overlay.points.forEach((p, i) => positions.set(p, i * 3))
    const g = new BufferGeometry()
    g.setAttribute('position', new BufferAttribute(positions, 3))
    const l = new Line(g, new LineBasicMaterial({ color: AMBER, depthTest: false, transparent: true, opacity: 0.95 }))
    l.renderOrder = 2
    l.layers.mask = DIRECTOR_LAYERS.mask
    return l
  }, [overlay])
  useEffect(
    () => () => {
      line.geometry.dispose()
      ;(line.material as LineBasicMaterial).dispose()
    },
    [line],
  )
  return <primitive object={line} />
}
