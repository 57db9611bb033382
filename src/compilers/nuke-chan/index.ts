import { focusNotCarriedNotes, num, quantize, shortNum, shotGate } from '../exact'
import type { CompileTarget } from '../types'
import { chanTable, formatChanTable, frameFromChanValues } from './chan'

export {
  CHAN_FIRST_FRAME,
  chanTable,
  chanValues,
  focalFromVerticalFov,
  formatChanTable,
  frameFromChanValues,
  parseChan,
  verticalFovDeg,
} from './chan'
export type { ChanReading } from './chan'

export const nukeChanTarget: CompileTarget = {
  id: 'nuke-chan',
  label: 'Nuke camera (.chan)',
  kind: 'export',
  fileExtension: 'chan',
  mediaType: 'text/plain',
  exact: true,
  description:
    'The camera path as a Nuke .chan file: per frame the translation, rotation (degrees, ZXY order) and vertical field of view. Import it on a Nuke Camera (or with Blender\'s .chan add-on).',
  constraints: {
    frameRule: 'one line per frame at the shot frame rate, numbered from 1 (frame f at t = (f - 1) / fps)',
    notes: [
      'Columns: frame, tx, ty, tz (metres), rx, ry, rz (degrees), vertical field of view (degrees).',
      'Rotation order ZXY (Nuke\'s Camera default): rx = tilt, ry = pan, rz = roll; Y-up, the camera looks down -Z, as in Nuke.',
      'Set the Camera\'s horizontal / vertical aperture to the gate (see the warning) so its focal length matches the lens.',
      'No focus distance.',
    ],
  },
  compile: (ctx) => {
    const { shot } = ctx
    const gate = shotGate(shot)
    const rows = chanTable(ctx.sample(shot.fps), gate.heightMm)
    const text = formatChanTable(rows)
    // fidelity reads the numbers back exactly as the file prints them
    const reading = { fps: shot.fps, gateHeightMm: gate.heightMm }
    const frames = rows.map((row) => frameFromChanValues(row.map(quantize), reading))
    return {
      ok: true,
      output: {
        text,
        implied: { kind: 'frames', frames },
        notes: focusNotCarriedNotes(ctx, 'the .chan format'),
        warnings: [
          {
            message: `In Nuke, set the Camera's horizontal aperture to ${shortNum(gate.widthMm)} mm and vertical aperture to ${shortNum(gate.heightMm)} mm, the project to ${num(shot.fps)} fps and first frame 1, then import the .chan on the Camera.`,
            fix: { kind: 'note', label: `Camera aperture ${shortNum(gate.widthMm)} x ${shortNum(gate.heightMm)} mm` },
          },
        ],
      },
    }
  },
}
