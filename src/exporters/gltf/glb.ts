/**
 * The GLB container (glTF 2.0 binary, https://registry.khronos.org/glTF/specs/2.0/glTF-2.0.html#binary-gltf-layout):
 * a 12-byte header (magic 'glTF', version 2, total length), a JSON chunk padded with spaces and a
 * BIN chunk padded with zeros, all little-endian, every chunk 4-byte aligned. Synchronous, no DOM,
 * no FileReader: plain typed arrays, so it runs the same in Node, the browser and a Web Worker.
 */

export const GLB_MAGIC = 0x46546c67 // 'glTF'
export const GLB_VERSION = 2
export const CHUNK_JSON = 0x4e4f534a // 'JSON'
export const CHUNK_BIN = 0x004e4942 // 'BIN\0'

/** glTF accessor component type FLOAT. */
export const FLOAT = 5126

export type AccessorType = 'SCALAR' | 'VEC3' | 'VEC4'
const COMPONENTS: Record<AccessorType, number> = { SCALAR: 1, VEC3: 3, VEC4: 4 }

export interface GltfAccessor {
  bufferView: number
  byteOffset?: number
  componentType: number
  count: number
  type: AccessorType
  min?: number[]
  max?: number[]
}

export interface GltfBufferView {
  buffer: number
  byteOffset: number
  byteLength: number
}

/** The slice of the glTF JSON schema this module writes and reads. */
export interface GltfJson {
  asset: { version: string; generator?: string; extras?: Record<string, unknown> }
  scene?: number
  scenes?: { name?: string; nodes: number[] }[]
  nodes?: { name?: string; camera?: number; translation?: number[]; rotation?: number[]; extras?: Record<string, unknown> }[]
  cameras?: {
    name?: string
    type: 'perspective'
    perspective: { aspectRatio?: number; yfov: number; znear: number; zfar?: number }
    extras?: Record<string, unknown>
  }[]
  animations?: {
    name?: string
    samplers: { input: number; output: number; interpolation?: 'LINEAR' | 'STEP' | 'CUBICSPLINE' }[]
    channels: {
      sampler: number
      target: { node?: number; path: string; extensions?: { KHR_animation_pointer?: { pointer: string } } }
    }[]
  }[]
  accessors?: GltfAccessor[]
  bufferViews?: GltfBufferView[]
  buffers?: { byteLength: number; uri?: string }[]
  extensionsUsed?: string[]
  extensionsRequired?: string[]
}

const pad4 = (n: number) => (n + 3) & ~3

/** Collects float accessors into one binary buffer, one buffer view each (4-byte aligned). */
export class BinaryBuilder {
  readonly accessors: GltfAccessor[] = []
  readonly bufferViews: GltfBufferView[] = []
  private readonly parts: Float32Array[] = []
  private length = 0

  /** Adds `values` (item size from `type`) as a FLOAT accessor with min/max; returns its index. */
  addFloats(values: ArrayLike<number>, type: AccessorType): number {
    const size = COMPONENTS[type]
    if (values.length % size !== 0) throw new Error(`accessor of ${type} needs a multiple of ${size} values (got ${values.length})`)
    const data = Float32Array.from(values)
    const count = data.length / size
    const min = new Array<number>(size).fill(Infinity)
    const max = new Array<number>(size).fill(-Infinity)
    for (let i = 0; i < data.length; i++) {
      const c = i % size
      if (data[i] < min[c]) min[c] = data[i]
      if (data[i] > max[c]) max[c] = data[i]
    }
    const byteOffset = this.length
    this.parts.push(data)
    this.length = pad4(byteOffset + data.byteLength)
    this.bufferViews.push({ buffer: 0, byteOffset, byteLength: data.byteLength })
    this.accessors.push({ bufferView: this.bufferViews.length - 1, componentType: FLOAT, count, type, min, max })
    return this.accessors.length - 1
  }

  get byteLength(): number {
    return this.length
  }

