/**
 * The three.js classes our scenes write as JSX elements (`<mesh>`, `<boxGeometry>`, ...), the
 * catalogue `StudioCanvas` gives React Three Fiber (`extend`). Fiber's own <Canvas> registers the
 * whole three.js namespace, which keeps all of it in the bundle, used or not (about 45 KB gzip of
 * the studio's first script). A new element in a scene (`<points>`, `<pointsMaterial>`) needs its
 * class here; `fiberCatalogue.test.ts` scans `src/viewport` and fails until it is.
 * (`<primitive>` needs no entry.)
 */
import type { Catalogue } from '@react-three/fiber'
import {
  BoxGeometry,
  CylinderGeometry,
  Group,
  InstancedMesh,
  LineBasicMaterial,
  LineSegments,
  Mesh,
  MeshBasicMaterial,
  MeshLambertMaterial,
  OctahedronGeometry,
  SphereGeometry,
} from 'three'

export const fiberCatalogue: Catalogue = {
  BoxGeometry,
  CylinderGeometry,
  Group,
  InstancedMesh,
  LineBasicMaterial,
  LineSegments,
  Mesh,
  MeshBasicMaterial,
  MeshLambertMaterial,
  OctahedronGeometry,
  SphereGeometry,
}
