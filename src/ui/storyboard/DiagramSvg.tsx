/** The arrow diagram over a start frame in the view: SVG in a 1000-unit box stretched over the frame. */
import { type DiagramPrimitive, ROLE_COLOURS } from '../../storyboard'
import { arrowHeadPoints } from './drawDiagram'

const S = 1000

export function DiagramSvg({ primitives, aspect }: { primitives: readonly DiagramPrimitive[]; aspect: number }) {
  const w = S
  const h = S / aspect
  // sized by the frame's area, so portrait and landscape frames get the same weight of line and text
  const unit = Math.sqrt(w * h) / 234
  return (
    <svg viewBox={`0 0 ${w} ${h}`} className="pointer-events-none absolute inset-0 h-full w-full" aria-hidden data-testid="storyboard.diagram">
      {primitives.map((p, i) => {
        const colour = ROLE_COLOURS[p.role]
        if (p.kind === 'path') {
          const pts = p.points.map(([x, y]) => `${(x * w).toFixed(1)},${(y * h).toFixed(1)}`).join(' ')
          const head = p.arrowHead ? arrowHeadPoints(p.points, w, h, 10 * unit) : null
          return (
            <g key={i} data-role={p.role}>
              <polyline points={pts} fill="none" stroke="black" strokeOpacity={0.55} strokeWidth={3.4 * unit} strokeLinejoin="round" strokeLinecap="round" />
              <polyline points={pts} fill="none" stroke={colour} strokeWidth={1.7 * unit} strokeLinejoin="round" strokeLinecap="round" />
              {head && <polygon points={head.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ')} fill={colour} stroke="black" strokeWidth={unit * 0.5} />}
            </g>
          )
        }
        return (
          <text
            key={i}
            x={p.at[0] * w}
            y={p.at[1] * h}
            fill={colour}
            fontSize={9 * unit}
            fontWeight={700}
            fontFamily="ui-sans-serif, system-ui, sans-serif"
            textAnchor={p.align === 'left' ? 'start' : p.align === 'right' ? 'end' : 'middle'}
            dominantBaseline="middle"
            stroke="black"
            strokeWidth={unit * 1.6}
            strokeOpacity={0.7}
            paintOrder="stroke"
          >
            {p.text}
          </text>
        )
      })}
    </svg>
  )
}
