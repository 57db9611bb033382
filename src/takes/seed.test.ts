import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ensureSeed, isSeedInRange, randomSeed, seedOf, seedSpecFor, withSeed } from './seed'

/** The committed compiler golden payloads (src/compilers/__fixtures__): what the targets write today. */
const golden = (target: string): unknown => JSON.parse(readFileSync(new URL(`../compilers/__fixtures__/${target}.small.json`, import.meta.url), 'utf8'))

describe('seeds of compiled payloads', () => {
  it('knows which targets take a seed, where and in what range', () => {
    expect(seedSpecFor('runway')).toMatchObject({ field: 'seed', min: 0, max: 4_294_967_295 })
    expect(seedSpecFor('veo-vertex')).toMatchObject({ field: 'parameters.seed', min: 0, max: 4_294_967_295 })
    expect(seedSpecFor('higgsfield')).toMatchObject({ field: 'seed', min: 1, max: 1_000_000 })
    expect(seedSpecFor('pixverse')).toMatchObject({ min: 0, max: 2_147_483_647 })
    expect(seedSpecFor('seedance')).toMatchObject({ min: 0, max: 2_147_483_647 })
    expect(seedSpecFor('comfyui-wan-camera')?.field).toMatch(/sampler/)
    // the Gemini API rejects seed; Kling, Luma, Sora and MiniMax take none
    for (const none of ['veo', 'kling', 'luma', 'sora', 'minimax', 'trajectory', 'toString', 'nope']) expect(seedSpecFor(none)).toBeNull()
  })

  it('reads no seed from the golden payloads but ComfyUI’s, whose workflow sets its sampler’s', () => {
    for (const t of ['runway', 'veo-vertex', 'higgsfield', 'pixverse', 'seedance', 'kling', 'luma', 'sora', 'veo', 'minimax']) expect(seedOf(t, golden(t))).toBeNull()
    expect(seedOf('comfyui-wan-camera', golden('comfyui-wan-camera'))).toBe(43)
  })

  it('writes the seed where the provider reads it, leaving the payload given as it was', () => {
    const runway = golden('runway') as Record<string, unknown>
    const seeded = withSeed('runway', runway, 48213) as Record<string, unknown>
    expect(seeded).toEqual({ ...runway, seed: 48213 })
    expect(runway.seed).toBeUndefined()
    const vertex = withSeed('veo-vertex', golden('veo-vertex'), 7) as { parameters: Record<string, unknown>; instances: unknown }
    expect(vertex.parameters).toEqual({ durationSeconds: 5, aspectRatio: '16:9', sampleCount: 1, seed: 7 })
    expect(seedOf('veo-vertex', vertex)).toBe(7)
    const comfy = withSeed('comfyui-wan-camera', golden('comfyui-wan-camera'), 99) as Record<string, { class_type: string; inputs: Record<string, unknown> }>
    expect(comfy['6']).toMatchObject({ class_type: 'WanFunV2VSampler', inputs: { seed: 99, steps: 50, start_image: ['4', 0] } })
    expect(seedOf('comfyui-wan-camera', comfy)).toBe(99)
  })

  it('takes JSON text too, and gives text back', () => {
    const text = JSON.stringify(golden('higgsfield'))
    const seeded = withSeed('higgsfield', text, 1_000_000)
    expect(typeof seeded).toBe('string')
    expect(seedOf('higgsfield', seeded)).toBe(1_000_000)
    expect(seedOf('higgsfield', 'not json')).toBeNull()
  })

  it('refuses a seed out of the provider’s range, and a target or payload with no place for one', () => {
    expect(() => withSeed('higgsfield', golden('higgsfield'), 0)).toThrow(RangeError)
    expect(() => withSeed('runway', golden('runway'), 1.5)).toThrow(/whole number/)
    expect(() => withSeed('runway', golden('runway'), 2 ** 32)).toThrow(RangeError)
    expect(() => withSeed('kling', golden('kling'), 5)).toThrow(/takes no seed/)
    expect(() => withSeed('comfyui-wan-camera', { '1': { class_type: 'LoadImage', inputs: {} } }, 5)).toThrow(/no place/)
  })

  it('draws seeds within the range, ends included', () => {
    const spec = seedSpecFor('higgsfield')!
    expect(randomSeed(spec, () => 0)).toBe(1)
    expect(randomSeed(spec, () => 0.999999999999)).toBe(1_000_000)
    for (let i = 0; i < 200; i++) expect(isSeedInRange(spec, randomSeed(spec))).toBe(true)
  })

  it('ensureSeed keeps a payload’s own seed, draws one where there is none, and leaves seedless targets alone', () => {
    expect(ensureSeed('comfyui-wan-camera', golden('comfyui-wan-camera'), () => 5).seed).toBe(43)
    const drawn = ensureSeed('runway', golden('runway'), () => 48213)
    expect(drawn.seed).toBe(48213)
    expect(seedOf('runway', drawn.payload)).toBe(48213)
    const again = ensureSeed('runway', drawn.payload, () => 1)
    expect(again).toEqual(drawn)
    const kling = golden('kling')
    expect(ensureSeed('kling', kling)).toEqual({ payload: kling, seed: null })
  })
})
