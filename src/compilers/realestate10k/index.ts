import { OUTPUT_RESOLUTION } from '../../core/camera/lens'
import { focusNotCarriedNotes, quantize, shotGate } from '../exact'
import type { CompileTarget } from '../types'
import { formatRealEstate10KTable, frameFromRealEstate10KValues, realEstate10KTable } from './realestate10k'

export {
  formatRealEstate10KTable,
  frameFromRealEstate10KValues,
  parseRealEstate10K,
  realEstate10KComment,
  realEstate10KTable,
  realEstate10KValues,
} from './realestate10k'
export type { ParsedRealEstate10K, RealEstate10KHeader } from './realestate10k'

export const realEstate10KTarget: CompileTarget = {
  id: 'realestate10k',
  label: 'RealEstate10K poses (TXT)',
  kind: 'export',
  fileExtension: 'txt',
  mediaType: 'text/plain',
  exact: true,
  description:
    'The camera path as RealEstate10K pose text, one row per frame: intrinsics and the world-to-camera matrix in OpenCV axes. Read by CameraCtrl, AC3D, CamI2V and Wan Fun Camera (VideoX-Fun, ComfyUI).',
  constraints: {
    frameRule: 'one row per frame at the shot frame rate, frame i at t = i / fps',
    notes: [
      'Line 1 is a comment (every loader drops it); then 19 numbers per row separated by single spaces.',
      'Rows: timestamp (microseconds), fx/W, fy/H, cx/W, cy/H, 0, 0, then the world-to-camera [R|t] row by row in OpenCV axes (x right, y down, z forward); world frame not re-based (loaders make poses relative to row 1).',
      'Intrinsics are focal / gate with square pixels, pre-compensated for the loaders\' 1280x720 assumption: for non-16:9 shots fx/W (narrower) or fy/H (wider) is scaled so CameraCtrl / VideoX-Fun / ComfyUI rescaling gives the designed field of view.',
      'Models need their own row counts (CameraCtrl 16, SVD 14 or 25, AC3D 49, Wan Fun 4k+1): resample first, or use the comfyui-wan-camera target.',
      'Translation is in metres; RealEstate10K itself has no metric scale (its presets move about 1.5 units per clip).',
      'No focus distance.',
    ],
  },
  compile: (ctx) => {
    const { shot } = ctx
    const { width, height } = OUTPUT_RESOLUTION[shot.aspect]
    const header = { fps: shot.fps, width, height, gate: shotGate(shot) }
    const rows = realEstate10KTable(ctx.sample(shot.fps), header)
    const text = formatRealEstate10KTable(rows, header)
    // fidelity reads the numbers back exactly as the file prints them
    const frames = rows.map((row) => frameFromRealEstate10KValues(row.map(quantize), header))
    return { ok: true, output: { text, implied: { kind: 'frames', frames }, notes: focusNotCarriedNotes(ctx, 'RealEstate10K'), warnings: [] } }
  },
}
