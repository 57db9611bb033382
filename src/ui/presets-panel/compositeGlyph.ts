/**
 * The pictogram of a custom preset, drawn from its real camera path: the preset played on the
 * default shot, seen from above (or from the side when it mostly rises or falls), fitted to the 24 x 24
 * grid with the subject in the accent colour (at the edge, in its direction, when it is far from a
 * short path), the start as a dot and an arrowhead at the end.
 * A preset that barely travels (pans, zooms, rolls) takes the pictogram of its longest part. Pure.
 */
import { type CustomPresetDefinition, asPresetCategory, withCustomPresets } from '../../camera-presets/custom'
import { createClip, presetRegistry, type CameraPreset } from '../../camera-presets'
import { createShot, evaluateShot, type Shot } from '../../timeline'
import { arrowHead, polyline, type Pt } from './glyphGeometry'
import { type Glyph, glyphFor } from './glyphs'

const SAMPLES = 48
const MIN_TRAVEL_M = 0.05
const BOX = { min: 3.5, max: 20.5 }

const cache = new WeakMap<CustomPresetDefinition, Glyph>()

const longestPartGlyph = (def: CustomPresetDefinition): Glyph => {
  const longest = [...def.parts].sort((a, b) => b.durationS - a.durationS)[0]
  const preset = longest && (presetRegistry.get(longest.presetId) as CameraPreset | undefined)
  return glyphFor(preset?.id ?? '', preset?.category ?? asPresetCategory(def.category))
}

/** Fits points (and the subject) into the glyph box, keeping proportions, centred. */
const fit = (points: readonly Pt[], extra: readonly Pt[]): ((p: Pt) => Pt) => {
  const all = [...points, ...extra]
  const xs = all.map((p) => p[0])
  const ys = all.map((p) => p[1])
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)]
  const span = Math.max(x1 - x0, y1 - y0, 1e-6)
  const k = (BOX.max - BOX.min) / span
  const cx = (x0 + x1) / 2
  const cy = (y0 + y1) / 2
  return ([x, y]) => [12 + (x - cx) * k, 12 + (y - cy) * k]
}

export const compositeGlyph = (def: CustomPresetDefinition): Glyph => {
  const cached = cache.get(def)
  if (cached) return cached
  const registry = withCustomPresets(presetRegistry, [def])
  const move = registry.get(def.id)
  if (!move) return longestPartGlyph(def)
  const base = createShot('shot:glyph', 'glyph')
  const shot: Shot = { ...base, durationS: def.durationS, tracks: [{ id: 't', clips: [createClip(move, 'c', 0)] }] }
  const frames = Array.from({ length: SAMPLES + 1 }, (_, i) => evaluateShot(shot, (i / SAMPLES) * def.durationS, registry))
  const s = frames[0].subject.point
  const c0 = frames[0].position
  const range = (k: 0 | 1 | 2) => Math.max(...frames.map((f) => f.position[k])) - Math.min(...frames.map((f) => f.position[k]))
  const horizontal = Math.max(range(0), range(2))
  const vertical = range(1)
  let glyph: Glyph
  if (Math.max(horizontal, vertical) < MIN_TRAVEL_M) glyph = longestPartGlyph(def)
  else {
    // "up" on the page is the way the camera first looks at the subject, as in the built-in pictograms
    const len = Math.hypot(s[0] - c0[0], s[2] - c0[2]) || 1
    const d = [(s[0] - c0[0]) / len, (s[2] - c0[2]) / len]
    const r = [-d[1], d[0]]
    const top = horizontal >= vertical * 0.8
    const project = (p: readonly number[]): Pt => {
      const rel = [p[0] - s[0], p[2] - s[2]]
      return top ? [rel[0] * r[0] + rel[1] * r[1], -(rel[0] * d[0] + rel[1] * d[1])] : [rel[0] * d[0] + rel[1] * d[1], -p[1]]
    }
    const path = frames.map((f) => project(f.position))
    const subject = project(s)
    // a subject far from a short path would shrink the path to a dot: then it sits at the edge, in its direction
    const xs = path.map((p) => p[0])
    const ys = path.map((p) => p[1])
    const centre: Pt = [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2]
    const extent = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys))
    const far = Math.hypot(subject[0] - centre[0], subject[1] - centre[1]) > 1.5 * extent
    const ground: Pt[] = top ? [] : [[far ? centre[0] : subject[0], 0]]
    const place = fit(path, [...(far ? [] : [subject]), ...ground])
    const pts = path.map(place)
    const subjectAt: Pt = far
      ? (() => {
          const c = place(centre)
          const a = Math.atan2(subject[1] - centre[1], subject[0] - centre[0])
          return [Math.min(21, Math.max(3, c[0] + Math.cos(a) * 9)), Math.min(21, Math.max(3, c[1] + Math.sin(a) * 9))]
        })()
      : place(subject)
    const end = pts[pts.length - 1]
    const before = pts.slice(0, -1).reverse().find((p) => Math.hypot(p[0] - end[0], p[1] - end[1]) > 1.5) ?? pts[0]
    glyph = {
      strokes: [
        ...(top ? [] : [{ d: `M3 ${place([0, 0])[1].toFixed(2)}H21`, faint: true }]),
        { d: polyline(pts) },
        { d: arrowHead(before, end) },
      ],
      dots: [
        { x: subjectAt[0], y: subjectAt[1], r: 2, subject: true },
        { x: pts[0][0], y: pts[0][1], r: 1.3 },
      ],
    }
  }
  cache.set(def, glyph)
  return glyph
}
