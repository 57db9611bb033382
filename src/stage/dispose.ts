/** Frees the GPU resources (geometries, materials and their colour maps) of an object tree. */
import type { Material, Object3D, Texture } from 'three'

const disposeMaterial = (material: Material): void => {
  ;(material as Material & { map?: Texture | null }).map?.dispose()
  material.dispose()
}

export const disposeTree = (root: Object3D): void => {
  root.traverse((o) => {
    const m = o as Object3D & { geometry?: { dispose(): void }; material?: Material | Material[] }
    m.geometry?.dispose()
    if (Array.isArray(m.material)) for (const x of m.material) disposeMaterial(x)
    else if (m.material) disposeMaterial(m.material)
  })
}
