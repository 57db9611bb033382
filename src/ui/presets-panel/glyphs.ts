/**
 * One pictogram per preset, as data: strokes and dots on a 24 x 24 grid. The picture is the
 * move seen from where it reads best (from above for travel and orbits, from the side for tilts
 * and cranes). `faint` parts are context (rails, ground, the subject's circle), the rest is the move.
 */
import type { PresetCategory } from '../../camera-presets'
import { type Pt, arc, arcArrow, arcPoints, arrow, arrowHead, frameCorners, polyline, rotatedRect } from './glyphGeometry'

export interface GlyphStroke {
  readonly d: string
  readonly faint?: boolean
  readonly dashed?: boolean
}
export interface GlyphDot {
  readonly x: number
  readonly y: number
  readonly r: number
  /** The subject (drawn in the accent colour). */
  readonly subject?: boolean
  readonly hollow?: boolean
}
export interface Glyph {
  readonly strokes: readonly GlyphStroke[]
  readonly dots: readonly GlyphDot[]
}

const subjectTop: GlyphDot = { x: 12, y: 5, r: 2, subject: true }
const subjectMid: GlyphDot = { x: 12, y: 12, r: 2, subject: true }
const camDot = (x: number, y: number): GlyphDot => ({ x, y, r: 1.5 })
const rails: GlyphStroke = { d: 'M8 22V12 M16 22V12', faint: true, dashed: true }
const ground: GlyphStroke = { d: 'M3 21H21', faint: true }

const glyph = (strokes: GlyphStroke[], dots: GlyphDot[] = []): Glyph => ({ strokes, dots })

const zoomArrows = (inward: boolean, crash: boolean): GlyphStroke[] => {
  // a crash zoom: two long diagonal arrows with double heads (fast); a zoom: four short ones
  const pairs: [number, number, number, number][] = crash
    ? [
        [2.5, 3.5, 9, 9.5],
        [21.5, 20.5, 15, 14.5],
      ]
    : [
        [4, 6, 9, 10],
        [20, 6, 15, 10],
        [4, 18, 9, 14],
        [20, 18, 15, 14],
      ]
  return pairs.map(([ox, oy, ix, iy]) => ({ d: inward ? arrow([ox, oy], [ix, iy], crash) : arrow([ix, iy], [ox, oy], crash) }))
}

/** An arrow with a head at both ends (a move that goes and comes back). */
const twoWay = (a: Pt, b: Pt): string => `${arrow(a, b)} ${arrowHead(b, a)}`

/** A polyline with an arrowhead at its last point; `double` adds a second head (a fast move). */
const pathArrow = (pts: readonly Pt[], double = false): string => {
  const n = pts.length
  const head = arrowHead(pts[n - 3] ?? pts[0], pts[n - 1])
  if (!double) return `${polyline(pts)} ${head}`
  const [x0, y0] = pts[n - 3] ?? pts[0]
  const [x1, y1] = pts[n - 1]
  const len = Math.hypot(x1 - x0, y1 - y0) || 1
  return `${polyline(pts)} ${head} ${arrowHead([x0, y0], [x1 - ((x1 - x0) / len) * 2.5, y1 - ((y1 - y0) / len) * 2.5])}`
}

/** A sine wave along y = `y` from x0 to x1 (a shaking path), `periods` periods of amplitude `amp`. */
const wave = (x0: number, x1: number, y: number, amp: number, periods: number, segments = 48): Pt[] =>
  Array.from({ length: segments + 1 }, (_, i) => [x0 + ((x1 - x0) * i) / segments, y - amp * Math.sin((2 * Math.PI * periods * i) / segments)] as Pt)

/** A spiral that climbs while it circles (3D rotation): from low and wide to high and narrow. */
const climbingSpiral: Pt[] = Array.from({ length: 41 }, (_, i) => {
  const u = i / 40
  const a = ((-100 + 290 * u) * Math.PI) / 180
  return [12 + (9 - 3 * u) * Math.cos(a), 17 - 9 * u - 3.2 * Math.sin(a)] as Pt
})

/** A car seen from the side, wheels as hollow dots (car grip). */
const carSide: GlyphStroke = { d: 'M3 15.5V12L7 11L9.5 8H15L17.5 11H21V15.5Z' }
const carWheels: GlyphDot[] = [
  { x: 7, y: 16, r: 1.8, hollow: true },
  { x: 17, y: 16, r: 1.8, hollow: true },
]
/** A car seen from above, heading up the picture (car chase). */
const carTop: GlyphStroke = { d: 'M9.5 2.5H14.5V10.5H9.5Z M10 5H14' }

