/**
 * An After Effects ExtendScript (.jsx) that builds the shot as a comp with a keyframed camera
 * (research/open-models.md section 7.4).
 *
 * Axes: AE comp space is +X right, +Y down, +Z away from the viewer, in pixels, origin at the comp's
 * top-left; our world is +Y up with +Z towards the viewer, in metres. A point maps as
 *   x_ae = W/2 + S x,  y_ae = H/2 - S y,  z_ae = -S z     (S = 100 px per metre)
 * i.e. the world is turned 180 degrees about X (a rotation, so handedness is kept) and the world
 * origin, where the subject stands, lands at the comp centre at depth 0, the plane 2D layers sit on.
 * An AE camera with zero orientation looks down its +Z with +Y down (OpenCV-like axes), so its world
 * rotation in AE space is R_ae = D R D with D = diag(1, -1, -1) and R our camera-to-world rotation.
 * Orientation: AE composes its X, Y, Z orientation as R = Rx(x) Ry(y) Rz(z) (Z applied first); the
 * same order is used by Blender's After Effects exporter ("ZYX euler matches AE's orientation") and
 * by adroitwhiz's AE-to-Blender importer. Auto-orient is switched off so the point of interest does
 * not override it.
 * Zoom: AE's zoom is the focal length in pixels for horizontal film fit: focal * W / gate width.
 * Focus distance is keyed too (pixels, S per metre). Keys sit on every frame (t = i / fps).
 */
import type { Gate } from '../../core/camera/lens'
import { DEG_TO_RAD, RAD_TO_DEG } from '../../core/units'
import type { ShotFrame } from '../../timeline'
import type { ReconstructedFrame } from '../types'
import { type Mat3, TextWriter, conjugateByFlipYZ, mat3FromQuat, num, parseNum, quatFromMat3, reconstructed } from '../exact'

/** Pixels per metre in the comp. */
export const AE_PIXELS_PER_METRE = 100

type AeFrame = Pick<ShotFrame, 'position' | 'quaternion' | 'focalLengthMm' | 'focusDistanceM'>

/**
 * AE orientation [x, y, z] (degrees) of a rotation R = Rx(x) Ry(y) Rz(z) given in AE axes. y and z come
 * from the first row (well conditioned with atan2), x from what is left, Rx(x) = R Rz(z)^T Ry(y)^T,
 * so near gimbal lock (looking along AE's X) the result still rebuilds R to rounding. Row 1 of
 * Ry(y) Rz(z) is (sin z, cos z, 0), so that product's (1,1) and (2,1) entries, cos x and sin x, are
 * rows 1 and 2 of R dotted with it.
 */
export const aeOrientationOf = (r: Mat3): [number, number, number] => {
  const y = Math.atan2(r[2], Math.sqrt(r[0] * r[0] + r[1] * r[1]))
  const z = Math.atan2(-r[1], r[0])
  const sz = Math.sin(z)
  const cz = Math.cos(z)
  const x = Math.atan2(r[6] * sz + r[7] * cz, r[3] * sz + r[4] * cz)
  return [x * RAD_TO_DEG, y * RAD_TO_DEG, z * RAD_TO_DEG]
}

/** `deg` plus the whole turns that bring it nearest `near`. */
const nearestTurn = (deg: number, near: number): number => deg - 360 * Math.round((deg - near) / 360)

/**
 * The orientation of the same rotation nearest `previous`, component by component: Rx(x) Ry(y) Rz(z)
 * equals Rx(x + 180) Ry(180 - y) Rz(z + 180), and each angle may take whole turns. Keys chosen this
 * way change smoothly from frame to frame (no 360-degree wraps, no 180-degree flips as a pan passes
 * 90 degrees), which keeps the graph editor readable; the rotation is the same either way.
 */
export const continuousOrientation = (o: readonly [number, number, number], previous: readonly [number, number, number]): [number, number, number] => {
  const options: [number, number, number][] = [
    [o[0], o[1], o[2]],
    [o[0] + 180, 180 - o[1], o[2] + 180],
  ].map((c) => [nearestTurn(c[0], previous[0]), nearestTurn(c[1], previous[1]), nearestTurn(c[2], previous[2])])
  const cost = (c: readonly number[]) => Math.abs(c[0] - previous[0]) + Math.abs(c[1] - previous[1]) + Math.abs(c[2] - previous[2])
  return cost(options[1]) < cost(options[0]) - 1e-9 ? options[1] : options[0]
}

