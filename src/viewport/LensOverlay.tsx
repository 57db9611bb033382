/**
 * Guides over a lens gate: rule of thirds, action-safe (90%) and title-safe (80%) frames, and the
 * horizon (the true vanishing line of the ground, so it shows roll and tilt). The element's box is
 * exactly the gate. The horizon is moved per frame through refs from the live frame, not React, and
 * only by `transform` on its own compositor layer: a frame of playback repaints nothing (an SVG
 * attribute change would repaint the whole gate-sized overlay every frame).
 */
import { memo, useEffect, useRef } from 'react'
import type { StudioData } from '../state/types'
import { computeHorizon, createHorizon } from './horizon'
import type { Rect } from './layout'
import type { LiveFrameSource } from './liveFrame'
import { shotOptics } from './toThree'

const GUIDE = 'rgba(255,255,255,0.45)'
const SAFE = 'rgba(255,255,255,0.38)'
const LEVEL = '#4ade80'
const TILTED = '#fbbf24'
/** The horizon counts as level within this tilt, degrees. */
const LEVEL_TOLERANCE_DEG = 0.5

export interface LensOverlayProps {
  live: LiveFrameSource
  rect: Rect
  guides: StudioData['guides']
  testId?: string
}

/** Memoised: an edit re-renders the viewport; the guides redraw only when their gate, guides or source change. */
export const LensOverlay = memo(function LensOverlay({ live, rect, guides, testId }: LensOverlayProps) {
  const horizonLine = useRef<HTMLDivElement>(null)
  const shown = rect.w > 0 && rect.h > 0
  // long enough to cross the gate from wherever its middle (the point nearest the centre) falls
  const horizonLengthPx = 4 * (rect.w + rect.h)

  useEffect(() => {
    if (!guides.horizon || !shown) return
    const h = createHorizon()
    return live.subscribe(({ shot, frame }) => {
      const el = horizonLine.current
      if (!el) return
      const o = shotOptics(shot)
      computeHorizon(h, frame.quaternion, o.gateWidthMm / (2 * frame.focalLengthMm), o.gateHeightMm / (2 * frame.focalLengthMm))
      const visibility = h.visible ? 'visible' : 'hidden'
      if (el.style.visibility !== visibility) el.style.visibility = visibility
      const level = Math.abs(h.tiltDeg) <= LEVEL_TOLERANCE_DEG ? 'level' : 'tilted'
      if (el.dataset.level !== level) {
        el.dataset.level = level
        el.style.color = level === 'level' ? LEVEL : TILTED
      }
      const midX = ((h.u1 + h.u2) / 2) * rect.w
      const midY = ((h.v1 + h.v2) / 2) * rect.h
      const angleDeg = (Math.atan2((h.v2 - h.v1) * rect.h, (h.u2 - h.u1) * rect.w) * 180) / Math.PI
      el.style.transform = `translate(${midX.toFixed(2)}px, ${midY.toFixed(2)}px) rotate(${angleDeg.toFixed(3)}deg) translateX(-50%)`
    })
  }, [live, guides.horizon, shown, rect.w, rect.h])

  if (!shown) return null
  return (
    <div
      data-testid={testId}
      className="pointer-events-none absolute overflow-hidden"
      style={{ left: rect.x, top: rect.y, width: rect.w, height: rect.h }}
    >
      <svg className="absolute inset-0 h-full w-full" aria-hidden>
        {guides.thirds && (
          <g stroke={GUIDE} strokeWidth={1}>
            <line x1="33.333%" y1="0" x2="33.333%" y2="100%" />
            <line x1="66.667%" y1="0" x2="66.667%" y2="100%" />
            <line x1="0" y1="33.333%" x2="100%" y2="33.333%" />
            <line x1="0" y1="66.667%" x2="100%" y2="66.667%" />
          </g>
        )}
        {guides.safeAreas && (
          <g fill="none" stroke={SAFE} strokeWidth={1}>
            <rect x="5%" y="5%" width="90%" height="90%" />
            <rect x="10%" y="10%" width="80%" height="80%" strokeDasharray="4 3" />
          </g>
        )}
        {guides.horizon && (
          <g>
            {/* level references at the frame edges: the horizon lines up with them when level */}
            <line x1="0" y1="50%" x2="2.5%" y2="50%" stroke={LEVEL} strokeWidth={2} />
            <line x1="97.5%" y1="50%" x2="100%" y2="50%" stroke={LEVEL} strokeWidth={2} />
          </g>
        )}
      </svg>
      {guides.horizon && (
        <div
          ref={horizonLine}
          data-testid="viewport.horizon"
          className="absolute top-0 left-0 h-[1.5px] origin-left bg-[repeating-linear-gradient(90deg,currentColor_0_10px,transparent_10px_14px)] will-change-transform"
          style={{ width: horizonLengthPx, marginTop: -0.75 }}
        />
      )}
    </div>
  )
})
