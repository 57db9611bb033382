/**
 * A shot's camera as a three.js scene (a PerspectiveCamera named after the shot and an
 * AnimationClip sampled per frame), written to a .glb synchronously and read back.
 *
 * Why not GLTFExporter: in three r187 `GLTFExporter.parse`/`parseAsync` are async all the way down
 * (`writeAsync` awaits the scene walk, then merges buffers through `Blob` + `FileReader`, which Node
 * does not have), while the compile API is synchronous. For one camera node and one animation the
 * glTF is small and fixed, so `writeCameraGlb` serializes the same three.js objects itself with the
 * layout GLTFExporter produces (a camera node with TRS, LINEAR samplers, FLOAT accessors with
 * min/max); gltf.test.ts checks it against GLTFExporter's own output for the same scene.
 *
 * Focal length: core glTF cameras have a fixed `yfov`. When the lens changes during the shot the
 * clip carries a `fov` track, written as an animated `yfov` through KHR_animation_pointer (listed
 * in extensionsUsed, not extensionsRequired: readers without it still load the camera and its
 * path, with the first frame's lens).
 */
import { AnimationClip, NumberKeyframeTrack, PerspectiveCamera, QuaternionKeyframeTrack, Scene, VectorKeyframeTrack } from 'three'
import { aspectValue, fieldOfViewDeg, gateSize, type Gate } from '../../core/camera/lens'
import type { ReconstructedFrame } from '../../compilers'
import type { Shot, ShotFrame } from '../../timeline'
import { BinaryBuilder, type GltfJson, packGlb, parseGlb, readFloatAccessor } from './glb'

export const KHR_ANIMATION_POINTER = 'KHR_animation_pointer'
export const YFOV_POINTER = '/cameras/0/perspective/yfov'
const DEG = Math.PI / 180

export interface CameraAnimation {
  readonly scene: Scene
  readonly camera: PerspectiveCamera
  readonly clip: AnimationClip
  readonly fps: number
  readonly gate: Gate
  /** True when the clip animates the lens (a `fov` track). */
  readonly zooms: boolean
}

/** Lens data that glTF cameras do not carry, kept in the camera's extras. */
interface CameraExtras {
  readonly sensorWidthMm: number
  readonly sensorHeightMm: number
  readonly gateWidthMm: number
  readonly gateHeightMm: number
  readonly focalLengthMm: number
}

/**
 * The shot's camera over `frames` (frame i at t = i / fps): position (VectorKeyframeTrack),
 * orientation (QuaternionKeyframeTrack, kept in one hemisphere so interpolation takes the short
 * way) and, when the focal length changes, vertical field of view in degrees (NumberKeyframeTrack).
 */
