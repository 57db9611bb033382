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
import { type Mat3, mat3FromQuat, num, parseNum, quatFromMat3, reconstructed } from '../exact'

export const USD_METERS_PER_UNIT = 1
/** Millimetres per "tenth of a scene unit" at metersPerUnit = 1. */
const MM_PER_LENS_UNIT = USD_METERS_PER_UNIT * 100
export const USD_CLIPPING_RANGE: readonly [number, number] = [0.05, 800]
export const USD_CAMERA_PRIM = 'ShotCamera'

type UsdFrame = Pick<ShotFrame, 'position' | 'quaternion' | 'focalLengthMm' | 'focusDistanceM' | 'fStop'>

/** The 4x4 row-vector matrix of a camera pose as usda text. */
export const usdMatrix = (f: Pick<ShotFrame, 'position' | 'quaternion'>): string => {
  const m = mat3FromQuat(f.quaternion)
  const row = (j: number) => `(${num(m[j])}, ${num(m[3 + j])}, ${num(m[6 + j])}, 0)`
  return `( ${row(0)}, ${row(1)}, ${row(2)}, (${f.position.map(num).join(', ')}, 1) )`
}

const usdString = (s: string) => `"${s.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\r\n\t]+/g, ' ')}"`

const samples = (name: string, type: string, values: readonly string[]): string[] => [
  `    ${type} ${name}.timeSamples = {`,
  ...values.map((v, i) => `        ${i}: ${v}${i < values.length - 1 ? ',' : ''}`),
  '    }',
]

export interface UsdaOptions {
  readonly fps: number
  readonly gate: Gate
  readonly shotName?: string
}

/** The stage for frames on the shot grid (frame i at t = i / fps). */
export const formatUsda = (frames: readonly UsdFrame[], o: UsdaOptions): string => {
  const lens = (mm: number) => num(mm / MM_PER_LENS_UNIT)
  return [
    '#usda 1.0',
    '(',
    `    defaultPrim = "${USD_CAMERA_PRIM}"`,
    `    doc = ${usdString(`Framewright camera${o.shotName ? ` for ${o.shotName}` : ''}: ${frames.length} frames at ${num(o.fps)} fps, Y-up, metres`)}`,
    `    endTimeCode = ${frames.length - 1}`,
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
    ...samples('focalLength', 'float', frames.map((f) => lens(f.focalLengthMm))),
    ...samples('focusDistance', 'float', frames.map((f) => num(f.focusDistanceM / USD_METERS_PER_UNIT))),
    ...samples('fStop', 'float', frames.map((f) => num(f.fStop))),
    `    float horizontalAperture = ${lens(o.gate.widthMm)}`,
    '    token projection = "perspective"',
    `    float verticalAperture = ${lens(o.gate.heightMm)}`,
    ...samples('xformOp:transform', 'matrix4d', frames.map(usdMatrix)),
    '    uniform token[] xformOpOrder = ["xformOp:transform"]',
    '}',
    '',
  ].join('\n')
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

const scalarSamples = (text: string, attribute: string): Map<number, number> => {
  const out = new Map<number, number>()
  const body = timeSamples(text, attribute)
  if (body === undefined) return out
  for (const m of body.matchAll(new RegExp(`(${NUM})\\s*:\\s*(${NUM})`, 'g'))) out.set(parseNum(m[1]), parseNum(m[2]))
  return out
}

/** Read our stage back: one frame per transform time sample (t = time code / timeCodesPerSecond). Throws on a malformed file. */
export const parseUsda = (text: string): ReconstructedFrame[] => {
  if (!text.startsWith('#usda 1.0')) throw new Error('usda: missing the #usda 1.0 header')
  const tcps = metadata(text, 'timeCodesPerSecond') ?? metadata(text, 'framesPerSecond') ?? 24
  const metersPerUnit = metadata(text, 'metersPerUnit') ?? 0.01
  const mmPerLensUnit = metersPerUnit * 100
  const body = timeSamples(text, 'xformOp:transform')
  if (body === undefined) throw new Error('usda: no xformOp:transform time samples')
  const focal = scalarSamples(text, 'focalLength')
  const focus = scalarSamples(text, 'focusDistance')
  const row = `\\(\\s*(${NUM})\\s*,\\s*(${NUM})\\s*,\\s*(${NUM})\\s*,\\s*(${NUM})\\s*\\)`
  const entry = new RegExp(`(${NUM})\\s*:\\s*\\(\\s*${row}\\s*,\\s*${row}\\s*,\\s*${row}\\s*,\\s*${row}\\s*\\)`, 'g')
  const frames: ReconstructedFrame[] = []
  for (const m of body.matchAll(entry)) {
    const code = parseNum(m[1], 'time code')
    const v = m.slice(2).map((x) => parseNum(x, 'matrix value'))
    // rows = local axes: column j of the rotation is row j of the USD matrix
    const r: Mat3 = [v[0], v[4], v[8], v[1], v[5], v[9], v[2], v[6], v[10]]
    const f = focal.get(code)
    if (f === undefined) throw new Error(`usda: no focalLength sample at time ${code}`)
    const d = focus.get(code)
    frames.push(
      reconstructed(
        code / tcps,
        { position: [v[12] * metersPerUnit, v[13] * metersPerUnit, v[14] * metersPerUnit], quaternion: quatFromMat3(r) },
        f * mmPerLensUnit,
        d === undefined ? undefined : d * metersPerUnit,
      ),
    )
  }
  if (frames.length === 0) throw new Error('usda: no readable transform samples')
  return frames
}
