/** The arrow diagram drawn with canvas 2D (the PNG contact sheet), and the arrowhead shared with the SVG. */
import { type DiagramPrimitive, type Point2, ROLE_COLOURS } from '../../storyboard'

/** The arrowhead triangle at the end of a path, in pixels of a w × h frame. */
export const arrowHeadPoints = (points: readonly Point2[], w: number, h: number, size: number): [number, number][] | null => {
  const [x1, y1] = points[points.length - 1]
  let k = points.length - 2
  while (k > 0 && Math.hypot((points[k][0] - x1) * w, (points[k][1] - y1) * h) < size * 0.5) k--
  if (k < 0) return null
  const dx = (x1 - points[k][0]) * w
  const dy = (y1 - points[k][1]) * h
  const len = Math.hypot(dx, dy)
  if (len === 0) return null
  const [ux, uy] = [dx / len, dy / len]
  const [tx, ty] = [x1 * w, y1 * h]
  const [bx, by] = [tx - ux * size, ty - uy * size]
  return [
    [tx, ty],
    [bx - uy * size * 0.5, by + ux * size * 0.5],
    [bx + uy * size * 0.5, by - ux * size * 0.5],
  ]
}

/** Draws the diagram into the rectangle (x, y, w, h) of a 2D context. */
export const drawDiagram = (ctx: CanvasRenderingContext2D, primitives: readonly DiagramPrimitive[], x: number, y: number, w: number, h: number) => {
  const unit = Math.max(1, Math.sqrt(w * h) / 240)
  ctx.save()
  ctx.translate(x, y)
  ctx.beginPath()
  ctx.rect(0, 0, w, h)
  ctx.clip()
  ctx.lineJoin = 'round'
  ctx.lineCap = 'round'
  for (const p of primitives) {
    const colour = ROLE_COLOURS[p.role]
    if (p.kind === 'path') {
      const trace = () => {
        ctx.beginPath()
        p.points.forEach(([px, py], i) => (i === 0 ? ctx.moveTo(px * w, py * h) : ctx.lineTo(px * w, py * h)))
      }
      trace()
      ctx.strokeStyle = 'rgba(0,0,0,0.55)'
      ctx.lineWidth = 3.4 * unit
      ctx.stroke()
      trace()
      ctx.strokeStyle = colour
      ctx.lineWidth = 1.7 * unit
      ctx.stroke()
      const head = p.arrowHead ? arrowHeadPoints(p.points, w, h, 10 * unit) : null
      if (head) {
        ctx.beginPath()
        head.forEach(([hx, hy], i) => (i === 0 ? ctx.moveTo(hx, hy) : ctx.lineTo(hx, hy)))
        ctx.closePath()
        ctx.fillStyle = colour
        ctx.fill()
        ctx.lineWidth = 0.5 * unit
        ctx.strokeStyle = 'black'
        ctx.stroke()
      }
    } else {
      ctx.font = `700 ${Math.round(9 * unit)}px ui-sans-serif, system-ui, sans-serif`
      ctx.textAlign = p.align
      ctx.textBaseline = 'middle'
      ctx.lineWidth = 1.6 * unit
      ctx.strokeStyle = 'rgba(0,0,0,0.7)'
      ctx.strokeText(p.text, p.at[0] * w, p.at[1] * h)
      ctx.fillStyle = colour
      ctx.fillText(p.text, p.at[0] * w, p.at[1] * h)
    }
  }
  ctx.restore()
}
