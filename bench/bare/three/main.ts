/**
 * The bare three.js baseline: the studio's dual view (director on the left half, the lens gate
 * fitted 16:9 in the right half below a 34 px band, letterbox clear, scissored viewports) on a
 * canvas of the studio's size, with the WebGL context attributes the studio asked for (both
 * passed in the query string by the bench: `w`, `h` in CSS px, `dpr`, `type`, `attrs` as JSON).
 * Nothing but three.js and the studio's plain scene builders: no React, no fiber, no store.
 *
 * It answers the same keys the bench presses in the studio, each redrawing on the next animation
 * frame only (it renders nothing while idle): Space plays / pauses at 24 fps (a redraw when the
 * frame number changes), → steps a frame, Shift+N is an edit (adds a box), Ctrl+Z / Ctrl+Shift+Z
 * undo / redo it. After its first frame it sets `data-ready="true"` on the canvas and fires
 * `studio:ready`, as the studio does.
 *
 * The scene (`scene` in the query string): `stage` (the default) is the studio's own world, built
 * by the same plain three.js builders the studio's viewport and the previs renderer mount
 * (`src/stage`: sky and fog, lights, the tiled ground, grid, the start-up project's set pieces and
 * subject figure), seen from the studio's director and lens start poses, so the studio is measured
 * against the same scene without React, fiber, the store, the panels or the director's gizmos;
 * while playing its ground is filtered as lightly as the studio's (`setMoving`). `box` is the
 * baseline before session 14: a box on a plain lit floor with a grid.
 */
import {
  BoxGeometry,
  Color,
  DirectionalLight,
  GridHelper,
  HemisphereLight,
  type Material,
  Mesh,
  MeshLambertMaterial,
  MeshStandardMaterial,
  PerspectiveCamera,
  PlaneGeometry,
  Scene,
  Vector3,
  WebGLRenderer,
} from 'three'
import { applyFrameToCamera, applyStageEnvironment, createLensCamera, createStage } from '../../../src/stage'
import { createProject } from '../../../src/timeline/defaults'
import { evaluateShot } from '../../../src/timeline/evaluate'

const FPS = 24
const DURATION_S = 5
const BAND_PX = 34
const ASPECT = 16 / 9
const Y_AXIS = new Vector3(0, 1, 0)

const q = new URLSearchParams(location.search)
const cssW = Number(q.get('w')) || innerWidth
const cssH = Number(q.get('h')) || innerHeight
const dpr = Number(q.get('dpr')) || 1
const type = q.get('type') === 'webgl' ? 'webgl' : 'webgl2'
const attrs = JSON.parse(q.get('attrs') ?? '{"antialias":false,"alpha":true,"powerPreference":"high-performance"}') as WebGLContextAttributes

const canvas = document.getElementById('view') as HTMLCanvasElement
canvas.style.width = `${cssW}px`
canvas.style.height = `${cssH}px`
canvas.width = Math.floor(cssW * dpr)
canvas.height = Math.floor(cssH * dpr)
const context = canvas.getContext(type, attrs) as WebGL2RenderingContext
const renderer = new WebGLRenderer({ canvas, context })
renderer.setPixelRatio(dpr)
renderer.setSize(cssW, cssH, false)

/** What the page draws and how its lens moves: the studio's stage, or the box scene. */
interface BareScene {
  readonly scene: Scene
  readonly director: PerspectiveCamera
  readonly lens: PerspectiveCamera
  /** What an edit (Shift+N) adds its boxes with. */
  readonly boxMaterial: Material
  readonly poseLens: (frame: number) => void
  /** Playing or still: the stage's ground is filtered more lightly while playing, as in the studio. */
  readonly setMoving: (moving: boolean) => void
}

/** The studio's start-up project on its stage, from the studio's director and lens start poses (src/viewport's DIRECTOR_START). */
const stageScene = (): BareScene => {
  const scene = new Scene()
  const project = createProject()
  const shot = project.shots[0]
  const stage = createStage(project.scene.setPieces)
  applyStageEnvironment(scene)
  scene.add(stage.root)
  const start = evaluateShot(shot, 0, new Map())
  stage.update(shot, start)
  const director = new PerspectiveCamera(42, 1, 0.05, 800)
  director.position.set(6.8, 4.6, 10.5)
  director.lookAt(0.4, 0.9, 2.2)
  const lens = createLensCamera()
  applyFrameToCamera(lens, start, shot)
  // the lens orbits the subject from its start pose over the shot, a quarter turn
  const aim = new Vector3(0, 1.5, 0)
  const from = lens.position.clone().sub(aim)
  const poseLens = (frame: number) => {
    const a = (frame / (FPS * DURATION_S)) * Math.PI * 0.5
    lens.position.copy(from).applyAxisAngle(Y_AXIS, a).add(aim)
    lens.lookAt(aim)
  }
  return { scene, director, lens, boxMaterial: new MeshLambertMaterial({ color: '#d9a441' }), poseLens, setMoving: stage.setMoving }
}

