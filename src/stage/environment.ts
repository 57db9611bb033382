/**
 * The stage's environment: sky background and fog on the scene, and the fixed world (hemisphere and
 * directional light, a large ground plane of 1 m tiles, the 60 m grid).
 */
import {
  Color,
  type DataTexture,
  DirectionalLight,
  Fog,
  GridHelper,
  Group,
  HemisphereLight,
  Mesh,
  MeshLambertMaterial,
  PlaneGeometry,
  type Scene,
} from 'three'
import { createGroundTiles } from './groundTiles'
import { FOG_FAR_M, FOG_NEAR_M, GRID_CENTRE, GRID_LINES, GROUND, SKY } from './palette'

/** Sets the sky colour as the scene's background and its fog. Returns a function restoring the previous ones. */
export const applyStageEnvironment = (scene: Scene): (() => void) => {
  const before = { background: scene.background, fog: scene.fog }
  scene.background = new Color(SKY)
  scene.fog = new Fog(SKY, FOG_NEAR_M, FOG_FAR_M)
  return () => {
    scene.background = before.background
    scene.fog = before.fog
  }
}

/** Lights, ground and grid; `groundTiles` is the ground's texture (its filtering follows the view's motion). */
export const createWorld = (): { world: Group; groundTiles: DataTexture } => {
  const world = new Group()
  world.name = 'stage:world'
  world.add(new HemisphereLight('#e8f0fa', '#4d4a3e', 1.6))
  const sun = new DirectionalLight('#ffffff', 1.8)
  sun.position.set(6, 14, 9)
  world.add(sun)
  const groundSizeM = 400
  const groundTiles = createGroundTiles(groundSizeM)
  const ground = new Mesh(new PlaneGeometry(groundSizeM, groundSizeM), new MeshLambertMaterial({ color: GROUND, map: groundTiles }))
  ground.rotation.x = -Math.PI / 2
  ground.position.y = -0.003
  world.add(ground)
  const grid = new GridHelper(60, 60, GRID_CENTRE, GRID_LINES)
  grid.position.y = 0.002
  world.add(grid)
  return { world, groundTiles }
}
