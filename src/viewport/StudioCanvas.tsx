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
 */
import { Component, Suspense, useInsertionEffect, useLayoutEffect, useRef, useState, type ErrorInfo, type ReactNode } from 'react'
import { createRoot, extend, type CameraProps, type GLProps, type ReconcilerRoot } from '@react-three/fiber'
import * as fiberCatalogue from './fiberCatalogue'

let extended = false

export interface StudioCanvasProps {
  /** The canvas's size in whole CSS pixels; the root is created once both are above 0. */
  readonly width: number
  readonly height: number
  readonly dpr: number
  readonly gl: GLProps
  readonly camera: CameraProps
  readonly children: ReactNode
}

const CANVAS_STYLE = { position: 'absolute', left: 0, top: 0, display: 'block' } as const

export function StudioCanvas({ width, height, dpr, gl, camera, children }: StudioCanvasProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null)
  const root = useRef<ReconcilerRoot<HTMLCanvasElement> | null>(null)
  const [error, setError] = useState<{ error: unknown } | null>(null)
  // an error inside the scene (its own React tree) is thrown here, into the page's tree
  if (error) throw error.error

  // insertion effects are not replayed by StrictMode: the root (and its context) is released only
  // when the canvas really goes
  useInsertionEffect(
    () => () => {
      const current = root.current
      root.current = null
      current?.unmount()
    },
    [],
  )

  useLayoutEffect(() => {
    const canvas = canvasRef.current
    if (!canvas || width <= 0 || height <= 0) return
    if (!root.current) {
      if (!extended) extend(fiberCatalogue)
      extended = true
      root.current = createRoot(canvas)
    }
    root.current
      .configure({ gl, camera, flat: true, frameloop: 'demand', dpr, size: { width, height, top: 0, left: 0 } })
      .catch((e: unknown) => setError({ error: e }))
    root.current.render(
      <SceneErrorBoundary onError={(e) => setError({ error: e })}>
        <Suspense fallback={null}>{children}</Suspense>
      </SceneErrorBoundary>,
    )
  }, [width, height, dpr, gl, camera, children])

  return <canvas ref={canvasRef} style={CANVAS_STYLE} />
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
