/**
 * Ruler ticks adapted to the zoom: labels at least LABEL_MIN_PX apart (whole seconds, or frames
 * within a second when zoomed in), minor ticks at least MINOR_MIN_PX apart down to single frames.
 * Ticks sit on the seconds-and-frames grid of the timecode (`SS:FF`). Pure.
 */
import { timecodeBase } from './timelineMath'

export const LABEL_MIN_PX = 56
export const MINOR_MIN_PX = 8
const SECOND_STEPS = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600]

export type TickStep = { readonly frames: number } | { readonly seconds: number }

export interface RulerTick {
  readonly timeS: number
  /** label: a labelled major tick; second: an unlabelled whole second; minor: anything finer. */
  readonly kind: 'label' | 'second' | 'minor'
  readonly label?: string
}

const divisors = (n: number): number[] => Array.from({ length: n - 1 }, (_, i) => i + 1).filter((d) => n % d === 0)

export const stepPx = (step: TickStep, pps: number, fps: number): number => ('frames' in step ? (step.frames / fps) * pps : step.seconds * pps)

/** The finest step whose ticks are at least `minPx` apart (frames within a second first, then seconds). */
const finestStep = (pps: number, fps: number, minPx: number, fits: (s: TickStep) => boolean): TickStep | null => {
  const candidates: TickStep[] = [...divisors(timecodeBase(fps)).map((frames) => ({ frames })), ...SECOND_STEPS.map((seconds) => ({ seconds }))]
  return candidates.find((s) => stepPx(s, pps, fps) >= minPx && fits(s)) ?? null
}

export const labelStep = (pps: number, fps: number): TickStep => finestStep(pps, fps, LABEL_MIN_PX, () => true) ?? { seconds: 600 }

/** The minor step: finest that is readable and divides the label step (null: no minor ticks). */
export const minorStep = (pps: number, fps: number, label: TickStep): TickStep | null =>
  finestStep(pps, fps, MINOR_MIN_PX, (s) => {
    if ('frames' in label) return 'frames' in s && s.frames < label.frames && label.frames % s.frames === 0
    if ('frames' in s) return label.seconds === 1
    return s.seconds < label.seconds && label.seconds % s.seconds === 0
  })

interface GridPoint {
  readonly timeS: number
  readonly sec: number
  readonly frame: number
}

const gridPoints = (step: TickStep, startS: number, endS: number, fps: number): GridPoint[] => {
  const out: GridPoint[] = []
  if ('seconds' in step) {
    for (let n = Math.max(0, Math.ceil(startS / step.seconds)) * step.seconds; n <= endS + 1e-9; n += step.seconds) out.push({ timeS: n, sec: n, frame: 0 })
    return out
  }
  const base = timecodeBase(fps)
  for (let sec = Math.max(0, Math.floor(startS)); sec <= endS; sec++) {
    for (let f = 0; f < base; f += step.frames) {
      const t = sec + f / fps
      if (t >= startS - 1e-9 && t <= endS + 1e-9) out.push({ timeS: t, sec, frame: f })
    }
  }
  return out
}

/** `12s`, `1:05` past a minute, `3:12` (seconds:frames) between whole seconds. */
export const tickLabel = (sec: number, frame: number): string => {
  if (frame > 0) return `${sec}:${String(frame).padStart(2, '0')}`
  return sec >= 60 ? `${Math.floor(sec / 60)}:${String(sec % 60).padStart(2, '0')}` : `${sec}s`
}

/** Ticks between `startS` and `endS` (inclusive) at `pps` pixels per second. */
export const rulerTicks = (startS: number, endS: number, pps: number, fps: number): RulerTick[] => {
  const label = labelStep(pps, fps)
  const minor = minorStep(pps, fps, label)
  const ticks = new Map<string, RulerTick>()
  if (minor) {
    for (const p of gridPoints(minor, startS, endS, fps)) ticks.set(`${p.sec}:${p.frame}`, { timeS: p.timeS, kind: p.frame === 0 ? 'second' : 'minor' })
  }
  for (const p of gridPoints(label, startS, endS, fps)) ticks.set(`${p.sec}:${p.frame}`, { timeS: p.timeS, kind: 'label', label: tickLabel(p.sec, p.frame) })
  return [...ticks.values()].sort((a, b) => a.timeS - b.timeS)
}
