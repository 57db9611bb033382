import { quantize, shotGate } from '../exact'
import type { CompileTarget } from '../types'
import { formatUsdaSamples, frameFromUsdSample, usdSample, USD_METERS_PER_UNIT } from './usda'

export {
  USD_CAMERA_PRIM,
  USD_CLIPPING_RANGE,
  USD_METERS_PER_UNIT,
  formatUsdaSamples,
  frameFromUsdSample,
  parseUsda,
  usdMatrixValues,
  usdSample,
} from './usda'
export type { UsdSample, UsdStageUnits, UsdaOptions } from './usda'

export const usdaTarget: CompileTarget = {
  id: 'usda',
  label: 'USD camera (.usda)',
  kind: 'export',
  fileExtension: 'usda',
  mediaType: 'model/vnd.usda',
  exact: true,
  description:
    'A USD ASCII stage with one camera: time-sampled transform, focal length, focus distance and f-stop, the gate as its apertures. Opens in Blender, Houdini, Omniverse, usdview and other USD tools.',
  constraints: {
    frameRule: 'one time sample per frame at the shot frame rate (time code i at t = i / fps, starting at 0)',
    notes: [
      'Stage: upAxis Y, metersPerUnit 1, timeCodesPerSecond = the shot fps.',
      'Transform: matrix4d xformOp:transform per frame (row vectors; the camera looks down -Z, Y up).',
      'Lens and apertures are in tenths of a scene unit as UsdGeomCamera defines them: 0.35 = 35 mm at metersPerUnit 1 (the field of view is the same in every reader).',
      'Focus distance (metres) and f-stop are time-sampled too; a lens value that never changes is written once, as its default.',
    ],
  },
  compile: (ctx) => {
    const { shot } = ctx
    const samples = ctx.sample(shot.fps).map(usdSample)
    const text = formatUsdaSamples(samples, { fps: shot.fps, gate: shotGate(shot), shotName: shot.name })
    // fidelity reads the numbers back exactly as the stage prints them
    const stage = { timeCodesPerSecond: shot.fps, metersPerUnit: USD_METERS_PER_UNIT }
    const frames = samples.map((s, i) =>
      frameFromUsdSample(i, { focalLength: quantize(s.focalLength), focusDistance: quantize(s.focusDistance), matrix: s.matrix.map(quantize) }, stage),
    )
    return { ok: true, output: { text, implied: { kind: 'frames', frames }, notes: [], warnings: [] } }
  },
}
