import type { PresetCategory } from '../../camera-presets'
import { type Glyph, glyphFor } from './glyphs'

export interface PresetGlyphProps {
  readonly presetId: string
  readonly category: PresetCategory
  readonly size?: number
  readonly className?: string
  /** A pictogram to draw instead of the preset's own (a custom preset's, from compositeGlyph). */
  readonly glyph?: Glyph
}

/** The pictogram of a move: the move in neutral strokes, the subject in the accent colour. */
export function PresetGlyph({ presetId, category, size = 28, className, glyph }: PresetGlyphProps) {
  const g = glyph ?? glyphFor(presetId, category)
  return (
    <svg viewBox="0 0 24 24" width={size} height={size} className={className} aria-hidden fill="none" strokeLinecap="round" strokeLinejoin="round">
      {g.strokes.map((s, i) => (
        <path
          key={i}
          d={s.d}
          stroke="currentColor"
          strokeWidth={s.faint ? 1 : 1.6}
          strokeOpacity={s.faint ? 0.45 : 1}
          strokeDasharray={s.dashed ? '2 2' : undefined}
        />
      ))}
      {g.dots.map((d, i) => (
        <circle
          key={`d${i}`}
          cx={d.x}
          cy={d.y}
          r={d.r}
          fill={d.hollow ? 'none' : d.subject ? '#fbbf24' : 'currentColor'}
          stroke={d.hollow ? 'currentColor' : 'none'}
          strokeWidth={1.3}
        />
      ))}
    </svg>
  )
}