export const buildCameraAnimation = (shot: Shot, frames: readonly ShotFrame[], fps: number): CameraAnimation => {
  if (frames.length === 0) throw new Error('no frames to export')
  const aspect = aspectValue(shot.aspect)
  const gate = gateSize(shot.lens.sensorWidthMm, shot.lens.sensorHeightMm, aspect)
  const first = frames[0]
  const camera = new PerspectiveCamera(fieldOfViewDeg(gate.heightMm, first.focalLengthMm), aspect, 0.05, 1000)
  camera.name = shot.name.trim() || 'Camera'
  camera.position.fromArray(first.position)
  camera.quaternion.fromArray(first.quaternion)
  const extras: CameraExtras = {
    sensorWidthMm: shot.lens.sensorWidthMm,
    sensorHeightMm: shot.lens.sensorHeightMm,
    gateWidthMm: gate.widthMm,
    gateHeightMm: gate.heightMm,
    focalLengthMm: first.focalLengthMm,
  }
  camera.userData = { ...extras }
  const scene = new Scene()
  scene.add(camera)

  const n = frames.length
  const times = new Array<number>(n)
  const positions = new Array<number>(n * 3)
  const quaternions = new Array<number>(n * 4)
  const fovs = new Array<number>(n)
  let zooms = false
  let prev = first.quaternion
  for (let i = 0; i < n; i++) {
    const f = frames[i]
    times[i] = i / fps
    for (let c = 0; c < 3; c++) positions[i * 3 + c] = f.position[c]
    const q = f.quaternion
    const flip = q[0] * prev[0] + q[1] * prev[1] + q[2] * prev[2] + q[3] * prev[3] < 0 ? -1 : 1
    for (let c = 0; c < 4; c++) quaternions[i * 4 + c] = flip * q[c]
    prev = flip < 0 ? [-q[0], -q[1], -q[2], -q[3]] : q
    fovs[i] = fieldOfViewDeg(gate.heightMm, f.focalLengthMm)
    if (Math.abs(f.focalLengthMm - first.focalLengthMm) > 1e-9 * first.focalLengthMm) zooms = true
  }
  // tracks address the camera by uuid (PropertyBinding.findNode accepts it), so any shot name works
  const tracks = [new VectorKeyframeTrack(`${camera.uuid}.position`, times, positions), new QuaternionKeyframeTrack(`${camera.uuid}.quaternion`, times, quaternions)]
  if (zooms) tracks.push(new NumberKeyframeTrack(`${camera.uuid}.fov`, times, fovs))
  const clip = new AnimationClip(camera.name, n > 1 ? times[n - 1] : 0, tracks)
  return { scene, camera, clip, fps, gate, zooms }
}

/** Writes the camera and its clip as a .glb (synchronous; see the file comment). */
export const writeCameraGlb = (animation: CameraAnimation): Uint8Array => {
  const { camera, clip, fps } = animation
  const bin = new BinaryBuilder()
  const json: GltfJson = {
    asset: { version: '2.0', generator: 'Framewright glTF camera export (three.js scene)', extras: { fps } },
    scene: 0,
    scenes: [{ name: 'Scene', nodes: [0] }],
    nodes: [{ name: camera.name, camera: 0, translation: camera.position.toArray(), rotation: camera.quaternion.toArray() }],
    cameras: [
      {
        name: camera.name,
        type: 'perspective',
        perspective: { aspectRatio: camera.aspect, yfov: camera.fov * DEG, znear: camera.near, zfar: camera.far },
        extras: { ...camera.userData },
      },
    ],
  }
  const samplers: NonNullable<GltfJson['animations']>[number]['samplers'] = []
  const channels: NonNullable<GltfJson['animations']>[number]['channels'] = []
  let input: number | undefined
  for (const track of clip.tracks) {
    const property = track.name.slice(track.name.lastIndexOf('.') + 1)
    // every track shares the frame times: one input accessor
    input ??= bin.addFloats(track.times, 'SCALAR')
    if (property === 'position') {
      samplers.push({ input, output: bin.addFloats(track.values, 'VEC3'), interpolation: 'LINEAR' })
      channels.push({ sampler: samplers.length - 1, target: { node: 0, path: 'translation' } })
    } else if (property === 'quaternion') {
      samplers.push({ input, output: bin.addFloats(track.values, 'VEC4'), interpolation: 'LINEAR' })
      channels.push({ sampler: samplers.length - 1, target: { node: 0, path: 'rotation' } })
    } else if (property === 'fov') {
      samplers.push({ input, output: bin.addFloats(Array.from(track.values, (deg) => deg * DEG), 'SCALAR'), interpolation: 'LINEAR' })
      channels.push({ sampler: samplers.length - 1, target: { path: 'pointer', extensions: { [KHR_ANIMATION_POINTER]: { pointer: YFOV_POINTER } } } })
      json.extensionsUsed = [KHR_ANIMATION_POINTER]
    } else throw new Error(`cannot write animation track '${track.name}'`)
  }
  if (channels.length > 0) json.animations = [{ name: clip.name, samplers, channels }]
  json.accessors = bin.accessors
  json.bufferViews = bin.bufferViews
  json.buffers = [{ byteLength: bin.byteLength }]
  return packGlb(json, bin.bytes())
}

