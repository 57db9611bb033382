/**
 * Where each view goes inside the viewport, in CSS pixels with a top-left origin. Pure and
 * allocation-free (writes into a `Views` object) so the render callback and the HTML overlay
 * compute exactly the same rectangles from the same size.
 */
import type { ViewLayout } from '../state/types'

export interface Rect {
  x: number
  y: number
  w: number
  h: number
}

export interface Views {
  directorVisible: boolean
  /** The director area (orbit view, or the look-through view). */
  director: Rect
  /** The shot's gate fitted inside the director area (used while looking through). */
  directorGate: Rect
  lensVisible: boolean
  /** The area given to the lens view; the gate is letterboxed or pillarboxed inside it. */
  lensArea: Rect
  /** The lens image: exactly the shot's aspect. */
  gate: Rect
}

/** Height of the toolbar band at the top; lens gates are fitted below it so nothing covers them. */
export const TOOLBAR_H = 34
export const PIP_WIDTH_FRACTION = 0.32
export const PIP_MAX_HEIGHT_FRACTION = 0.55
export const PIP_MARGIN = 12

const rect = (): Rect => ({ x: 0, y: 0, w: 0, h: 0 })

export const createViews = (): Views => ({
  directorVisible: true,
  director: rect(),
  directorGate: rect(),
  lensVisible: true,
  lensArea: rect(),
  gate: rect(),
})

const setRect = (r: Rect, x: number, y: number, w: number, h: number): void => {
  r.x = Math.round(x)
  r.y = Math.round(y)
  r.w = Math.max(0, Math.round(w))
  r.h = Math.max(0, Math.round(h))
}

/** The largest rectangle of `aspect` (w / h) centred inside `area`, written to `out`. */
export const fitAspect = (out: Rect, area: Rect, aspect: number): Rect => {
  let w = area.w
  let h = w / aspect
  if (h > area.h) {
    h = area.h
    w = h * aspect
  }
  setRect(out, area.x + (area.w - w) / 2, area.y + (area.h - h) / 2, w, h)
  return out
}

/** Lay out the views of a `width` x `height` viewport for a layout and the shot's aspect. */
export const computeViews = (out: Views, width: number, height: number, layout: ViewLayout, aspect: number): Views => {
  const w = Math.max(1, Math.round(width))
  const h = Math.max(1, Math.round(height))
  const band = Math.min(TOOLBAR_H, Math.floor(h / 4))
  out.directorVisible = layout !== 'lens'
  out.lensVisible = layout !== 'director'
  if (layout === 'split') {
    const half = Math.floor(w / 2)
    setRect(out.director, 0, 0, half, h)
    setRect(out.lensArea, half, band, w - half, h - band)
    fitAspect(out.gate, out.lensArea, aspect)
  } else if (layout === 'pip') {
    setRect(out.director, 0, 0, w, h)
    let pw = w * PIP_WIDTH_FRACTION
    let ph = pw / aspect
    const maxH = h * PIP_MAX_HEIGHT_FRACTION
    if (ph > maxH) {
      ph = maxH
      pw = ph * aspect
    }
    setRect(out.lensArea, w - pw - PIP_MARGIN, h - ph - PIP_MARGIN, pw, ph)
    fitAspect(out.gate, out.lensArea, aspect)
  } else if (layout === 'lens') {
    setRect(out.director, 0, 0, 0, 0)
    setRect(out.lensArea, 0, band, w, h - band)
    fitAspect(out.gate, out.lensArea, aspect)
  } else {
    setRect(out.director, 0, 0, w, h)
    setRect(out.lensArea, 0, 0, 0, 0)
    setRect(out.gate, 0, 0, 0, 0)
  }
  // while looking through, the director area shows the gate below the toolbar band
  const d = out.director
  const top = Math.min(band, d.h)
  setRect(out.directorGate, d.x, d.y + top, d.w, d.h - top)
  fitAspect(out.directorGate, out.directorGate, aspect)
  return out
}

export const sameRect = (a: Rect, b: Rect): boolean => a.x === b.x && a.y === b.y && a.w === b.w && a.h === b.h
