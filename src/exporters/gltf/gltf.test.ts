/**
 * The gltf target: .glb structure, a round trip of the camera path, and agreement with three.js's
 * own GLTFExporter / GLTFLoader. glTF accessors are float32, so the round trip allows 1e-5 m and
 * 1e-5 rad (float32 keeps ~7 significant digits; the designed values are float64).
 */
import { AnimationClip, AnimationMixer, type PerspectiveCamera } from 'three'
import { GLTFExporter } from 'three/examples/jsm/exporters/GLTFExporter.js'
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js'
import { describe, expect, it } from 'vitest'
import { createClip, getPreset, presetRegistry } from '../../camera-presets'
import { compileAllTargets, compileShot, getTarget } from '../../compilers'
import { quatAngleBetween } from '../../core/math/quat'
import { type Project, addClip, createProject, sampleShot, updateShotSettings } from '../../timeline'
import '../index'
import { CHUNK_BIN, CHUNK_JSON, GLB_MAGIC, buildCameraAnimation, parseGlb, readCameraGlb, readFloatAccessor, writeCameraGlb } from '.'

const clip = (presetId: string, id: string, startS: number, durationS: number, params?: Record<string, number>) =>
  createClip(getPreset(presetId)!, id, startS, params, durationS)

/** Two seconds at 24 fps: a pan with a crane under it, then a zoom (the lens animates). */
const project = (): Project => {
  let p = createProject('project:gltf', 'glTF test')
  p = addClip(p, 'shot:1', 'shot:1/track:1', clip('pan-left', 'c1', 0, 1.25, { angle: 200 }))
  p = addClip(p, 'shot:1', 'shot:1/track:2', clip('crane-up', 'c2', 0.25, 1))
  p = addClip(p, 'shot:1', 'shot:1/track:1', clip('zoom-in', 'c3', 1.25, 0.75))
  return updateShotSettings(p, 'shot:1', { durationS: 2, fps: 24, aspect: '21:9' })
}

const compiledBytes = (p: Project) => {
  const r = compileShot('gltf', p, 0, presetRegistry)
  if (!r.ok) throw new Error(r.error.message)
  if (!r.bytes) throw new Error('gltf gave no bytes')
  return { result: r, bytes: r.bytes }
}