export interface CameraGlbReadback {
  readonly cameraName: string
  readonly aspectRatio: number | undefined
  readonly fps: number | undefined
  /** Whether the file animates the lens (KHR_animation_pointer on yfov). */
  readonly zooms: boolean
  readonly frames: ReconstructedFrame[]
}

/**
 * Reads a camera .glb back into per-frame poses: node translation and rotation samples, the
 * (possibly animated) yfov turned into a focal length on the gate stored in the camera's extras
 * (full-frame height 24 mm when absent). Rotations are renormalized in double precision (float32
 * storage leaves them unit length only to ~1e-7); times are snapped to the file's frame grid when
 * it states its fps.
 */
export const readCameraGlb = (bytes: Uint8Array): CameraGlbReadback => {
  const glb = parseGlb(bytes)
  const { json } = glb
  const nodeIndex = json.nodes?.findIndex((n) => n.camera !== undefined) ?? -1
  if (nodeIndex < 0) throw new Error('glb has no camera node')
  const node = json.nodes![nodeIndex]
  const cameraDef = json.cameras?.[node.camera!]
  if (!cameraDef) throw new Error('glb camera node points at a missing camera')
  const gateHeightMm = Number((cameraDef.extras as Partial<CameraExtras> | undefined)?.gateHeightMm ?? 24)
  const fps = typeof json.asset.extras?.fps === 'number' ? json.asset.extras.fps : undefined
  const animation = json.animations?.[0]
  const samplerOf = (match: (target: NonNullable<GltfJson['animations']>[number]['channels'][number]['target']) => boolean) => {
    const channel = animation?.channels.find((c) => match(c.target))
    return channel && animation!.samplers[channel.sampler]
  }
  const translation = samplerOf((t) => t.node === nodeIndex && t.path === 'translation')
  const rotation = samplerOf((t) => t.node === nodeIndex && t.path === 'rotation')
  const yfov = samplerOf((t) => t.path === 'pointer' && t.extensions?.KHR_animation_pointer?.pointer === `/cameras/${node.camera}/perspective/yfov`)
  const times = translation ? readFloatAccessor(glb, translation.input) : new Float32Array([0])
  const n = times.length
  /** Component c of keyframe i of a sampler's output (or of the node's still value when it is not animated). */
  const series = (sampler: { input: number; output: number } | undefined, size: number, still: readonly number[]) => {
    if (!sampler) return (_i: number, c: number) => still[c]
    const values = readFloatAccessor(glb, sampler.output)
    if (values.length !== n * size) throw new Error('glb animation samplers disagree on the number of keyframes')
    return (i: number, c: number) => values[i * size + c]
  }
  const position = series(translation, 3, node.translation ?? [0, 0, 0])
  const orientation = series(rotation, 4, node.rotation ?? [0, 0, 0, 1])
  const fov = series(yfov, 1, [cameraDef.perspective.yfov])
  const frames: ReconstructedFrame[] = []
  for (let i = 0; i < n; i++) {
    const qx = orientation(i, 0)
    const qy = orientation(i, 1)
    const qz = orientation(i, 2)
    const qw = orientation(i, 3)
    const len = Math.sqrt(qx * qx + qy * qy + qz * qz + qw * qw) || 1
    const t = fps ? Math.round(times[i] * fps) / fps : times[i]
    frames.push({
      t,
      position: [position(i, 0), position(i, 1), position(i, 2)],
      quaternion: [qx / len, qy / len, qz / len, qw / len],
      focalLengthMm: gateHeightMm / (2 * Math.tan(fov(i, 0) / 2)),
    })
  }
  return { cameraName: node.name ?? cameraDef.name ?? '', aspectRatio: cameraDef.perspective.aspectRatio, fps, zooms: yfov !== undefined, frames }
}
