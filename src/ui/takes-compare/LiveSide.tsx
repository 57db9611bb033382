import { useEffect, useRef, useState } from 'react'
import { registryFor } from '../../camera-presets/custom'
import { useStudio } from '../../state'
import type { Scene, Shot } from '../../timeline/model'
import type { CompareClock } from './clock'
import { liveFollower } from './followers'
import { loadPrevisLive } from './livePrevis'
import { designFrameCount, frameTiming } from './transport'

export interface LiveSideProps {
  readonly shot: Shot
  readonly scene: Scene
  readonly clock: CompareClock
  /** The part of the design the take was made for (a part of a chained generation): the view starts there and holds at its end. */
  readonly designWindow?: { readonly startS: number; readonly durationS: number } | null
  /** The take's pixel size: the canvas's aspect, and the most pixels worth drawing. */
  readonly width: number
  readonly height: number
}

/**
 * The shot's lens view as designed now, drawn frame by frame by the previs chunk's live renderer
 * into a canvas of the take's aspect. The canvas holds as many pixels as it shows (device pixels,
 * at most the take's size); the renderer is disposed when the view closes or the design changes.
 */
export function LiveSide({ shot, scene, clock, designWindow, width, height }: LiveSideProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null)
  const [state, setState] = useState<{ status: 'ready' | 'error'; message?: string } | null>(null)
  // the project's custom presets (the same registry object while they are unchanged)
  const registry = useStudio((s) => registryFor(s.document))

  useEffect(() => {
    const canvas = canvasRef.current
    if (!canvas) return
    let alive = true
    let stop: (() => void) | null = null
    loadPrevisLive()
      .then((previs) => {
        if (!alive) return
        const renderer = previs.createLiveFrameRenderer(canvas, shot, scene, registry)
        const endS = designWindow ? Math.min(designWindow.startS + designWindow.durationS, shot.durationS) : shot.durationS
        const follower = liveFollower(renderer, frameTiming(shot.fps, designFrameCount(endS, shot.fps)), designWindow?.startS ?? 0)
        const fit = () => {
          const box = canvas.getBoundingClientRect()
          const scale = Math.min(1, (box.width * devicePixelRatio) / width)
          renderer.resize(Math.max(2, Math.round(width * (scale || 1))), Math.max(2, Math.round(height * (scale || 1))))
          follower.redraw()
        }
        fit()
        const observer = new ResizeObserver(fit)
        observer.observe(canvas)
        const unfollow = clock.follow(follower)
        stop = () => {
          unfollow()
          observer.disconnect()
          renderer.dispose()
        }
        setState({ status: 'ready' })
      })
      .catch((e: unknown) => alive && setState({ status: 'error', message: e instanceof Error ? e.message : String(e) }))
    return () => {
      alive = false
      stop?.()
    }
  }, [clock, shot, scene, registry, width, height, designWindow])

  return (
    <>
      <canvas ref={canvasRef} width={width} height={height} data-testid="compare.live" className="absolute inset-0 h-full w-full bg-black object-contain" />
      {state === null && <div className="absolute inset-0 flex items-center justify-center text-xs text-neutral-500">Loading the lens view…</div>}
      {state?.status === 'error' && (
        <div className="absolute inset-0 flex items-center justify-center bg-black p-4 text-center text-xs text-red-300">The lens view could not be drawn ({state.message}).</div>
      )}
    </>
  )
}