/** The baseline before session 14: a box on a plain lit floor with a grid. */
const boxScene = (): BareScene => {
  const scene = new Scene()
  scene.background = new Color('#1b1f24')
  scene.add(new HemisphereLight('#dfe8ff', '#30281f', 1.2))
  const sun = new DirectionalLight('#ffffff', 2)
  sun.position.set(4, 8, 3)
  scene.add(sun)
  const ground = new Mesh(new PlaneGeometry(40, 40), new MeshStandardMaterial({ color: '#3a3f44' }))
  ground.rotation.x = -Math.PI / 2
  scene.add(ground)
  scene.add(new GridHelper(40, 40, '#566', '#344'))
  const boxMaterial = new MeshStandardMaterial({ color: '#d9a441' })
  const subject = new Mesh(new BoxGeometry(0.6, 1.8, 0.4), boxMaterial)
  subject.position.set(0, 0.9, 0)
  scene.add(subject)
  const director = new PerspectiveCamera(50, 1, 0.1, 200)
  director.position.set(6, 5, 8)
  director.lookAt(0, 0.8, 0)
  const lens = new PerspectiveCamera(40, ASPECT, 0.1, 200)
  /** The lens orbits the subject over the shot. */
  const poseLens = (frame: number) => {
    const a = (frame / (FPS * DURATION_S)) * Math.PI * 0.5
    lens.position.set(Math.sin(a) * 4, 1.6, Math.cos(a) * 4)
    lens.lookAt(0, 1.2, 0)
  }
  return { scene, director, lens, boxMaterial, poseLens, setMoving: () => {} }
}

const { scene, director, lens, boxMaterial, poseLens, setMoving } = q.get('scene') === 'box' ? boxScene() : stageScene()

// the studio's split layout, in CSS px with a top-left origin
const W = Math.floor(cssW)
const H = Math.floor(cssH)
const half = Math.floor(W / 2)
const band = Math.min(BAND_PX, Math.floor(H / 4))
const lensArea = { x: half, y: band, w: W - half, h: H - band }
let gw = lensArea.w
let gh = gw / ASPECT
if (gh > lensArea.h) {
  gh = lensArea.h
  gw = gh * ASPECT
}
const gate = { x: Math.round(lensArea.x + (lensArea.w - gw) / 2), y: Math.round(lensArea.y + (lensArea.h - gh) / 2), w: Math.round(gw), h: Math.round(gh) }
const directorRect = { x: 0, y: 0, w: half, h: H }
director.aspect = directorRect.w / directorRect.h
director.updateProjectionMatrix()

const letterbox = new Color('#07090c')
const view = (r: { x: number; y: number; w: number; h: number }) => {
  const y = H - r.y - r.h
  renderer.setViewport(r.x, y, r.w, r.h)
  renderer.setScissor(r.x, y, r.w, r.h)
}

let frame = 0
const draw = () => {
  poseLens(frame)
  renderer.setScissorTest(true)
  view({ x: 0, y: 0, w: W, h: H })
  renderer.setClearColor(letterbox, 1)
  renderer.clear(true, true, false)
  view(directorRect)
  renderer.render(scene, director)
  view(gate)
  renderer.render(scene, lens)
  renderer.setScissorTest(false)
}

let requested = false
const invalidate = () => {
  if (requested) return
  requested = true
  requestAnimationFrame(() => {
    requested = false
    draw()
  })
}

// playback: one redraw per new frame number, the rAF loop runs only while playing
let playing = false
let playStartMs = 0
let playStartFrame = 0
const tick = (now: number) => {
  if (!playing) return
  const f = (playStartFrame + Math.floor(((now - playStartMs) / 1000) * FPS)) % (FPS * DURATION_S)
  if (f !== frame) {
    frame = f
    draw()
  }
  requestAnimationFrame(tick)
}

// a one-level edit history: each edit adds a box; undo removes the last, redo puts it back
const added: Mesh[] = []
const undone: Mesh[] = []
const addBox = () => {
  const box = new Mesh(new BoxGeometry(0.5, 0.5, 0.5), boxMaterial)
  box.position.set(-2 + (added.length % 8) * 0.6, 0.25, -2)
  added.push(box)
  undone.length = 0
  scene.add(box)
}

addEventListener('keydown', (e) => {
  const mod = e.ctrlKey || e.metaKey
  if (e.key === ' ') {
    playing = !playing
    setMoving(playing)
    if (playing) {
      playStartMs = performance.now()
      playStartFrame = frame
      requestAnimationFrame(tick)
    } else invalidate() // sharp again when still, as the studio
  } else if (e.key === 'ArrowRight' && !mod && !e.shiftKey) {
    frame = Math.min(FPS * DURATION_S - 1, frame + 1)
    invalidate()
  } else if (e.key === 'N' && !mod) {
    addBox()
    invalidate()
  } else if (mod && e.key.toLowerCase() === 'z') {
    const from = e.shiftKey ? undone : added
    const to = e.shiftKey ? added : undone
    const box = from.pop()
    if (!box) return
    to.push(box)
    if (e.shiftKey) scene.add(box)
    else scene.remove(box)
    invalidate()
  } else return
  e.preventDefault()
})

requestAnimationFrame(() => {
  draw()
  canvas.dataset.ready = 'true'
  window.dispatchEvent(new Event('studio:ready'))
})