describe('gltf target', () => {
  it('is registered through src/exporters (CLI, worker and bench see it)', () => {
    expect(getTarget('gltf')).toMatchObject({ id: 'gltf', kind: 'export', fileExtension: 'glb', mediaType: 'model/gltf-binary', exact: true })
    expect(compileAllTargets(project(), 0, presetRegistry).some((c) => c.target.id === 'gltf')).toBe(true)
  })

  it('writes a well-formed .glb: magic, version 2, lengths, aligned JSON and BIN chunks', () => {
    const { bytes } = compiledBytes(project())
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    expect(String.fromCharCode(...bytes.subarray(0, 4))).toBe('glTF')
    expect(view.getUint32(0, true)).toBe(GLB_MAGIC)
    expect(view.getUint32(4, true)).toBe(2)
    expect(view.getUint32(8, true)).toBe(bytes.byteLength)
    const jsonLength = view.getUint32(12, true)
    expect(view.getUint32(16, true)).toBe(CHUNK_JSON)
    expect(jsonLength % 4).toBe(0)
    const binAt = 20 + jsonLength
    const binLength = view.getUint32(binAt, true)
    expect(view.getUint32(binAt + 4, true)).toBe(CHUNK_BIN)
    expect(binLength % 4).toBe(0)
    expect(binAt + 8 + binLength).toBe(bytes.byteLength)
    const { json } = parseGlb(bytes)
    expect(json.asset.version).toBe('2.0')
    expect(json.buffers).toEqual([{ byteLength: binLength }])
    for (const v of json.bufferViews!) expect(v.byteOffset % 4 === 0 && v.byteOffset + v.byteLength <= binLength).toBe(true)
    expect(json.cameras).toHaveLength(1)
    expect(json.nodes![0]).toMatchObject({ name: 'Shot 1', camera: 0 })
    expect(json.extensionsUsed).toEqual(['KHR_animation_pointer'])
    expect(json.extensionsRequired).toBeUndefined()
    const input = json.accessors![json.animations![0].samplers[0].input]
    expect(input).toMatchObject({ count: 48, type: 'SCALAR', min: [0] })
    expect(input.max![0]).toBeCloseTo(47 / 24, 6)
  })

  it('round trip: every keyframe matches the designed frame (1e-5 m, 1e-5 rad for float32)', () => {
    const p = project()
    const shot = p.shots[0]
    const designed = sampleShot(shot, presetRegistry)
    const { bytes, result } = compiledBytes(p)
    const glb = parseGlb(bytes)
    const [anim] = glb.json.animations!
    const samplerFor = (path: string) => anim.samplers[anim.channels.find((c) => c.target.path === path)!.sampler]
    const times = readFloatAccessor(glb, samplerFor('translation').input)
    const translations = readFloatAccessor(glb, samplerFor('translation').output)
    const rotations = readFloatAccessor(glb, samplerFor('rotation').output)
    const yfovs = readFloatAccessor(glb, samplerFor('pointer').output)
    expect(times.length).toBe(designed.length)
    const gateHeightMm = 36 / (21 / 9) // full frame, 21:9 is wider than the sensor: the gate keeps the width
    for (let i = 0; i < designed.length; i++) {
      const d = designed[i]
      expect(Math.abs(times[i] - i / 24)).toBeLessThan(1e-6)
      for (let c = 0; c < 3; c++) expect(Math.abs(translations[i * 3 + c] - d.position[c])).toBeLessThan(1e-5)
      const q = Array.from(rotations.subarray(i * 4, i * 4 + 4))
      const len = Math.hypot(...q)
      expect(Math.abs(len - 1)).toBeLessThan(1e-6)
      expect(quatAngleBetween(q.map((v) => v / len) as [number, number, number, number], d.quaternion)).toBeLessThan(1e-5)
      const focal = gateHeightMm / (2 * Math.tan(yfovs[i] / 2))
      expect(Math.abs(focal - d.focalLengthMm) / d.focalLengthMm).toBeLessThan(1e-5)
    }
    // and the target's own read-back drives the fidelity score
    const back = readCameraGlb(bytes)
    expect(back.frames).toHaveLength(designed.length)
    expect(back.frames[10].t).toBe(10 / 24)
    expect(result.fidelity.score).toBeGreaterThanOrEqual(0.999)
    expect(result.fidelity.kept).toContain('zoom kept as an animated yfov (KHR_animation_pointer)')
  })

  it('a shot without a zoom has a fixed yfov and no extension', () => {
    let p = createProject()
    p = addClip(p, 'shot:1', 'shot:1/track:1', clip('orbit-left', 'c1', 0, 3))
    const { bytes, result } = compiledBytes(p)
    const { json } = parseGlb(bytes)
    expect(json.extensionsUsed).toBeUndefined()
    expect(json.animations![0].channels.map((c) => c.target.path)).toEqual(['translation', 'rotation'])
    expect(json.cameras![0].perspective.yfov).toBeCloseTo(2 * Math.atan(20.25 / (2 * 35)), 12) // 16:9 gate on 36 x 24, 35 mm
    expect(result.ok && result.fidelity.score).toBeGreaterThanOrEqual(0.999)
    expect(result.warnings).toEqual([])
  })

  it('matches what three.js GLTFExporter writes for the same scene', async () => {
    const p = project()
    const animation = buildCameraAnimation(p.shots[0], sampleShot(p.shots[0], presetRegistry), 24)
    const ours = parseGlb(writeCameraGlb(animation))
    // GLTFExporter merges its buffers through FileReader, which Node lacks: a test-only stand-in
    const g = globalThis as { FileReader?: unknown }
    const had = g.FileReader
    g.FileReader = class {
      result: ArrayBuffer | null = null
      onloadend: (() => void) | null = null
      readAsArrayBuffer(blob: Blob) {
        void blob.arrayBuffer().then((b) => {
          this.result = b
          this.onloadend?.()
        })
      }
    }
    let theirs
    try {
      // GLTFExporter writes TRS tracks only (no KHR_animation_pointer): give it those
      const trs = new AnimationClip(animation.clip.name, animation.clip.duration, animation.clip.tracks.filter((t) => !t.name.endsWith('.fov')))
      const exported = (await new GLTFExporter().parseAsync(animation.scene, { binary: true, animations: [trs] })) as ArrayBuffer
      theirs = parseGlb(new Uint8Array(exported))
    } finally {
      g.FileReader = had
    }
    const node = theirs.json.nodes!.find((n) => n.camera !== undefined)!
    const ourNode = ours.json.nodes![0]
    for (let c = 0; c < 3; c++) expect(node.translation![c]).toBeCloseTo(ourNode.translation![c], 12)
    for (let c = 0; c < 4; c++) expect(node.rotation![c]).toBeCloseTo(ourNode.rotation![c], 12)
    expect(theirs.json.cameras![0].perspective).toEqual(ours.json.cameras![0].perspective)
    // same TRS samples, bit for bit
    const samples = (glb: typeof ours, path: string) => {
      const a = glb.json.animations![0]
      const s = a.samplers[a.channels.find((c) => c.target.path === path)!.sampler]
      return { input: Array.from(readFloatAccessor(glb, s.input)), output: Array.from(readFloatAccessor(glb, s.output)), interpolation: s.interpolation }
    }
    expect(samples(ours, 'translation')).toEqual(samples(theirs, 'translation'))
    expect(samples(ours, 'rotation')).toEqual(samples(theirs, 'rotation'))
  })

  it('loads in three.js GLTFLoader: the camera, its lens and a playable clip', async () => {
    const p = project()
    const { bytes } = compiledBytes(p)
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
    const gltf = await new GLTFLoader().parseAsync(buffer, '')
    expect(gltf.cameras).toHaveLength(1)
    const camera = gltf.cameras[0] as PerspectiveCamera
    expect(camera.aspect).toBeCloseTo(21 / 9, 6)
    const clipLoaded = gltf.animations[0]
    expect(clipLoaded.tracks.map((t) => t.name.split('.').pop())).toEqual(expect.arrayContaining(['position', 'quaternion']))
    // play it: at frame 30 the camera sits where the design puts it
    const mixer = new AnimationMixer(gltf.scene)
    mixer.clipAction(clipLoaded).play()
    mixer.setTime(30 / 24)
    const d = sampleShot(p.shots[0], presetRegistry)[30]
    // the camera is the node the clip animates
    const pos = camera.position.toArray()
    for (let c = 0; c < 3; c++) expect(Math.abs(pos[c] - d.position[c])).toBeLessThan(1e-5)
    expect(quatAngleBetween(camera.quaternion.toArray() as [number, number, number, number], d.quaternion)).toBeLessThan(1e-5)
  })
})
