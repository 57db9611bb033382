/** Draws the animatic's burnt-in overlay (core/overlay.ts) onto a 2D canvas: shot top left, timecode top right, moves bottom left. */
import type { OverlayText } from './core/overlay'

const label = (g: CanvasRenderingContext2D, text: string, x: number, y: number, align: 'left' | 'right', px: number) => {
  g.font = `600 ${px}px system-ui, -apple-system, "Segoe UI", sans-serif`
  g.textBaseline = 'top'
  const w = g.measureText(text).width
  const pad = Math.round(px * 0.35)
  const left = align === 'left' ? x : x - w - 2 * pad
  g.fillStyle = 'rgba(0,0,0,0.6)'
  g.fillRect(left, y, w + 2 * pad, px + 2 * pad)
  g.fillStyle = '#f5f5f5'
  g.fillText(text, left + pad, y + pad)
}

export const drawOverlay = (g: CanvasRenderingContext2D, width: number, height: number, text: OverlayText): void => {
  const px = Math.max(10, Math.round(height * 0.04))
  const m = Math.round(px * 0.6)
  g.save()
  label(g, text.shot, m, m, 'left', px)
  label(g, text.timecode, width - m, m, 'right', px)
  label(g, text.moves, m, height - m - px - 2 * Math.round(px * 0.35), 'left', px)
  g.restore()
}
