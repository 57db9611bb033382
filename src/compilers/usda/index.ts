import { shotGate } from '../exact'
import type { CompileTarget } from '../types'
import { formatUsda, parseUsda } from './usda'

export { USD_CAMERA_PRIM, USD_CLIPPING_RANGE, USD_METERS_PER_UNIT, formatUsda, parseUsda, usdMatrix } from './usda'
export type { UsdaOptions } from './usda'

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
      'Focus distance (metres) and f-stop are time-sampled too.',
    ],
  },
  compile: (ctx) => {
    const { shot } = ctx
    const text = formatUsda(ctx.sample(shot.fps), { fps: shot.fps, gate: shotGate(shot), shotName: shot.name })
    // fidelity reads our own file back
    return { ok: true, output: { text, implied: { kind: 'frames', frames: parseUsda(text) }, notes: [], warnings: [] } }
  },
}
