/**
 * The three.js classes our scenes write as JSX elements (`<mesh>`, `<boxGeometry>`, ...): this
 * module's namespace is the catalogue `StudioCanvas` gives React Three Fiber (`extend`). Fiber's own
 * <Canvas> registers the whole three.js namespace, which keeps all of it in the bundle, used or not
 * (about 50 KB gzip of the studio's first script). A new element in a scene (`<points>`,
 * `<pointsMaterial>`) needs its class here; `fiberCatalogue.test.ts` scans `src/viewport` and fails
 * until it is. (`<primitive>` needs no entry.)
 */
export {
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
