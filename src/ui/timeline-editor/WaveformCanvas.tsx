/**
 * A stretch of the scratch track's waveform on a canvas: min/max columns (core/waveformPeaks) for
 * the audio between two times, one column per device pixel. Redraws when its inputs change.
 */
import { useEffect, useRef } from 'react'
import { peaksForRange, type WaveformPeaks } from '../../animatic/core/waveformPeaks'

export interface WaveformCanvasProps {
  readonly peaks: WaveformPeaks
  /** Audio time at the left and right edges. */
  readonly fromS: number
  readonly toS: number
  readonly widthPx: number
  readonly heightPx: number
  /** Linear gain, so the drawing shows what plays. */
  readonly gain: number
  readonly muted: boolean
}

/** Canvases wider than this are drawn at a lower resolution and stretched. */
const MAX_CANVAS_PX = 8192

export function WaveformCanvas({ peaks, fromS, toS, widthPx, heightPx, gain, muted }: WaveformCanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null)
  useEffect(() => {
    const canvas = ref.current
    if (!canvas || widthPx <= 0) return
    const dpr = window.devicePixelRatio || 1
    const w = Math.max(1, Math.min(MAX_CANVAS_PX, Math.round(widthPx * dpr)))
    const h = Math.max(1, Math.round(heightPx * dpr))
    canvas.width = w
    canvas.height = h
    const g = canvas.getContext('2d')
    if (!g) return
    g.clearRect(0, 0, w, h)
    const { min, max } = peaksForRange(peaks, fromS, toS, w)
    const mid = h / 2
    g.fillStyle = muted ? 'rgba(163,163,163,0.55)' : 'rgba(52,211,153,0.9)'
    for (let x = 0; x < w; x++) {
      if (Number.isNaN(max[x])) continue
      const top = mid - Math.min(1, max[x] * gain) * mid
      const bottom = mid - Math.max(-1, min[x] * gain) * mid
      g.fillRect(x, top, 1, Math.max(1, bottom - top))
    }
    g.fillStyle = 'rgba(255,255,255,0.12)'
    g.fillRect(0, Math.floor(mid), w, 1)
  }, [peaks, fromS, toS, widthPx, heightPx, gain, muted])
  return <canvas ref={ref} data-testid="timeline.audio-waveform" className="pointer-events-none absolute top-0 left-0" style={{ width: widthPx, height: heightPx }} />
}
