/**
 * A USD ASCII stage (.usda) holding one time-sampled Camera prim (research/open-models.md section 7.6).
 *
 * - Stage: upAxis "Y", metersPerUnit 1 (positions in metres), timeCodesPerSecond = framesPerSecond =
 *   the shot fps, frame i at time code i (t = i / fps), startTimeCode 0, endTimeCode n - 1.
 * - Transform: `matrix4d xformOp:transform` per frame. USD matrices use row vectors (translation
 *   in the 4th row), so the rows are the camera's local X, Y, Z axes in world space, then its
 *   position: the same 16 numbers, in order, as three.js `Matrix4.elements` of the camera's
 *   world matrix. USD cameras look down -Z with +Y up, like three.js: no axis change.
 * - Lens: UsdGeomCamera measures focalLength, horizontalAperture and verticalAperture in tenths of a
 *   scene unit (mm only on a centimetre stage). With metersPerUnit = 1 a tenth of a unit is 100 mm,
 *   so a 35 mm lens is written 0.35 and a 36 mm gate 0.36; the field of view (their ratio) is the
 *   same in every reader. The apertures are the gate (the image area of the shot aspect on the sensor).
 *   focusDistance (scene units = metres), fStop and focalLength are time-sampled; clippingRange is
 *   the studio viewport's (0.05 m to 800 m).
 */
import type { Gate } from '../../core/camera/lens'
import type { ShotFrame } from '../../timeline'
import type { ReconstructedFrame } from '../types'
import { type Mat3, TextWriter, mat3FromQuat, num, parseNum, quantize, quatFromMat3, reconstructed } from '../exact'

export const USD_METERS_PER_UNIT = 1
/** Millimetres per "tenth of a scene unit" at metersPerUnit = 1. */
const MM_PER_LENS_UNIT = USD_METERS_PER_UNIT * 100
export const USD_CLIPPING_RANGE: readonly [number, number] = [0.05, 800]
export const USD_CAMERA_PRIM = 'ShotCamera'

type UsdFrame = Pick<ShotFrame, 'position' | 'quaternion' | 'focalLengthMm' | 'focusDistanceM' | 'fStop'>

/**
 * One time sample as the numbers the stage writes: focal length in tenths of a scene unit, focus
 * distance in scene units, f-stop, and the 16 entries of the row-vector camera matrix.
 */
export interface UsdSample {
  readonly focalLength: number
  readonly focusDistance: number
  readonly fStop: number
  readonly matrix: readonly number[]
}

/** The 4x4 row-vector matrix of a camera pose, row by row (three.js Matrix4.elements order). */
export const usdMatrixValues = (f: Pick<ShotFrame, 'position' | 'quaternion'>): number[] => {
  const m = mat3FromQuat(f.quaternion)
  const [x, y, z] = f.position
  return [m[0], m[3], m[6], 0, m[1], m[4], m[7], 0, m[2], m[5], m[8], 0, x / USD_METERS_PER_UNIT, y / USD_METERS_PER_UNIT, z / USD_METERS_PER_UNIT, 1]
}

/** Writes a camera matrix (its last column is always 0, 0, 0, 1: a rigid transform). */
const writeMatrix = (w: TextWriter, v: readonly number[]): TextWriter =>
  w
    .text('( (').num(v[0]).text(', ').num(v[1]).text(', ').num(v[2]).text(', 0), (')
    .num(v[4]).text(', ').num(v[5]).text(', ').num(v[6]).text(', 0), (')
    .num(v[8]).text(', ').num(v[9]).text(', ').num(v[10]).text(', 0), (')
    .num(v[12]).text(', ').num(v[13]).text(', ').num(v[14]).text(', 1) )')

export const usdSample = (f: UsdFrame): UsdSample => ({
  focalLength: f.focalLengthMm / MM_PER_LENS_UNIT,
  focusDistance: f.focusDistanceM / USD_METERS_PER_UNIT,
  fStop: f.fStop,
  matrix: usdMatrixValues(f),
})

/** What a stage's metadata says about its units and timing. */
export interface UsdStageUnits {
  readonly timeCodesPerSecond: number
  readonly metersPerUnit: number
}

/** The camera of the sample at time code `code` (a stage without focus distance gives a frame without one). */
export const frameFromUsdSample = (
  code: number,
  s: Pick<UsdSample, 'focalLength' | 'matrix'> & { readonly focusDistance?: number },
  stage: UsdStageUnits,
): ReconstructedFrame => {
  const v = s.matrix
  // rows = local axes: column j of the rotation is row j of the USD matrix
  const r: Mat3 = [v[0], v[4], v[8], v[1], v[5], v[9], v[2], v[6], v[10]]
  const mpu = stage.metersPerUnit
  return reconstructed(
    code / stage.timeCodesPerSecond,
    { position: [v[12] * mpu, v[13] * mpu, v[14] * mpu], quaternion: quatFromMat3(r) },
    s.focalLength * mpu * 100,
    s.focusDistance === undefined ? undefined : s.focusDistance * mpu,
  )
}

const usdString = (s: string) => `"${s.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\r\n\t]+/g, ' ')}"`

/** Writes an attribute with one time sample per frame (`write` writes sample i's value). */
const writeSamples = (w: TextWriter, declaration: string, count: number, write: (i: number) => void): void => {
  w.text(`    ${declaration}.timeSamples = {\n`)
  for (let i = 0; i < count; i++) {
    w.text('        ').num(i).text(': ')
    write(i)
    w.text(i < count - 1 ? ',\n' : '\n')
  }
  w.text('    }\n')
}

