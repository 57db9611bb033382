import { OUTPUT_RESOLUTION } from '../../core/camera/lens'
import { quantize, shortNum, shotGate } from '../exact'
import type { CompileTarget } from '../types'
import { AE_PIXELS_PER_METRE, type AeCameraValues, aeCameraTrack, formatAeJsxValues, frameFromAeValues } from './aeJsx'

export {
  AE_PIXELS_PER_METRE,
  aeCameraTrack,
  aeCameraValues,
  continuousOrientation,
  aeOrientationOf,
  aeRotationFromOrientation,
  formatAeJsxValues,
  frameFromAeValues,
  parseAeJsx,
} from './aeJsx'
export type { AeCameraValues, AeCompSettings } from './aeJsx'

export const aeJsxTarget: CompileTarget = {
  id: 'ae-jsx',
  label: 'After Effects camera (.jsx)',
  kind: 'export',
  fileExtension: 'jsx',
  mediaType: 'application/javascript',
  exact: true,
  description:
    'An After Effects script that creates a comp of the shot size, frame rate and length with a camera keyed on every frame: position, orientation, zoom and focus distance.',
  constraints: {
    frameRule: 'one key per frame at the shot frame rate (t = i / fps)',
    notes: [
      'Run it in After Effects with File > Scripts > Run Script File.',
      `Comp space: x right, y down, z away from the viewer; ${AE_PIXELS_PER_METRE} px per metre; the world origin (the subject) at the comp centre, depth 0.`,
      'Orientation keys (X, Y, Z degrees, R = Rx Ry Rz); auto-orient off; zoom = focal length x comp width / gate width.',
      'Focus distance is keyed (turn on Depth of Field to use it).',
    ],
  },
  compile: (ctx) => {
    const { shot } = ctx
    const { width, height } = OUTPUT_RESOLUTION[shot.aspect]
    const gate = shotGate(shot)
    const comp = { width, height, fps: shot.fps, gate, name: shot.name }
    const values = aeCameraTrack(ctx.sample(shot.fps), comp)
    const text = formatAeJsxValues(values, comp)
    // fidelity reads the keyed numbers back exactly as the script prints them
    const q = (v: readonly number[]) => [quantize(v[0]), quantize(v[1]), quantize(v[2])] as const
    const printed = (v: AeCameraValues): AeCameraValues => ({
      position: q(v.position),
      orientation: q(v.orientation),
      zoom: quantize(v.zoom),
      focusDistance: quantize(v.focusDistance),
    })
    // (keys land on comp frames, so a key's time is its frame's)
    const frames = values.map((v, i) => frameFromAeValues(i / shot.fps, printed(v), comp))
    return {
      ok: true,
      output: {
        text,
        implied: { kind: 'frames', frames },
        notes: [],
        warnings:
          Math.abs(gate.widthMm - 36) > 1e-9
            ? [
                {
                  message: `After Effects reads focal lengths on 36 mm film: set Film Size to ${shortNum(gate.widthMm)} mm in Camera Settings to see the designed focal length (the field of view is right either way).`,
                  fix: { kind: 'note', label: `Film size ${shortNum(gate.widthMm)} mm` },
                },
              ]
            : [],
      },
    }
  },
}
