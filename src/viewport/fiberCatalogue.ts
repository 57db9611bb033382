/**
 * The three.js namespace React Three Fiber sees in production builds (`vite.config.ts` resolves
 * fiber's own `import * as THREE from 'three'` to this module).
 *
 * Fiber registers every export of that namespace as a JSX element (`extend(THREE)`), which keeps
 * all of three.js in the bundle, used or not: about 45 KB gzip of the studio's first script.
 * Listing here what fiber's own code names and what our scenes write as JSX elements lets the
 * bundler drop the rest. `fiberCatalogue.test.ts` checks both lists against fiber's sources and
 * ours, so a new `<pointsMaterial>` or a fiber upgrade fails a test, not a user's frame.
 * `npm run dev` skips the resolution and gives fiber the whole namespace.
 */
export {
  // what fiber's own code uses (renderer, root state, events)
  ACESFilmicToneMapping,
  BasicShadowMap,
  Clock,
  Color,
  ColorManagement,
  Layers,
  LinearSRGBColorSpace,
  NoToneMapping,
  Object3D,
  OrthographicCamera,
  PCFShadowMap,
  PCFSoftShadowMap,
  PerspectiveCamera,
  RGBAFormat,
  Raycaster,
  SRGBColorSpace,
  Scene,
  ShaderMaterial,
  UnsignedByteType,
  VSMShadowMap,
  Vector2,
  Vector3,
  WebGLRenderer,
  // the JSX elements our scenes write (<mesh>, <boxGeometry>, ...); <primitive> needs none
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
