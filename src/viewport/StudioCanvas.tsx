/**
 * The viewport's WebGL canvas: one React Three Fiber root on our own <canvas>, created, configured
 * and rendered in the layout effect of the commit that first knows the viewport's size.
 *
 * Fiber's <Canvas> measures its box in a passive effect and mounts its root in the render that the
 * measurement triggers: a frame and two tasks later, after the page's first paint, which also kept
 * the GPU process busy while the context was created. Here the size comes from the Viewport (read
 * in a layout effect), so the renderer, the context and the scene all exist before the first paint
 * and the first frame is drawn in the next animation frame.
 *
 * Fiber's <Canvas> also registers all of three.js as JSX elements; this root knows only
 * `fiberCatalogue.ts`, so the bundle keeps only what is used. No fiber pointer events: the scene
 * has no clickable objects (the overlays and the orbit controls take the pointer).
 *
 * Where the 3D view cannot start (no WebGL in this browser) or stops on an error, the viewport says
 * so in place of the canvas and fires `studio:viewport-failed`, so the panels show at once; the
 * rest of the studio (timeline, inspector, compile, export) keeps working. (<Canvas> threw such
 * errors into the page, which left it blank.)
 */
import { Component, Suspense, useEffect, useInsertionEffect, useLayoutEffect, useRef, useState, type ErrorInfo, type ReactNode } from 'react'
import { createRoot, extend, invalidate, type CameraProps, type ReconcilerRoot } from '@react-three/fiber'
import { WebGLRenderer, type WebGLRendererParameters } from 'three'
import * as fiberCatalogue from './fiberCatalogue'
import { ContextLostNotice, ViewportFailure, type Failure } from './ViewportFailure'

export interface StudioCanvasProps {
  /** The canvas's size in whole CSS pixels; the root is created once both are above 0. */
  readonly width: number
  readonly height: number
  readonly dpr: number
  /** The renderer's parameters (fixed for the canvas's life; `alpha` as fiber's default). */
  readonly gl: WebGLRendererParameters
  readonly camera: CameraProps
  readonly children: ReactNode
}

const CANVAS_STYLE = { position: 'absolute', left: 0, top: 0, display: 'block' } as const

/** Fired on window when the 3D view cannot start or stops on an error (the panels need not wait for its first frame). */
export const VIEWPORT_FAILED_EVENT = 'studio:viewport-failed'

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e))

export function StudioCanvas({ width, height, dpr, gl, camera, children }: StudioCanvasProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null)
  const root = useRef<ReconcilerRoot<HTMLCanvasElement> | null>(null)
  const renderer = useRef<WebGLRenderer | null>(null)
  const [failure, setFailure] = useState<Failure | null>(null)

  // insertion effects are not replayed by StrictMode: the root (and its context) is released only
  // when the canvas really goes
  useInsertionEffect(
    () => () => {
      const current = root.current
      root.current = null
      current?.unmount() // fiber loses the context of a renderer it did not build
      renderer.current?.dispose()
      renderer.current = null
    },
    [],
  )

  useLayoutEffect(() => {
    const canvas = canvasRef.current
    if (!canvas || width <= 0 || height <= 0 || failure) return
    const fail = (stage: Failure['stage'], e: unknown) => {
      console.error(e)
      setFailure((f) => f ?? { stage, message: messageOf(e) })
    }
    if (!root.current) {
      // the renderer first, so a browser without WebGL leaves no fiber root behind (fiber's global
      // invalidate() would read the missing renderer of every root it knows)
      try {
        renderer.current = new WebGLRenderer({ alpha: true, ...gl, canvas })
      } catch (e) {
        fail('start', e)
        return
      }
      extend(fiberCatalogue) // a merge into fiber's catalogue: the same classes again change nothing
      root.current = createRoot(canvas)
    }
    root.current
      .configure({ gl: renderer.current!, camera, flat: true, frameloop: 'demand', dpr, size: { width, height, top: 0, left: 0 } })
      .catch((e: unknown) => fail('start', e))
    root.current.render(
      <SceneErrorBoundary onError={(e) => fail('scene', e)}>
        <Suspense fallback={null}>{children}</Suspense>
      </SceneErrorBoundary>,
    )
  }, [width, height, dpr, gl, camera, children, failure])

  useEffect(() => {
    if (failure) window.dispatchEvent(new Event(VIEWPORT_FAILED_EVENT))
  }, [failure])

  // a graphics driver reset (sleep, a GPU crash) loses the context; three.js restores it by itself
  // when the browser gives it back: say so meanwhile, and draw again once it is back
  const [contextLost, setContextLost] = useState(false)
  useEffect(() => {
    const canvas = canvasRef.current
    if (!canvas) return
    const lost = () => setContextLost(true)
    const restored = () => {
      setContextLost(false)
      invalidate()
    }
    canvas.addEventListener('webglcontextlost', lost)
    canvas.addEventListener('webglcontextrestored', restored)
    return () => {
      canvas.removeEventListener('webglcontextlost', lost)
      canvas.removeEventListener('webglcontextrestored', restored)
    }
  }, [])

  return (
    <>
      <canvas ref={canvasRef} style={failure ? { ...CANVAS_STYLE, visibility: 'hidden' } : CANVAS_STYLE} />
      {failure && <ViewportFailure failure={failure} />}
      {contextLost && !failure && <ContextLostNotice />}
    </>
  )
}

class SceneErrorBoundary extends Component<{ onError: (error: unknown) => void; children: ReactNode }, { failed: boolean }> {
  state = { failed: false }
  static getDerivedStateFromError() {
    return { failed: true }
  }
  componentDidCatch(error: unknown, _info: ErrorInfo) {
    this.props.onError(error)
  }
  render() {
    return this.state.failed ? null : this.props.children
  }
}