/** Camera values of frames on the shot grid, orientation keys continuous from frame to frame (see continuousOrientation). */
export const aeCameraTrack = (frames: readonly AeFrame[], c: AeCompSpace): AeCameraValues[] => {
  const out: AeCameraValues[] = []
  for (const f of frames) {
    const v = aeCameraValues(f, c)
    const previous = out[out.length - 1]
    out.push(previous ? { ...v, orientation: continuousOrientation(v.orientation, previous.orientation) } : v)
  }
  return out
}

/** Rx(x) Ry(y) Rz(z) for an AE orientation in degrees, multiplied out. */
export const aeRotationFromOrientation = (o: readonly [number, number, number]): Mat3 => {
  const sx = Math.sin(o[0] * DEG_TO_RAD)
  const cx = Math.cos(o[0] * DEG_TO_RAD)
  const sy = Math.sin(o[1] * DEG_TO_RAD)
  const cy = Math.cos(o[1] * DEG_TO_RAD)
  const sz = Math.sin(o[2] * DEG_TO_RAD)
  const cz = Math.cos(o[2] * DEG_TO_RAD)
  return [
    cy * cz,
    -cy * sz,
    sy,
    cx * sz + sx * sy * cz,
    cx * cz - sx * sy * sz,
    -sx * cy,
    sx * sz - cx * sy * cz,
    sx * cz + cx * sy * sz,
    cx * cy,
  ]
}

export interface AeCompSettings {
  readonly width: number
  readonly height: number
  readonly fps: number
  readonly gate: Gate
  readonly name: string
}

/** The values keyed for one frame, in AE comp space. */
export interface AeCameraValues {
  readonly position: readonly [number, number, number]
  readonly orientation: readonly [number, number, number]
  readonly zoom: number
  readonly focusDistance: number
}

type AeCompSpace = Pick<AeCompSettings, 'width' | 'height' | 'gate'>

/** Camera values in AE comp space for one frame. */
export const aeCameraValues = (f: AeFrame, c: AeCompSpace): AeCameraValues => {
  const s = AE_PIXELS_PER_METRE
  const [x, y, z] = f.position
  const rAe = conjugateByFlipYZ(mat3FromQuat(f.quaternion))
  return {
    position: [c.width / 2 + s * x, c.height / 2 - s * y, -s * z],
    orientation: aeOrientationOf(rAe),
    zoom: (f.focalLengthMm * c.width) / c.gate.widthMm,
    focusDistance: s * f.focusDistanceM,
  }
}

/** The camera AE values stand for at time t (the inverse of aeCameraValues; S px per metre). */
export const frameFromAeValues = (t: number, v: AeCameraValues, c: AeCompSpace, s = AE_PIXELS_PER_METRE): ReconstructedFrame => {
  const [x, y, z] = v.position
  const rAe = aeRotationFromOrientation(v.orientation)
  const quaternion = quatFromMat3(conjugateByFlipYZ(rAe))
  return reconstructed(t, { position: [(x - c.width / 2) / s, (c.height / 2 - y) / s, -z / s], quaternion }, (v.zoom * c.gate.widthMm) / c.width, v.focusDistance / s)
}

