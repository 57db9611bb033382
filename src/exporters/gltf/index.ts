/**
 * The `gltf` compile target: the shot's camera as a binary glTF 2.0 file (.glb) for Blender,
 * Unreal, Unity, three.js and anything else that reads glTF. Exact: fidelity reads the .glb back.
 */
import { type CompileTarget, type FidelityNote, type CompileWarning, normalizedChannel } from '../../compilers'
import { buildCameraAnimation, readCameraGlb, writeCameraGlb } from './cameraGlb'
import { parseGlb } from './glb'

export { buildCameraAnimation, readCameraGlb, writeCameraGlb, KHR_ANIMATION_POINTER, YFOV_POINTER } from './cameraGlb'
export type { CameraAnimation, CameraGlbReadback } from './cameraGlb'
export { parseGlb, packGlb, readFloatAccessor, GLB_MAGIC, GLB_VERSION, CHUNK_JSON, CHUNK_BIN } from './glb'
export type { GltfJson, ParsedGlb } from './glb'

const describe = (bytes: Uint8Array, name: string, frames: number, fps: number, zooms: boolean, jsonChunk: unknown): string =>
  [
    `// glTF 2.0 binary (.glb), ${bytes.byteLength.toLocaleString('en-US')} bytes: camera "${name}" animated over ${frames} frame${frames === 1 ? '' : 's'} at ${fps} fps`,
    `// (translation, rotation${zooms ? ', yfov via KHR_animation_pointer' : ''}). Below: the file's JSON chunk; Download writes the .glb itself.`,
    JSON.stringify(jsonChunk, null, 2),
    '',
  ].join('\n')

export const gltfTarget: CompileTarget = {
  id: 'gltf',
  label: 'glTF camera (.glb)',
  kind: 'export',
  fileExtension: 'glb',
  mediaType: 'model/gltf-binary',
  exact: true,
  description:
    'A binary glTF 2.0 file with one perspective camera named after the shot and its animation, one keyframe per frame (translation and rotation; the lens as an animated yfov when it zooms). Opens in Blender, three.js, Unreal and Unity.',
  constraints: {
    notes: [
      'Any duration, frame rate and aspect ratio; float32 keyframes (about 1e-6 m and 1e-7 rad).',
      'A zoom is written through KHR_animation_pointer; readers without it keep the first frame’s lens.',
      'Focus distance and f-stop are not part of glTF cameras.',
    ],
  },
  compile: (ctx) => {
    const fps = ctx.shot.fps
    const animation = buildCameraAnimation(ctx.shot, ctx.sample(fps), fps)
    const bytes = writeCameraGlb(animation)
    // fidelity reads our own file back
    const back = readCameraGlb(bytes)
    const notes: FidelityNote[] = []
    const warnings: CompileWarning[] = []
    if (animation.zooms) {
      notes.push({ channel: 'zoomRatio', verdict: 'kept', text: 'zoom kept as an animated yfov (KHR_animation_pointer)' })
      warnings.push({ message: 'The lens changes during the shot: the zoom is written through KHR_animation_pointer; tools without that extension show the first frame’s focal length.' })
    }
    const total = ctx.analysis.total
    if (Math.abs(normalizedChannel('focusRatio', total.channels.focusRatio, total.subjectDistanceM)) >= 0.1)
      notes.push({ channel: 'focusRatio', verdict: 'dropped', text: 'focus pull dropped: glTF cameras have no focus distance' })
    return {
      ok: true,
      output: {
        text: describe(bytes, animation.camera.name, back.frames.length, fps, animation.zooms, parseGlb(bytes).json),
        bytes,
        implied: { kind: 'frames', frames: back.frames },
        notes,
        warnings,
      },
    }
  },
}