/** A lens attribute: written once, as its default value, when it never changes (as printed); else time-sampled. */
const writeLensAttribute = (w: TextWriter, declaration: string, values: readonly number[]): void => {
  const first = quantize(values[0])
  if (values.every((v) => quantize(v) === first)) w.text(`    ${declaration} = `).num(values[0]).text('\n')
  else writeSamples(w, declaration, values.length, (i) => w.num(values[i]))
}

export interface UsdaOptions {
  readonly fps: number
  readonly gate: Gate
  readonly shotName?: string
}

/** The stage for samples on the shot grid (time code i at t = i / fps). */
export const formatUsdaSamples = (samples: readonly UsdSample[], o: UsdaOptions): string => {
  const lens = (mm: number) => num(mm / MM_PER_LENS_UNIT)
  const head = [
    '#usda 1.0',
    '(',
    `    defaultPrim = "${USD_CAMERA_PRIM}"`,
    `    doc = ${usdString(`Framewright camera${o.shotName ? ` for ${o.shotName}` : ''}: ${samples.length} frames at ${num(o.fps)} fps, Y-up, metres`)}`,
    `    endTimeCode = ${samples.length - 1}`,
    `    framesPerSecond = ${num(o.fps)}`,
    `    metersPerUnit = ${USD_METERS_PER_UNIT}`,
    '    startTimeCode = 0',
    `    timeCodesPerSecond = ${num(o.fps)}`,
    '    upAxis = "Y"',
    ')',
    '',
    '# Lens and filmback values are in tenths of a scene unit (the UsdGeomCamera rule): at',
    `# metersPerUnit = 1, focalLength ${lens(35)} is a 35 mm lens and horizontalAperture ${lens(o.gate.widthMm)} a ${num(o.gate.widthMm)} mm gate.`,
    `def Camera "${USD_CAMERA_PRIM}"`,
    '{',
    `    float2 clippingRange = (${USD_CLIPPING_RANGE.map(num).join(', ')})`,
    '',
  ].join('\n')
  const w = new TextWriter(samples.length * 260).text(head)
  writeLensAttribute(w, 'float focalLength', samples.map((s) => s.focalLength))
  writeLensAttribute(w, 'float focusDistance', samples.map((s) => s.focusDistance))
  writeLensAttribute(w, 'float fStop', samples.map((s) => s.fStop))
  w.text(`    float horizontalAperture = ${lens(o.gate.widthMm)}\n`)
  w.text('    token projection = "perspective"\n')
  w.text(`    float verticalAperture = ${lens(o.gate.heightMm)}\n`)
  // the transform is always time-sampled: its samples are the frames
  writeSamples(w, 'matrix4d xformOp:transform', samples.length, (i) => writeMatrix(w, samples[i].matrix))
  return w.text('    uniform token[] xformOpOrder = ["xformOp:transform"]\n}\n').toString()
}

const NUM = '[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?'

const metadata = (text: string, key: string): number | undefined => {
  const m = new RegExp(`\\b${key}\\s*=\\s*(${NUM})`).exec(text)
  return m ? parseNum(m[1], key) : undefined
}

const timeSamples = (text: string, attribute: string): string | undefined => {
  const at = text.indexOf(`${attribute}.timeSamples`)
  if (at < 0) return undefined
  const open = text.indexOf('{', at)
  const close = text.indexOf('}', open)
  if (open < 0 || close < 0) throw new Error(`usda: unterminated ${attribute}.timeSamples`)
  return text.slice(open + 1, close)
}

/** A scalar attribute's value at a time code: its time sample, or its default value when it has no samples. */
const scalarSamples = (text: string, attribute: string): { at: (code: number) => number | undefined } => {
  const out = new Map<number, number>()
  const body = timeSamples(text, attribute)
  if (body === undefined) {
    const m = new RegExp(`\\b${attribute}\\s*=\\s*(${NUM})`).exec(text)
    const value = m ? parseNum(m[1], attribute) : undefined
    return { at: () => value }
  }
  for (const m of body.matchAll(new RegExp(`(${NUM})\\s*:\\s*(${NUM})`, 'g'))) out.set(parseNum(m[1]), parseNum(m[2]))
  return { at: (code) => out.get(code) }
}

/** Read our stage back: one frame per transform time sample (t = time code / timeCodesPerSecond). Throws on a malformed file. */
export const parseUsda = (text: string): ReconstructedFrame[] => {
  if (!text.startsWith('#usda 1.0')) throw new Error('usda: missing the #usda 1.0 header')
  const stage: UsdStageUnits = {
    timeCodesPerSecond: metadata(text, 'timeCodesPerSecond') ?? metadata(text, 'framesPerSecond') ?? 24,
    metersPerUnit: metadata(text, 'metersPerUnit') ?? 0.01,
  }
  const body = timeSamples(text, 'xformOp:transform')
  if (body === undefined) throw new Error('usda: no xformOp:transform time samples')
  const focal = scalarSamples(text, 'focalLength')
  const focus = scalarSamples(text, 'focusDistance')
  const row = `\\(\\s*(${NUM})\\s*,\\s*(${NUM})\\s*,\\s*(${NUM})\\s*,\\s*(${NUM})\\s*\\)`
  const entry = new RegExp(`(${NUM})\\s*:\\s*\\(\\s*${row}\\s*,\\s*${row}\\s*,\\s*${row}\\s*,\\s*${row}\\s*\\)`, 'g')
  const frames: ReconstructedFrame[] = []
  for (const m of body.matchAll(entry)) {
    const code = parseNum(m[1], 'time code')
    const f = focal.at(code)
    if (f === undefined) throw new Error(`usda: no focalLength at time ${code}`)
    const matrix = m.slice(2).map((x) => parseNum(x, 'matrix value'))
    frames.push(frameFromUsdSample(code, { focalLength: f, focusDistance: focus.at(code), matrix }, stage))
  }
  if (frames.length === 0) throw new Error('usda: no readable transform samples')
  return frames
}