/** A string literal ExtendScript (ES3) reads safely: JSON escapes, everything outside ASCII as \uXXXX. */
const jsString = (s: string) => JSON.stringify(s).replace(/[\u007f-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)

/** Writes `  var name = [` then one item per line (`write` writes item i), then `  ];`. */
const writeArray = (w: TextWriter, name: string, count: number, write: (i: number) => void): TextWriter => {
  w.text(`  var ${name} = [\n`)
  for (let i = 0; i < count; i++) {
    w.text('    ')
    write(i)
    w.text(i < count - 1 ? ',\n' : '\n')
  }
  return w.text('  ];\n')
}

/** The script for keyed values on the shot grid (key i at t = i / fps). */
export const formatAeJsxValues = (values: readonly AeCameraValues[], c: AeCompSettings): string => {
  const n = values.length
  const head = [
    '// Framewright camera for Adobe After Effects (ExtendScript). Run it with File > Scripts > Run Script File...',
    `// It makes a ${c.width} x ${c.height} px comp at ${num(c.fps)} fps, ${n} frames long, with a camera keyed on every frame.`,
    '// Axes: AE is x right, y down, z away from the viewer (pixels); the design is y up, z towards the viewer (metres):',
    '// x_ae = W/2 + S*x, y_ae = H/2 - S*y, z_ae = -S*z with S px per metre; the world origin (the subject) is the comp centre at depth 0.',
    '// Orientation is the camera rotation in AE axes as X, Y, Z degrees (R = Rx * Ry * Rz); auto-orient is off.',
    `// Zoom = focal length * W / gate width (px), for a ${num(c.gate.widthMm)} x ${num(c.gate.heightMm)} mm gate; set Film Size to ${num(c.gate.widthMm)} mm in Camera Settings to read the focal length in mm.`,
    '(function framewrightCamera() {',
    `  var W = ${c.width}, H = ${c.height}, FPS = ${num(c.fps)}, FRAMES = ${n}, S = ${AE_PIXELS_PER_METRE};`,
    `  var GATE_MM = [${num(c.gate.widthMm)}, ${num(c.gate.heightMm)}];`,
    '',
  ].join('\n')
  const w = new TextWriter(n * 160).text(head)
  const vec = (v: readonly number[]) => w.text('[').num(v[0]).text(', ').num(v[1]).text(', ').num(v[2]).text(']')
  writeArray(w, 'times', n, (i) => w.num(i / c.fps))
  writeArray(w, 'position', n, (i) => vec(values[i].position))
  writeArray(w, 'orientation', n, (i) => vec(values[i].orientation))
  writeArray(w, 'zoom', n, (i) => w.num(values[i].zoom))
  writeArray(w, 'focusDistance', n, (i) => w.num(values[i].focusDistance))
  return w
    .text(
      [
        '  app.beginUndoGroup("Framewright camera");',
        `  var comp = app.project.items.addComp(${jsString(c.name)}, W, H, 1, FRAMES / FPS, FPS);`,
        '  var camera = comp.layers.addCamera("Framewright camera", [W / 2, H / 2]);',
        '  camera.autoOrient = AutoOrientType.NO_AUTO_ORIENT;',
        '  var transform = camera.property("ADBE Transform Group");',
        '  transform.property("ADBE Position").setValuesAtTimes(times, position);',
        '  transform.property("ADBE Orientation").setValuesAtTimes(times, orientation);',
        '  var options = camera.property("ADBE Camera Options Group");',
        '  options.property("ADBE Camera Zoom").setValuesAtTimes(times, zoom);',
        '  options.property("ADBE Camera Focus Distance").setValuesAtTimes(times, focusDistance);',
        '  comp.openInViewer();',
        '  app.endUndoGroup();',
        '})();',
        '',
      ].join('\n'),
    )
    .toString()
}

const readArray = (text: string, name: string): unknown[] => {
  const m = new RegExp(`\\n\\s*var ${name} = (\\[[\\s\\S]*?\\n\\s*\\]);`).exec(text)
  if (!m) throw new Error(`.jsx: no ${name} array`)
  const v = JSON.parse(m[1]) as unknown
  if (!Array.isArray(v)) throw new Error(`.jsx: ${name} is not an array`)
  return v
}

const readSettings = (text: string) => {
  const m = /\n\s*var W = (\d+), H = (\d+), FPS = ([^,]+), FRAMES = (\d+), S = ([^;]+);/.exec(text)
  const g = /\n\s*var GATE_MM = \[([^,\]]+), ([^\]]+)\];/.exec(text)
  if (!m || !g) throw new Error('.jsx: no comp settings (var W = ..., var GATE_MM = ...)')
  return {
    width: parseNum(m[1], 'W'),
    height: parseNum(m[2], 'H'),
    s: parseNum(m[5], 'S'),
    fps: parseNum(m[3], 'FPS'),
    gate: { widthMm: parseNum(g[1], 'gate width'), heightMm: parseNum(g[2], 'gate height') },
  }
}

const triple = (v: unknown, what: string): [number, number, number] => {
  if (!Array.isArray(v) || v.length !== 3) throw new Error(`.jsx: ${what} is not 3 numbers`)
  return v.map((x) => parseNum(String(x), what)) as [number, number, number]
}

/** Read the camera back from our script. Throws on a malformed script. */
export const parseAeJsx = (text: string): ReconstructedFrame[] => {
  const { width, height, s, fps, gate } = readSettings(text)
  const times = readArray(text, 'times')
  const position = readArray(text, 'position')
  const orientation = readArray(text, 'orientation')
  const zoom = readArray(text, 'zoom')
  const focus = readArray(text, 'focusDistance')
  if ([position, orientation, zoom, focus].some((a) => a.length !== times.length)) throw new Error('.jsx: the keyframe arrays differ in length')
  const comp = { width, height, gate }
  return times.map((time, i) =>
    frameFromAeValues(
      // After Effects puts a key set at a time on the comp frame it falls in
      Math.round(parseNum(String(time), `time ${i + 1}`) * fps) / fps,
      {
        position: triple(position[i], `position ${i + 1}`),
        orientation: triple(orientation[i], `orientation ${i + 1}`),
        zoom: parseNum(String(zoom[i]), `zoom ${i + 1}`),
        focusDistance: parseNum(String(focus[i]), `focus distance ${i + 1}`),
      },
      comp,
      s,
    ),
  )
}