/**
 * Every preset's picture, built on first use (the library's first render, after the first lens
 * frame): the path strings are computed, and startup has better things to do.
 */
const buildPresetGlyphs = (): Readonly<Record<string, Glyph>> => {
  const orbitRing: GlyphStroke = { d: arc(12, 12, 9, 5, 0, 360), faint: true }
  const bulletCams = arcPoints(12, 12, 9, 5, -160, -20, 4).map(([x, y]) => camDot(x, y))
  return {
    'dolly-in': glyph([rails, { d: arrow([12, 21], [12, 10]) }], [subjectTop]),
    'dolly-out': glyph([rails, { d: arrow([12, 10], [12, 21]) }], [subjectTop]),
    'push-in': glyph([{ d: frameCorners(7, 1.5, 17, 8.5, 2), faint: true }, { d: arrow([12, 22], [12, 11]) }], [subjectTop]),
    'pull-out': glyph([{ d: frameCorners(7, 1.5, 17, 8.5, 2), faint: true }, { d: arrow([12, 11], [12, 22]) }], [subjectTop]),
    'pan-left': glyph([{ d: arcArrow(12, 19, 9, 9, 35, 145) }], [camDot(12, 19)]),
    'pan-right': glyph([{ d: arcArrow(12, 19, 9, 9, 145, 35) }], [camDot(12, 19)]),
    'tilt-up': glyph([ground, { d: arcArrow(6, 13, 10, 10, -35, 45) }], [camDot(6, 13)]),
    'tilt-down': glyph([ground, { d: arcArrow(6, 11, 10, 10, 35, -45) }], [camDot(6, 11)]),
    roll: glyph([{ d: 'M5 14.5L19 9.5', faint: true }, { d: arcArrow(12, 12, 8, 8, 120, 400) }]),
    'dutch-angle': glyph([{ d: rotatedRect(12, 12, 17, 11, 18) }, { d: 'M5 14.5L19 9.5', faint: true }]),
    'truck-left': glyph([{ d: 'M3 21H21', faint: true, dashed: true }, { d: arrow([17, 17], [5, 17]) }], [subjectTop]),
    'truck-right': glyph([{ d: 'M3 21H21', faint: true, dashed: true }, { d: arrow([7, 17], [19, 17]) }], [subjectTop]),
    tracking: glyph([{ d: arrow([14, 6], [20, 6]), faint: true }, { d: arrow([4, 17], [20, 17]) }], [{ ...subjectTop, x: 10, y: 6 }]),
    'pedestal-up': glyph([ground, { d: 'M12 21V18', faint: true }, { d: arrow([12, 17], [12, 4]) }]),
    'pedestal-down': glyph([ground, { d: 'M12 21V18', faint: true }, { d: arrow([12, 4], [12, 17]) }]),
    'crane-up': glyph([ground, { d: 'M5 20L15 13', faint: true }, { d: arcArrow(5, 20, 14, 14, 25, 70) }], [camDot(5, 20)]),
    'crane-down': glyph([ground, { d: 'M5 20L15 13', faint: true }, { d: arcArrow(5, 20, 14, 14, 70, 25) }], [camDot(5, 20)]),
    'crane-over-head': glyph([ground, { d: arcArrow(12, 18, 9, 13, 170, 10) }], [{ ...subjectTop, y: 17 }]),
    'orbit-left': glyph([orbitRing, { d: arcArrow(12, 12, 9, 5, -70, -200) }], [subjectMid]),
    'orbit-right': glyph([orbitRing, { d: arcArrow(12, 12, 9, 5, -110, 20) }], [subjectMid]),
    'orbit-360': glyph([{ d: arcArrow(12, 12, 9, 5, -90, 240) }], [subjectMid]),
    arc: glyph([{ d: arcArrow(12, 14, 9, 7, -60, -170) }], [{ ...subjectMid, y: 14 }]),
    'lazy-susan': glyph([{ d: arc(12, 18, 8, 2.5, 0, 360), faint: true }, { d: 'M12 9V18', faint: true }, { d: arcArrow(12, 12, 8, 3, -60, 200) }], [{ ...subjectTop, y: 7 }]),
    'zoom-in': glyph([{ d: 'M9 10H15V14H9Z', faint: true }, ...zoomArrows(true, false)]),
    'zoom-out': glyph([{ d: 'M9 10H15V14H9Z', faint: true }, ...zoomArrows(false, false)]),
    'crash-zoom-in': glyph([{ d: 'M9 10H15V14H9Z', faint: true }, ...zoomArrows(true, true)]),
    'crash-zoom-out': glyph([{ d: 'M9 10H15V14H9Z', faint: true }, ...zoomArrows(false, true)]),
    'dolly-zoom-in': glyph([{ d: frameCorners(3, 3, 21, 13, 3), faint: true }, { d: arrow([12, 22], [12, 13]) }], [{ ...subjectTop, y: 8 }]),
    'dolly-zoom-out': glyph([{ d: frameCorners(3, 3, 21, 13, 3), faint: true }, { d: arrow([12, 13], [12, 22]) }], [{ ...subjectTop, y: 8 }]),
    'rack-focus': glyph([{ d: arrow([9.5, 13.5], [15, 9]) }], [{ x: 7, y: 16, r: 3, hollow: true }, { x: 17.5, y: 6.5, r: 2.2, subject: true }]),
    handheld: glyph([{ d: polyline([[3, 13], [5.5, 9.5], [8, 14.5], [10.5, 8.5], [13, 15], [15.5, 10], [18, 13.5], [21, 11]]) }]),
    'whip-pan': glyph([{ d: 'M3 8H14 M3 16H14', faint: true }, { d: arrow([4, 12], [21, 12], true) }]),
    'fpv-drone': glyph([{ d: 'M8.5 8.5L15.5 15.5 M15.5 8.5L8.5 15.5' }], [7, 17].flatMap((x) => [7, 17].map((y) => ({ x, y, r: 2.6, hollow: true })))),
    'aerial-reveal': glyph([{ d: 'M2 21L8 14L12 18L15 15L22 21', faint: true }, { d: arcArrow(22, 22, 16, 16, 170, 115) }], [camDot(6.2, 19)]),
    'top-down': glyph([{ d: arc(12, 19, 8, 2.5, 0, 360), faint: true }, { d: arrow([12, 3], [12, 13]) }], [{ ...subjectTop, y: 19, r: 1.6 }]),
    'bullet-time': glyph([{ d: arcArrow(12, 12, 9, 5, -170, -10), faint: true }], [subjectMid, ...bulletCams]),
    snorricam: glyph([{ d: 'M12 11V15' }, { d: arcArrow(12, 13, 10, 10, 160, 20) }, { d: arcArrow(12, 13, 10, 10, -20, -160), faint: true }], [{ ...subjectMid, y: 9 }, camDot(12, 16.5)]),
    'through-object-in': glyph([{ d: 'M3 14H9.5 M14.5 14H21 M9.5 12.5V15.5 M14.5 12.5V15.5', faint: true }, { d: arrow([12, 22], [12, 8]) }], [{ ...subjectTop, y: 4 }]),
    'through-object-out': glyph([{ d: 'M3 16H9.5 M14.5 16H21 M9.5 14.5V17.5 M14.5 14.5V17.5', faint: true }, { d: arrow([12, 8.5], [12, 22]) }], [{ ...subjectTop, y: 4 }]),
    'robo-arm': glyph([{ d: polyline([[3, 22], [5, 16], [9, 18.5]]), faint: true }, { d: arcArrow(12, 12, 8, 7, -150, -20) }, { d: 'M18.5 3V7.5 M21.5 3V7.5' }], [{ ...subjectMid, y: 11 }]),
    'yoyo-zoom': glyph([{ d: 'M9 10H15V14H9Z', faint: true }, { d: twoWay([3.5, 5], [8.5, 9]) }, { d: twoWay([20.5, 19], [15.5, 15]) }]),
    'double-dolly': glyph([rails, { d: arrow([12, 22], [12, 16.5]) }, { d: arrow([12, 15.5], [12, 10]) }], [subjectTop]),
    'super-dolly-in': glyph([rails, { d: arrow([12, 23], [12, 9], true) }], [subjectTop]),
    'super-dolly-out': glyph([rails, { d: arrow([12, 9], [12, 23], true) }], [subjectTop]),
    'jib-up': glyph([ground, { d: 'M4 20L13.7 17.4', faint: true }, { d: arcArrow(4, 20, 10, 10, 15, 60) }, { d: arrow([12, 11.5], [18.5, 15]), dashed: true }], [camDot(4, 20)]),
    'jib-down': glyph([ground, { d: 'M4 20L9 11.3', faint: true }, { d: arcArrow(4, 20, 10, 10, 60, 15) }, { d: arrow([16, 15.5], [21.5, 11]), dashed: true }], [camDot(4, 20)]),
    levitation: glyph([ground, { d: arrow([7, 19], [7, 6]), dashed: true }, { d: arrow([9.5, 6], [16, 10]) }], [camDot(7, 20)]),
    'rotation-3d': glyph([{ d: arc(12, 17, 9, 3.2, 0, 360), faint: true }, { d: pathArrow(climbingSpiral) }], [{ ...subjectMid, y: 14 }]),
    'hero-cam': glyph([ground, { d: 'M18 21V9', faint: true }, { d: arrow([4, 19], [13, 11]) }], [{ ...subjectTop, x: 18, y: 7 }]),
    'object-pov': glyph([{ d: 'M2.5 16H9.5V21H2.5Z', faint: true }, { d: arrow([7.5, 13], [15.5, 8]), dashed: true }], [camDot(6, 14), { ...subjectTop, x: 18, y: 6.5 }]),
    'head-tracking': glyph([{ d: arrow([14, 6], [20, 6]), faint: true }, { d: pathArrow(wave(4, 20, 17, 1.2, 2)) }], [{ ...subjectTop, x: 10, y: 6 }]),
    'action-run': glyph([{ d: arrow([13, 6], [21, 6], true), faint: true }, { d: pathArrow(wave(3, 21, 17, 2.2, 3.5), true) }], [{ ...subjectTop, x: 9, y: 6 }]),
    'aerial-pullback': glyph([{ d: 'M2 21L7 15L11 19L14 16L22 22', faint: true }, { d: pathArrow(arcPoints(22, 21, 14, 17, 165, 100), true) }], [{ ...subjectTop, x: 6, y: 18.5, r: 1.4 }]),
    'worms-eye': glyph([ground, { d: 'M5 19L20 5 M5 19L21 15', faint: true }, { d: arrow([4, 6], [4, 16]) }], [camDot(4, 19.5), { ...subjectTop, x: 17, y: 9 }]),
    'birds-eye': glyph([ground, { d: 'M7 6L15 17.5', faint: true, dashed: true }, { d: arrow([4, 15], [4, 4]) }], [camDot(6, 4.5), { ...subjectTop, x: 16, y: 19 }]),
    wiggle: glyph([{ d: polyline(wave(3, 21, 9, 2.5, 5)) }, { d: twoWay([7, 17], [17, 17]) }]),
    incline: glyph([ground, { d: arrow([3, 16], [14, 16]) }, { d: arcArrow(16, 16, 6, 6, 0, 50) }], [camDot(16, 16)]),
    'car-grip': glyph([carSide, { d: 'M19 11V6.5' }, { d: arrow([5, 21.5], [19, 21.5]), faint: true }], [...carWheels, camDot(19, 5), { ...subjectTop, x: 12, y: 10.5, r: 1.3 }]),
    'car-chase': glyph([carTop, { d: arrow([12, 22], [12, 13.5], true) }, { d: 'M6 4V9 M18 4V9', faint: true, dashed: true }], [{ ...subjectTop, y: 7.5, r: 1.3 }, camDot(12, 21.5)]),
    static: glyph([{ d: 'M12 11L6.5 21 M12 11L17.5 21 M12 11V21' }, { d: 'M7.5 5H16.5V10H7.5Z' }]),
  }
}

let presetGlyphsBuilt: Readonly<Record<string, Glyph>> | null = null
/** The pictures by preset id. */
export const presetGlyphs = (): Readonly<Record<string, Glyph>> => (presetGlyphsBuilt ??= buildPresetGlyphs())

/** A fallback per category for presets added later without a picture of their own. */
const CATEGORY_GLYPHS: Readonly<Record<PresetCategory, string>> = {
  'push-pull': 'dolly-in',
  rotate: 'pan-left',
  lateral: 'truck-right',
  vertical: 'pedestal-up',
  orbit: 'orbit-left',
  crane: 'crane-up',
  lens: 'zoom-in',
  dynamic: 'handheld',
  drone: 'fpv-drone',
  specialty: 'static',
}

export const glyphFor = (presetId: string, category: PresetCategory): Glyph => {
  const glyphs = presetGlyphs()
  return glyphs[presetId] ?? glyphs[CATEGORY_GLYPHS[category]] ?? glyphs.static
}
