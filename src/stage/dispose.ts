/** Frees the GPU resources (geometries, materials) of an object tree. */
import type { Material, Object3D } from 'three'

export const disposeTree = (root: Object3D): void => {
  root.traverse((o) => {
    const m = o as Object3D & { geometry?: { dispose(): void }; material?: Material | Material[] }
    m.geometry?.dispose()
    if (Array.isArray(m.material)) for (const x of m.material) x.dispose()
    else m.material?.dispose()
  })
}
