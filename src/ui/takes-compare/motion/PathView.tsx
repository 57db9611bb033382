import { type PointerEvent as ReactPointerEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { MeasuredPath, PathPose } from '../../../camera-measure/compare/measuredPath'
import type { Vec3 } from '../../../core/math/vec3'
import type { CompareClock } from '../clock'
import { type Point2, fitBox, frustumD, groundGridD, polylineD, project, viewFromBehind } from './pathProjection'
import { nearestIndex } from './playhead'

export interface PathViewProps {
  /** The design's camera, one pose per design frame. */
  readonly designPoses: readonly PathPose[]
  /** The time (seconds) of each design pose. */
  readonly designTimes: readonly number[]
  /** The take's path rebuilt from its measurement (`measuredPath`). */
  readonly measured: MeasuredPath
  /** The take travels somewhere (its path has no scale to be drawn with when the design does not). */
  readonly takeTravels?: boolean
  readonly clock: CompareClock
  /** The design time (seconds) of the clock's frame. */
  readonly timeOfFrame: (frame: number) => number
}

const ELEVATION_DEG = 35
/** Degrees the view swings per pixel dragged. */
const DRAG_DEG_PER_PX = 0.6

/**
 * Both camera paths seen from above and behind the design's first camera: the design (neutral) and
 * the measured path (amber, its lengths borrowed from the design), each with a camera marker at the
 * playhead's frame, moved by a frame listener that writes the markers' `d` (no React render per
 * frame). An orthographic projection drawn in SVG: no WebGL context next to the two videos. Drag
 * sideways to swing the view round; double-click puts it back.
 */
export function PathView({ designPoses, designTimes, measured, takeTravels = false, clock, timeOfFrame }: PathViewProps) {
  const [azimuthDeg, setAzimuthDeg] = useState(0)
  const dragRef = useRef<{ x: number; start: number } | null>(null)
  const designMarkerRef = useRef<SVGPathElement>(null)
  const measuredMarkerRef = useRef<SVGPathElement>(null)

  const drawing = useMemo(() => {
    const first = designPoses[0]
    if (!first) return null
    const view = viewFromBehind(first.quaternion, ELEVATION_DEG, azimuthDeg)
    const all: Vec3[] = [...designPoses.map((p) => p.position), ...measured.poses.map((p) => p.position)]
    let extent = 0
    for (const p of all) extent = Math.max(extent, Math.abs(p[0] - first.position[0]), Math.abs(p[1] - first.position[1]), Math.abs(p[2] - first.position[2]))
    const markerM = Math.max(0.15, extent * 0.18)
    // neither camera moves off its first position (a pan, a zoom): only the markers say anything
    const still = extent < 1e-3
    const onScreen: Point2[] = all.map((p) => project(p, view))
    // room for the markers round every position (their frame reaches `markerM` ahead)
    const ends = [designPoses[0], designPoses[designPoses.length - 1], measured.poses[measured.poses.length - 1]].filter(Boolean)
    for (const pose of ends) for (const c of markerBounds(pose, markerM)) onScreen.push(project(c, view))
    const box = fitBox(onScreen, 0.1, markerM * 2)
    const groundY = Math.min(0, ...all.map((p) => p[1]))
    return {
      view,
      markerM,
      still,
      box,
      grid: groundGridD(all, groundY, view),
      designed: polylineD(designPoses.map((p) => project(p.position, view))),
      measured: polylineD(measured.poses.map((p) => project(p.position, view))),
    }
  }, [designPoses, measured, azimuthDeg])

  const drawMarkers = useCallback(
    (frame: number) => {
      if (!drawing) return
      const t = timeOfFrame(frame)
      const design = designPoses[nearestIndex(designTimes, t)]
      const take = measured.poses[nearestIndex(measured.t, t)]
      if (design) designMarkerRef.current?.setAttribute('d', frustumD(design.position, design.quaternion, drawing.markerM, drawing.view))
      if (take) measuredMarkerRef.current?.setAttribute('d', frustumD(take.position, take.quaternion, drawing.markerM, drawing.view))
    },
    [drawing, designPoses, designTimes, measured, timeOfFrame],
  )
  useEffect(() => clock.onFrame(drawMarkers), [clock, drawMarkers])

  const onPointerDown = (e: ReactPointerEvent<SVGSVGElement>) => {
    if (e.button !== 0) return
    e.preventDefault()
    e.currentTarget.setPointerCapture(e.pointerId)
    dragRef.current = { x: e.clientX, start: azimuthDeg }
  }
  const onPointerMove = (e: ReactPointerEvent<SVGSVGElement>) => {
    const drag = dragRef.current
    if (drag && e.currentTarget.hasPointerCapture(e.pointerId)) setAzimuthDeg(drag.start - (e.clientX - drag.x) * DRAG_DEG_PER_PX)
  }
  const onPointerUp = () => {
    dragRef.current = null
  }

  if (!drawing) return <div className="flex h-full items-center justify-center text-neutral-500">No design path to draw.</div>
  const stroke = { vectorEffect: 'non-scaling-stroke' as const, fill: 'none' }
  return (
    <div className="relative h-full min-h-0 w-full overflow-hidden rounded border border-neutral-800 bg-neutral-950" data-testid="compare.motion.path">
      <svg
        viewBox={drawing.box.join(' ')}
        preserveAspectRatio="xMidYMid meet"
        className="absolute inset-0 h-full w-full cursor-ew-resize touch-none"
        role="img"
        aria-label="The design's camera path and the measured path, seen from above and behind"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        onDoubleClick={() => setAzimuthDeg(0)}
      >
        <path d={drawing.grid} className="stroke-neutral-800" strokeWidth={1} {...stroke} />
        <path d={drawing.measured} className="stroke-amber-400" strokeWidth={2} strokeLinejoin="round" {...stroke} />
        <path d={drawing.designed} className="stroke-neutral-400" strokeWidth={1.5} strokeDasharray="5 4" {...stroke} />
        <path ref={measuredMarkerRef} className="stroke-amber-300" strokeWidth={1.5} strokeLinejoin="round" {...stroke} data-testid="compare.motion.path.measured-camera" />
        <path ref={designMarkerRef} className="stroke-neutral-200" strokeWidth={1.25} strokeDasharray="3 2" strokeLinejoin="round" {...stroke} data-testid="compare.motion.path.design-camera" />
      </svg>
      {drawing.still && (
        <p className="pointer-events-none absolute inset-x-1 bottom-1 text-center text-[10px] text-neutral-500">
          {takeTravels
            ? 'The take travels, but the design does not: with no designed distance to borrow, its path cannot be drawn to scale. The markers show where each camera looks.'
            : 'Neither camera travels: the markers show where each one looks.'}
        </p>
      )}
      <div className="pointer-events-none absolute left-1 top-1 flex flex-col gap-0.5 rounded bg-neutral-950/80 px-1 py-0.5 text-[10px] leading-tight text-neutral-400">
        <span className="flex items-center gap-1.5">
          <LegendLine className="stroke-neutral-400" dash="4 3" /> design
        </span>
        <span className="flex items-center gap-1.5">
          <LegendLine className="stroke-amber-400" /> measured path (scale from the design)
        </span>
      </div>
    </div>
  )
}

/** The eight corners of a cube round a marker (it reaches `size` from its camera), for fitting the view round it. */
const markerBounds = (pose: PathPose, size: number): Vec3[] => {
  const [x, y, z] = pose.position
  const out: Vec3[] = []
  for (const dx of [-size, size]) for (const dy of [-size, size]) for (const dz of [-size, size]) out.push([x + dx, y + dy, z + dz])
  return out
}

export function LegendLine({ className, dash }: { className: string; dash?: string }) {
  return (
    <svg width="18" height="6" aria-hidden="true" className="shrink-0">
      <line x1="1" x2="17" y1="3" y2="3" className={className} strokeWidth={1.75} strokeDasharray={dash} strokeLinecap="round" />
    </svg>
  )
}
