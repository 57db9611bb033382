import { describe, expect, it } from 'vitest'
import { falRequest } from '../../server/providers/fal'
import { REPLICATE_MINIMAX_MODEL } from '../../server/providers/replicate'
import { WAN_FPS, WAN_MODEL, wanFrameCount } from '../compilers/comfyui-wan-camera/workflow'
import { MINIMAX_MODEL } from '../compilers/minimax'
import { SEEDANCE_MODEL } from '../compilers/seedance'
import { VEO_GEMINI_MODEL } from '../compilers/veo'
import { VEO_VERTEX_MODEL } from '../compilers/veo-vertex'
import { estimateCost } from './estimate'
import { priceQueryOf } from './fromPayload'
import { compiledPayload } from './testing'

const payload = (target: string, durationS: number) => {
  const p = compiledPayload(target, durationS)
  if (p === undefined) throw new Error(`${target} refused a ${durationS} s shot`)
  return p
}

describe('priceQueryOf on real compiled payloads', () => {
  it('reads each target as its own route sends it', () => {
    const q = (route: string, target: string, d: number) => priceQueryOf(route, target, payload(target, d))
    expect(q('kling', 'kling', 5)).toEqual({ route: 'kling', model: 'kling-v1', mode: 'std', durationS: 5 })
    expect(q('luma', 'luma', 5)).toEqual({ route: 'luma', model: 'ray-2', durationS: 5, resolution: '720p' })
    expect(q('luma', 'luma', 8)).toEqual({ route: 'luma', model: 'ray-2', durationS: 9, resolution: '720p' })
    expect(q('runway', 'runway', 8)).toEqual({ route: 'runway', model: 'gen4_turbo', durationS: 10 })
    expect(q('veo', 'veo', 5)).toEqual({ route: 'veo', model: VEO_GEMINI_MODEL, durationS: 6, resolution: '720p' })
    expect(q('veo-vertex', 'veo-vertex', 5)).toEqual({ route: 'veo-vertex', model: VEO_VERTEX_MODEL, durationS: 5 })
    expect(q('sora', 'sora', 8)).toEqual({ route: 'sora', model: 'sora-2', durationS: 8, resolution: '720p' })
    expect(q('higgsfield', 'higgsfield', 4)).toEqual({ route: 'higgsfield', model: 'dop-turbo', durationS: 5 })
    expect(q('minimax', 'minimax', 5)).toEqual({ route: 'minimax', model: MINIMAX_MODEL, durationS: 6, resolution: '1080p' })
    expect(q('minimax', 'minimax', 9)).toEqual({ route: 'minimax', model: MINIMAX_MODEL, durationS: 10, resolution: '768p' })
    expect(q('comfyui', 'comfyui-wan-camera', 5)).toEqual({ route: 'comfyui', model: WAN_MODEL, durationS: wanFrameCount(5) / WAN_FPS })
    expect(q('pixverse', 'pixverse', 5)).toEqual({ route: 'pixverse', model: 'v4.5', mode: 'normal', durationS: 5, resolution: '720p' })
    expect(q('seedance', 'seedance', 5)).toEqual({ route: 'seedance', model: SEEDANCE_MODEL, durationS: 5, resolution: '1080p' })
  })

  it('names the fal.ai endpoint the adapter calls, for every target fal takes', () => {
    for (const [target, d] of [['kling', 5], ['pixverse', 8], ['seedance', 5], ['minimax', 5], ['minimax', 10]] as const) {
      const p = payload(target, d)
      const q = priceQueryOf('fal', target, p)
      expect(q?.model, target).toBe(falRequest(p as Record<string, unknown>)?.endpoint)
    }
    expect(priceQueryOf('fal', 'kling', payload('kling', 5))).toEqual({ route: 'fal', model: 'fal-ai/kling-video/v1/standard/text-to-video', durationS: 5 })
  })

  it("names Replicate's model for a minimax payload, and nothing for what Replicate does not take", () => {
    expect(priceQueryOf('replicate', 'minimax', payload('minimax', 5))).toEqual({ route: 'replicate', model: REPLICATE_MINIMAX_MODEL, durationS: 6 })
    expect(priceQueryOf('replicate', 'kling', payload('kling', 5))).toBeNull()
    expect(priceQueryOf('fal', 'luma', payload('luma', 5))).toBeNull()
  })

  it('reads the JSON text a take keeps as it reads the object', () => {
    for (const target of ['kling', 'sora', 'comfyui-wan-camera']) {
      const p = payload(target, 5)
      expect(priceQueryOf('x', target, JSON.stringify(p))).toEqual(priceQueryOf('x', target, p))
    }
  })

  it('gives the estimate a user sees beside Generate', () => {
    const cost = (route: string, target: string, d: number) => {
      const e = estimateCost(priceQueryOf(route, target, payload(target, d))!)
      return e.ok ? e.usd : e.reason
    }
    expect(cost('kling', 'kling', 5)).toBe(0.14)
    expect(cost('luma', 'luma', 5)).toBe(0.71)
    expect(cost('veo', 'veo', 8)).toBe(3.2)
    expect(cost('sora', 'sora', 12)).toBe(1.2)
    expect(cost('minimax', 'minimax', 9)).toBe(0.56)
    expect(cost('comfyui', 'comfyui-wan-camera', 5)).toBe(0)
    expect(cost('replicate', 'minimax', 9)).toBe('No price is known for Replicate minimax/video-01-director at 10 s.')
  })
})

describe('priceQueryOf on payloads it cannot read', () => {
  it('is null for an unknown target, a non-object, bad JSON or a payload without model or length', () => {
    expect(priceQueryOf('kling', 'usda', { model_name: 'kling-v1' })).toBeNull()
    expect(priceQueryOf('kling', 'kling', null)).toBeNull()
    expect(priceQueryOf('kling', 'kling', [1])).toBeNull()
    expect(priceQueryOf('kling', 'kling', '{not json')).toBeNull()
    expect(priceQueryOf('kling', 'kling', { mode: 'std', duration: '5' })).toBeNull()
    expect(priceQueryOf('runway', 'runway', { model: 'gen4_turbo' })).toBeNull()
    expect(priceQueryOf('veo', 'veo', { instances: [{ prompt: 'x' }] })).toBeNull()
    expect(priceQueryOf('comfyui', 'comfyui-wan-camera', { '1': { class_type: 'LoadWanFunModel', inputs: { model: WAN_MODEL } } })).toBeNull()
  })

  it("uses the API's documented defaults where a field is left out, and a body model over Veo's URL model", () => {
    expect(priceQueryOf('kling', 'kling', { model_name: 'kling-v1', mode: 'std' })?.durationS).toBe(5)
    expect(priceQueryOf('sora', 'sora', { model: 'sora-2-pro', size: '1792x1024', seconds: '8' })).toEqual({ route: 'sora', model: 'sora-2-pro', durationS: 8, resolution: '1024p' })
    expect(priceQueryOf('sora', 'sora', { prompt: 'x' })).toEqual({ route: 'sora', model: 'sora-2', durationS: 4, resolution: '720p' })
    expect(priceQueryOf('veo-vertex', 'veo-vertex', { model: 'veo-3.1-generate-preview', instances: [], parameters: { durationSeconds: 8, generateAudio: false } })).toEqual({
      route: 'veo-vertex',
      model: 'veo-3.1-generate-preview',
      durationS: 8,
      audio: false,
    })
  })
})