  /** The buffer's bytes (little-endian floats). */
  bytes(): Uint8Array {
    const out = new Uint8Array(this.length)
    const view = new DataView(out.buffer)
    let offset = 0
    for (const part of this.parts) {
      for (let i = 0; i < part.length; i++) view.setFloat32(offset + i * 4, part[i], true)
      offset = pad4(offset + part.byteLength)
    }
    return out
  }
}

/** Packs glTF JSON and its binary buffer into a .glb. */
export const packGlb = (json: GltfJson, bin: Uint8Array): Uint8Array => {
  const jsonBytes = new TextEncoder().encode(JSON.stringify(json))
  const jsonLength = pad4(jsonBytes.length)
  const binLength = pad4(bin.length)
  const total = 12 + 8 + jsonLength + (bin.length > 0 ? 8 + binLength : 0)
  const out = new Uint8Array(total)
  const view = new DataView(out.buffer)
  view.setUint32(0, GLB_MAGIC, true)
  view.setUint32(4, GLB_VERSION, true)
  view.setUint32(8, total, true)
  view.setUint32(12, jsonLength, true)
  view.setUint32(16, CHUNK_JSON, true)
  out.set(jsonBytes, 20)
  out.fill(0x20, 20 + jsonBytes.length, 20 + jsonLength)
  if (bin.length > 0) {
    const at = 20 + jsonLength
    view.setUint32(at, binLength, true)
    view.setUint32(at + 4, CHUNK_BIN, true)
    out.set(bin, at + 8) // the padding stays zero
  }
  return out
}

export interface ParsedGlb {
  readonly json: GltfJson
  /** The BIN chunk (empty when there is none). */
  readonly bin: Uint8Array
}

/** Reads a .glb back into its JSON and BIN chunk. Throws with a plain message on a malformed file. */
export const parseGlb = (bytes: Uint8Array): ParsedGlb => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (bytes.byteLength < 20 || view.getUint32(0, true) !== GLB_MAGIC) throw new Error('not a glTF binary file (no glTF magic)')
  if (view.getUint32(4, true) !== GLB_VERSION) throw new Error(`unsupported glTF binary version ${view.getUint32(4, true)}`)
  const total = view.getUint32(8, true)
  if (total !== bytes.byteLength) throw new Error(`glb header says ${total} bytes, the file has ${bytes.byteLength}`)
  let json: GltfJson | undefined
  let bin: Uint8Array = new Uint8Array(0)
  for (let at = 12; at < total; ) {
    const length = view.getUint32(at, true)
    const type = view.getUint32(at + 4, true)
    const body = bytes.subarray(at + 8, at + 8 + length)
    if (body.length !== length) throw new Error('glb chunk runs past the end of the file')
    if (type === CHUNK_JSON) json = JSON.parse(new TextDecoder().decode(body)) as GltfJson
    else if (type === CHUNK_BIN) bin = body
    at += 8 + length
  }
  if (!json) throw new Error('glb has no JSON chunk')
  return { json, bin }
}

/** The float values of accessor `index` (tightly packed, item after item). */
export const readFloatAccessor = (glb: ParsedGlb, index: number): Float32Array => {
  const accessor = glb.json.accessors?.[index]
  if (!accessor) throw new Error(`glb has no accessor ${index}`)
  if (accessor.componentType !== FLOAT) throw new Error(`accessor ${index} is not FLOAT`)
  const view = glb.json.bufferViews?.[accessor.bufferView]
  if (!view) throw new Error(`accessor ${index} points at a missing buffer view`)
  const n = accessor.count * COMPONENTS[accessor.type]
  const start = view.byteOffset + (accessor.byteOffset ?? 0)
  if (start + n * 4 > glb.bin.byteLength) throw new Error(`accessor ${index} runs past the binary chunk`)
  const data = new DataView(glb.bin.buffer, glb.bin.byteOffset + start, n * 4)
  const out = new Float32Array(n)
  for (let i = 0; i < n; i++) out[i] = data.getFloat32(i * 4, true)
  return out
}
