/**
 * The playhead: a line across the lanes and a handle in the ruler. Positioned by a transient
 * subscription that writes `style.transform` on its own compositor layer (will-change), so a frame
 * of playback moves a layer and repaints nothing; never by a React selector on the playhead.
 */
import { useEffect, useRef, type RefObject } from 'react'
import { subscribeToPlayhead, useStudio } from '../../state'

/** Keeps `ref`'s node at the playhead's x (time-area pixels). Re-subscribes only on zoom. */
export const usePlayheadTransform = (ref: RefObject<HTMLElement | null>): void => {
  const pps = useStudio((s) => s.timelinePixelsPerSecond)
  useEffect(
    () =>
      subscribeToPlayhead((t) => {
        if (ref.current) ref.current.style.transform = `translateX(${t * pps}px)`
      }),
    [ref, pps],
  )
}

/** The line through the lanes (place inside the time area, which is its positioning parent). */
export function PlayheadLine() {
  const ref = useRef<HTMLDivElement>(null)
  usePlayheadTransform(ref)
  return (
    <div ref={ref} data-testid="timeline.playhead" className="pointer-events-none absolute top-0 bottom-0 left-0 z-20 w-0 will-change-transform">
      <div className="absolute top-0 bottom-0 -left-px w-0.5 bg-accent/90" />
    </div>
  )
}

/** The handle at the top, in the ruler; pressing it scrubs like the ruler does. */
export function PlayheadHandle() {
  const ref = useRef<HTMLDivElement>(null)
  usePlayheadTransform(ref)
  return (
    <div ref={ref} data-testid="timeline.playhead-handle" className="pointer-events-none absolute top-0 bottom-0 left-0 z-20 w-0 will-change-transform">
      <div className="absolute top-0 -left-[5px] h-2.5 w-2.5 rounded-b-sm bg-accent [clip-path:polygon(0_0,100%_0,100%_60%,50%_100%,0_60%)]" />
      <div className="absolute top-2 bottom-0 -left-px w-0.5 bg-accent/90" />
    </div>
  )
}
