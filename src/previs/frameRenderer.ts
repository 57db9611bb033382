/**
 * One offscreen (or given) canvas with its own WebGLRenderer, the stage and the lens camera: draws
 * the shot's lens view, or its depth, at a time. Colour settings match the studio's canvas (R3F's
 * defaults with `flat`): colour management on, sRGB output, no tone mapping, pixel ratio 1.
 */
import { Color, NoToneMapping, Scene as ThreeScene, SRGBColorSpace, Vector2, WebGLRenderer, type ShaderMaterial } from 'three'
import { presetRegistry } from '../camera-presets/registry'
import type { MoveRegistry } from '../timeline/moves'
import { applyFrameToCamera, applyStageEnvironment, createLensCamera, createStage } from '../stage'
import { type ShotFrame, evaluateShot } from '../timeline/evaluate'
import type { Scene, Shot } from '../timeline/model'
import { createDepthMaterial } from './depthMaterial'
import { PrevisError } from './errors'

const BLACK = new Color(0, 0, 0)
const scratchSize = new Vector2()

export interface FrameRenderer {
  readonly canvas: HTMLCanvasElement
  readonly renderer: WebGLRenderer
  setSize(width: number, height: number): void
  /** Evaluates the shot at `timeS` (the subject and camera follow it). */
  evaluate(timeS: number): ShotFrame
  /** Renders the lens view of a frame into the whole canvas, or into a viewport rectangle of it. */
  drawColour(frame: ShotFrame, rect?: { x: number; y: number; w: number; h: number }): void
  /** Renders the depth of a frame (white at near, black at far and for the sky). */
  drawDepth(frame: ShotFrame, nearM: number, farM: number): void
  dispose(): void
}

export interface FrameRendererOptions {
  canvas?: HTMLCanvasElement
  antialias?: boolean
  /** The moves the shot's clips name (registryFor(project)); default: the built-ins. */
  registry?: MoveRegistry
}

export const createFrameRenderer = (shot: Shot, scene: Scene, options: FrameRendererOptions = {}): FrameRenderer => {
  const canvas = options.canvas ?? document.createElement('canvas')
  const registry = options.registry ?? presetRegistry
  let renderer: WebGLRenderer
  try {
    renderer = new WebGLRenderer({
      canvas,
      antialias: options.antialias ?? true,
      alpha: false,
      powerPreference: 'high-performance',
      preserveDrawingBuffer: false,
    })
  } catch (e) {
    throw new PrevisError('The previs needs WebGL, which this browser could not start.', e)
  }
  renderer.setPixelRatio(1)
  renderer.outputColorSpace = SRGBColorSpace
  renderer.toneMapping = NoToneMapping

  const world = new ThreeScene()
  applyStageEnvironment(world)
  const sky = world.background
  const fog = world.fog
  const stage = createStage(scene.setPieces)
  world.add(stage.root)
  const camera = createLensCamera()
  let depthMaterial: ShaderMaterial | null = null

  const place = (frame: ShotFrame) => {
    stage.update(shot, frame)
    applyFrameToCamera(camera, frame, shot)
  }

  return {
    canvas,
    renderer,
    setSize: (width, height) => renderer.setSize(width, height, false),
    evaluate: (timeS) => evaluateShot(shot, timeS, registry),
    drawColour(frame, rect) {
      place(frame)
      if (rect) {
        renderer.setScissorTest(true)
        renderer.setViewport(rect.x, rect.y, rect.w, rect.h)
        renderer.setScissor(rect.x, rect.y, rect.w, rect.h)
        renderer.render(world, camera)
        renderer.setScissorTest(false)
      } else {
        const size = renderer.getDrawingBufferSize(scratchSize)
        renderer.setViewport(0, 0, size.x, size.y)
        renderer.render(world, camera)
      }
    },
    drawDepth(frame, nearM, farM) {
      place(frame)
      if (!depthMaterial) depthMaterial = createDepthMaterial(nearM, farM)
      depthMaterial.uniforms.uNear.value = nearM
      depthMaterial.uniforms.uFar.value = farM
      world.background = BLACK
      world.fog = null
      world.overrideMaterial = depthMaterial
      try {
        renderer.render(world, camera)
      } finally {
        world.background = sky
        world.fog = fog
        world.overrideMaterial = null
      }
    },
    dispose() {
      stage.dispose()
      depthMaterial?.dispose()
      renderer.renderLists.dispose()
      renderer.dispose()
      renderer.forceContextLoss()
    },
  }
}
