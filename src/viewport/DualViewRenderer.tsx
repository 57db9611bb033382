/**
 * Renders the director view and the through-the-lens view into one canvas with scissored
 * viewports. A positive-priority useFrame takes rendering over from R3F, so this callback draws
 * everything: letterbox clear, the director (or, while looking through, the shot camera gated to
 * the shot's aspect), then the lens gate. Signals readiness after the first frame, which waits for
 * this tab's project (`useFirstFrameGate`) when the library has one to open.
 */
import { memo, useMemo, useRef } from 'react'
import { useFrame } from '@react-three/fiber'
import type { Camera, PerspectiveCamera, Scene, WebGLRenderer } from 'three'
import { createLensCamera } from '../stage'
import type { ViewLayout } from '../state/types'
import { type Rect, computeViews, createViews } from './layout'
import type { LiveFrameSource } from './liveFrame'
import { scratch } from './scratch'
import { applyFrameToCamera, shotOptics } from './toThree'
import { useFirstFrameGate } from './useFirstFrameGate'

const drawView = (gl: WebGLRenderer, scene: Scene, camera: Camera, r: Rect, canvasHeight: number): void => {
  if (r.w <= 0 || r.h <= 0) return
  const y = canvasHeight - r.y - r.h
  gl.setViewport(r.x, y, r.w, r.h)
  gl.setScissor(r.x, y, r.w, r.h)
  gl.render(scene, camera)
}

const clearRect = (gl: WebGLRenderer, r: Rect, canvasHeight: number): void => {
  if (r.w <= 0 || r.h <= 0) return
  const y = canvasHeight - r.y - r.h
  gl.setScissor(r.x, y, r.w, r.h)
  gl.setClearColor(scratch.letterbox, 1)
  gl.clear(true, true, false)
}

export interface DualViewRendererProps {
  live: LiveFrameSource
  layout: ViewLayout
  lookThrough: boolean
}

/** Memoised: re-renders only when its own props change (not on every edit the viewport sees). */
export const DualViewRenderer = memo(function DualViewRenderer({ live, layout, lookThrough }: DualViewRendererProps) {
  const lensCamera = useMemo(createLensCamera, [])
  const views = useMemo(createViews, [])
  const full = useMemo<Rect>(() => ({ x: 0, y: 0, w: 0, h: 0 }), [])
  const ready = useRef(false)
  const firstFrameMayDraw = useFirstFrameGate()
  const compiled = useRef(false)

  useFrame((state) => {
    const { gl, scene, camera, size } = state
    if (!ready.current && !firstFrameMayDraw.current) {
      // waiting for this tab's project (useFirstFrameGate): meanwhile compile the shaders of what the director sees (all layers), so the first frame comes sooner
      if (!compiled.current) {
        gl.compile(scene, camera)
        compiled.current = true
      }
      return
    }
    const { shot, frame } = live.current
    const W = Math.floor(size.width)
    const H = Math.floor(size.height)
    computeViews(views, W, H, layout, shotOptics(shot).aspect)
    applyFrameToCamera(lensCamera, frame, shot)

    gl.setScissorTest(true)
    full.w = W
    full.h = H
    clearRect(gl, full, H)
    if (views.directorVisible) {
      if (lookThrough) drawView(gl, scene, lensCamera, views.directorGate, H)
      else {
        const director = camera as PerspectiveCamera
        const aspect = views.director.w / Math.max(1, views.director.h)
        if (director.isPerspectiveCamera && director.aspect !== aspect) {
          director.aspect = aspect
          director.updateProjectionMatrix()
        }
        drawView(gl, scene, director, views.director, H)
      }
    }
    if (views.lensVisible) drawView(gl, scene, lensCamera, views.gate, H)
    gl.setScissorTest(false)

    if (!ready.current) {
      ready.current = true
      gl.domElement.dataset.ready = 'true'
      window.dispatchEvent(new Event('studio:ready'))
    }
  }, 1)

  return null
})
