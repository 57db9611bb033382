/**
 * The pure part of the studio-vs-bare bench: statistics over samples, the figures of issue 12's
 * table with their goals, and the printed table. No browser, no files.
 */

/** The middle value (mean of the two middle ones for an even count); NaN for no samples. */
export const median = (xs: readonly number[]): number => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b)
  if (s.length === 0) return NaN
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}

/** The p-th percentile (0-100) by linear interpolation between closest ranks; NaN for no samples. */
export const percentile = (xs: readonly number[], p: number): number => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b)
  if (s.length === 0) return NaN
  const rank = (Math.min(100, Math.max(0, p)) / 100) * (s.length - 1)
  const lo = Math.floor(rank)
  const hi = Math.ceil(rank)
  return s[lo] + (s[hi] - s[lo]) * (rank - lo)
}

/** Gaps between consecutive timestamps (ms). */
export const gaps = (timesMs: readonly number[]): number[] => timesMs.slice(1).map((t, i) => t - timesMs[i])

/** Redraws per second and the p95 gap of the drawn-frame timestamps that fall inside a window. */
export const redrawRate = (drawnAtMs: readonly number[], fromMs: number, toMs: number): { perSecond: number; p95GapMs: number } => {
  const inside = drawnAtMs.filter((t) => t >= fromMs && t < toMs)
  const spanS = (toMs - fromMs) / 1000
  return { perSecond: spanS > 0 ? inside.length / spanS : NaN, p95GapMs: percentile(gaps(inside), 95) }
}

export type FigureId =
  | 'initialGzipKiB'
  | 'initialSentKiB'
  | 'firstFrameMs'
  | 'firstFrameVsBoxMs'
  | 'getContextMs'
  | 'playbackRedrawsPerS'
  | 'playbackP95GapMs'
  | 'frameStepMs'
  | 'undoRedoMs'
  | 'previsRenderFps'
  | 'heapAfterUndoRedoMiB'

export interface FigureSpec {
  readonly id: FigureId
  readonly label: string
  readonly unit: string
  readonly digits: number
  /** The goal, as printed. */
  readonly goal: string
}

/** The table, in its order, plus the previs rate and the heap. */
export const FIGURES: readonly FigureSpec[] = [
  { id: 'initialGzipKiB', label: 'initial JS+CSS, gzip', unit: 'KiB', digits: 0, goal: '<= 1.2x bare' },
  { id: 'initialSentKiB', label: 'initial JS+CSS as sent by the server', unit: 'KiB', digits: 0, goal: 'compressed' },
  { id: 'firstFrameMs', label: 'navigation to first drawn lens frame', unit: 'ms', digits: 0, goal: '<= 1.3x bare' },
  // the same studio figure against the bare page's scene before session 14 (a box on a plain floor)
  { id: 'firstFrameVsBoxMs', label: '  against a box on a plain floor', unit: 'ms', digits: 0, goal: '' },
  { id: 'getContextMs', label: "  of which the getContext('webgl2') call", unit: 'ms', digits: 0, goal: '' },
  { id: 'playbackRedrawsPerS', label: 'canvas redraws/s playing a 24 fps shot', unit: '/s', digits: 1, goal: '24/s' },
  { id: 'playbackP95GapMs', label: '  p95 gap between redraws', unit: 'ms', digits: 0, goal: '< 62.5 ms (1.5 frames)' },
  { id: 'frameStepMs', label: 'keydown to drawn frame: frame step (→)', unit: 'ms', digits: 1, goal: '< 16 ms' },
  { id: 'undoRedoMs', label: 'keydown to drawn frame: undo / redo', unit: 'ms', digits: 1, goal: '< 16 ms median' },
  { id: 'previsRenderFps', label: 'previs render rate, 720p', unit: 'frames/s', digits: 1, goal: '' },
  { id: 'heapAfterUndoRedoMiB', label: 'JS heap after 100 undo/redo cycles', unit: 'MiB', digits: 1, goal: 'bounded' },
]

export type Figures = Partial<Record<FigureId, number>>

export interface FigureRow {
  readonly id: FigureId
  readonly label: string
  readonly unit: string
  readonly studio: number | null
  readonly bare: number | null
  /** studio / bare; null when either is missing. */
  readonly ratio: number | null
  readonly goal: string
}

const finiteOrNull = (x: number | undefined): number | null => (x !== undefined && Number.isFinite(x) ? x : null)

/** One row per figure, with the ratio studio / bare. */
export const figureRows = (studio: Figures, bare: Figures): FigureRow[] =>
  FIGURES.map((f) => {
    const s = finiteOrNull(studio[f.id])
    const b = finiteOrNull(bare[f.id])
    return { id: f.id, label: f.label, unit: f.unit, studio: s, bare: b, ratio: s !== null && b !== null && b > 0 ? s / b : null, goal: f.goal }
  })

/** The median of each figure over rounds (each round one studio run and one bare run). */
export const medianFigures = (rounds: readonly Figures[]): Figures => {
  const out: Figures = {}
  for (const f of FIGURES) {
    const m = median(rounds.map((r) => r[f.id] ?? NaN))
    if (Number.isFinite(m)) out[f.id] = m
  }
  return out
}

const cell = (x: number | null, spec: FigureSpec): string => (x === null ? '—' : `${x.toFixed(spec.digits)} ${spec.unit}`)

/** The printed table: figure | studio | bare | ratio | goal. */
export const tableLines = (rows: readonly FigureRow[]): string[] => {
  const spec = new Map(FIGURES.map((f) => [f.id, f]))
  const cells = [
    ['figure', 'studio', 'bare', 'ratio', 'goal'],
    ...rows.map((r) => {
      const s = spec.get(r.id)!
      return [r.label, cell(r.studio, s), cell(r.bare, s), r.ratio === null ? '—' : r.ratio.toFixed(2), r.goal]
    }),
  ]
  const widths = cells[0].map((_, c) => Math.max(...cells.map((row) => row[c].length)))
  return cells.map((row) => row.map((x, c) => (c === 0 || c === 4 ? x.padEnd(widths[c]) : x.padStart(widths[c]))).join('  ').trimEnd())
}

/** The same table as Markdown, for the README. */
export const markdownTable = (rows: readonly FigureRow[]): string => {
  const spec = new Map(FIGURES.map((f) => [f.id, f]))
  const lines = ['| figure | studio | bare page | ratio | goal |', '|---|---|---|---|---|']
  for (const r of rows) {
    const s = spec.get(r.id)!
    lines.push(`| ${r.label.trim()} | ${cell(r.studio, s)} | ${cell(r.bare, s)} | ${r.ratio === null ? '—' : r.ratio.toFixed(2)} | ${r.goal || '—'} |`)
  }
  return lines.join('\n')
}
