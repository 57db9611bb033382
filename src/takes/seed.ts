/**
 * Seeds of hosted takes: which compile targets' payloads carry a seed, where it goes and its range
 * (research/providers.md), so a take keeps the seed it was made with and can be made again.
 *
 * - `runway`: `seed`, 0..4,294,967,295 (gen4_turbo).
 * - `veo-vertex`: `parameters.seed`, 0..4,294,967,295 (Vertex only: the Gemini API's `veo` rejects it).
 * - `higgsfield`: `seed`, 1..1,000,000.
 * - `pixverse`: `seed`, 0..2,147,483,647; `seedance`: `seed`, 0..2,147,483,647 (both sent through fal).
 * - `comfyui-wan-camera`: the sampler node's `inputs.seed` (the compiled workflow sets one already).
 * - `kling`, `luma`, `sora`, `veo`, `minimax`: none (their APIs, or the adapters, take no seed).
 *
 * Pure: payloads are JSON values (or their JSON text) and are never changed in place.
 */

export interface SeedSpec {
  /** Where the seed goes, in words ("seed", "parameters.seed", "the sampler node's inputs.seed"). */
  readonly field: string
  /** The smallest and largest seed the provider takes (integers, inclusive). */
  readonly min: number
  readonly max: number
  /** The key path of the seed in a payload of this target, or null where that payload has no place for one. */
  readonly path: (payload: unknown) => readonly string[] | null
}

const UINT32_MAX = 4_294_967_295
const INT32_MAX = 2_147_483_647

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

const at = (...path: string[]) => (payload: unknown) => (isRecord(payload) ? path : null)

/** The ComfyUI graph's sampler node (the node ComfyUI's adapter also looks for): its `inputs.seed`. */
const samplerSeed = (payload: unknown): readonly string[] | null => {
  if (!isRecord(payload)) return null
  const id = Object.keys(payload).find((k) => {
    const node = payload[k]
    return isRecord(node) && typeof node.class_type === 'string' && /Sampler/i.test(node.class_type) && isRecord(node.inputs)
  })
  return id === undefined ? null : [id, 'inputs', 'seed']
}

const SPECS: Readonly<Record<string, SeedSpec>> = {
  runway: { field: 'seed', min: 0, max: UINT32_MAX, path: at('seed') },
  'veo-vertex': { field: 'parameters.seed', min: 0, max: UINT32_MAX, path: at('parameters', 'seed') },
  higgsfield: { field: 'seed', min: 1, max: 1_000_000, path: at('seed') },
  pixverse: { field: 'seed', min: 0, max: INT32_MAX, path: at('seed') },
  seedance: { field: 'seed', min: 0, max: INT32_MAX, path: at('seed') },
  'comfyui-wan-camera': { field: "the sampler node's inputs.seed", min: 0, max: UINT32_MAX, path: samplerSeed },
}

/** Where a target's payload takes its seed and the range, or null when the target takes none. */
export const seedSpecFor = (target: string): SeedSpec | null => (Object.hasOwn(SPECS, target) ? SPECS[target] : null)

/** Whether `seed` is one the target's provider takes. */
export const isSeedInRange = (spec: SeedSpec, seed: number): boolean => Number.isInteger(seed) && seed >= spec.min && seed <= spec.max

/** A random seed in the spec's range (`random` in [0, 1), Math.random by default). */
export const randomSeed = (spec: SeedSpec, random: () => number = Math.random): number =>
  Math.min(spec.max, spec.min + Math.floor(random() * (spec.max - spec.min + 1)))

const parse = (text: string): unknown => {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

/** The seed a payload (a JSON value, or its JSON text) carries for its target, or null where it has none. */
export const seedOf = (target: string, payload: unknown): number | null => {
  const spec = seedSpecFor(target)
  const value = typeof payload === 'string' ? parse(payload) : payload
  const path = spec?.path(value)
  if (!path) return null
  let v: unknown = value
  for (const key of path) v = isRecord(v) ? v[key] : undefined
  return typeof v === 'number' && Number.isSafeInteger(v) ? v : null
}

const setIn = (value: Record<string, unknown>, path: readonly string[], seed: number): Record<string, unknown> => {
  const [key, ...rest] = path
  if (rest.length === 0) return { ...value, [key]: seed }
  const inner = value[key]
  return { ...value, [key]: setIn(isRecord(inner) ? inner : {}, rest, seed) }
}

/**
 * The payload with its seed set (JSON text in, JSON text out). Throws a RangeError for a seed the
 * provider does not take, and an Error where the target or this payload has no place for a seed.
 */
export function withSeed(target: string, payload: string, seed: number): string
export function withSeed(target: string, payload: unknown, seed: number): unknown
export function withSeed(target: string, payload: unknown, seed: number): unknown {
  const spec = seedSpecFor(target)
  if (!spec) throw new Error(`The target '${target}' takes no seed.`)
  if (!isSeedInRange(spec, seed)) throw new RangeError(`A ${target} seed is a whole number from ${spec.min} to ${spec.max}; ${seed} is not.`)
  const text = typeof payload === 'string'
  const value = text ? parse(payload) : payload
  const path = spec.path(value)
  if (!path || !isRecord(value)) throw new Error(`This ${target} payload has no place for a seed (${spec.field}).`)
  const next = setIn(value, path, seed)
  return text ? JSON.stringify(next) : next
}

/**
 * The payload a take sends and the seed it is made with: the payload's own seed where it has one,
 * else one drawn in range (`draw`, random by default) written into it; null (payload unchanged)
 * where the target takes none.
 */
export const ensureSeed = <P,>(target: string, payload: P, draw: (spec: SeedSpec) => number = (spec) => randomSeed(spec)): { readonly payload: P; readonly seed: number | null } => {
  const kept = seedOf(target, payload)
  if (kept !== null) return { payload, seed: kept }
  const spec = seedSpecFor(target)
  const value = typeof payload === 'string' ? parse(payload) : payload
  if (!spec || !spec.path(value)) return { payload, seed: null }
  const seed = draw(spec)
  return { payload: withSeed(target, payload, seed) as P, seed }
}
