/** Pure: the largest rectangle of an aspect centred in a canvas (letterbox or pillarbox), whole pixels. */
export interface PixelRect {
  x: number
  y: number
  w: number
  h: number
}

export const fitRect = (width: number, height: number, aspect: number): PixelRect => {
  if (width <= 0 || height <= 0 || !(aspect > 0)) return { x: 0, y: 0, w: 0, h: 0 }
  let w = width
  let h = Math.round(width / aspect)
  if (h > height) {
    h = height
    w = Math.round(height * aspect)
  }
  return { x: Math.floor((width - w) / 2), y: Math.floor((height - h) / 2), w, h }
}
