/**
 * A price query read from a compiled payload: model, mode, length and resolution where each target's
 * request body (src/compilers/<target>) keeps them, and the model a route really bills (the fal.ai
 * endpoint or Replicate model its adapter calls, server/providers/fal.ts and replicate.ts).
 */
import type { PriceQuery } from './types'

type Rec = Record<string, unknown>
type Read = Omit<PriceQuery, 'route'>

const rec = (v: unknown): Rec | undefined => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Rec) : undefined)
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined)
/** A number, or a string holding one ("5", "5s", "8"). */
const num = (v: unknown): number | undefined => {
  const n = typeof v === 'number' ? v : typeof v === 'string' ? parseFloat(v) : NaN
  return Number.isFinite(n) && n > 0 ? n : undefined
}
const lower = (v: unknown) => str(v)?.toLowerCase()
const bool = (v: unknown) => (typeof v === 'boolean' ? v : undefined)

/** A read query, or null when the model or the length is missing. */
const read = (model: string | undefined, durationS: number | undefined, extra: Omit<Read, 'model' | 'durationS'> = {}): Read | null =>
  model && durationS ? { model, durationS, ...extra } : null

/** Defaults the compilers name but keep out of the body (the model is in the URL), or the vendor's documented defaults. */
const VEO_GEMINI_MODEL = 'veo-3.1-generate-preview' // src/compilers/veo VEO_GEMINI_MODEL
const VEO_VERTEX_MODEL = 'veo-2.0-generate-exp' // src/compilers/veo-vertex VEO_VERTEX_MODEL
const HIGGSFIELD_CLIP_S = 5 // DoP has no duration field; a clip is about 5 s (src/compilers/higgsfield)
const WAN_FPS = 16 // Wan Fun Camera's frame rate (src/compilers/comfyui-wan-camera)
const REPLICATE_MINIMAX_MODEL = 'minimax/video-01-director' // server/providers/replicate.ts

/** Sora's size as a resolution class: its short side ("1280x720" -> "720p", "1024x1792" -> "1024p"). */
const soraResolution = (size: string) => {
  const m = /^(\d+)x(\d+)$/.exec(size)
  return m ? `${Math.min(Number(m[1]), Number(m[2]))}p` : undefined
}

/** Veo's model is in the URL (a body `model` overrides it, as the adapters allow); length and resolution are parameters. */
const veo = (p: Rec, defaultModel: string, defaultResolution?: string): Read | null => {
  const params = rec(p.parameters) ?? {}
  return read(str(p.model) ?? defaultModel, num(params.durationSeconds), { resolution: lower(params.resolution) ?? defaultResolution, audio: bool(params.generateAudio) })
}

const comfyWan = (p: Rec): Read | null => {
  const nodes = Object.values(p).map(rec)
  const input = (type: string, key: string) => rec(nodes.find((n) => n?.class_type === type)?.inputs)?.[key]
  const frames = num(input('WanFunV2VSampler', 'video_length'))
  return read(str(input('LoadWanFunModel', 'model')), frames && frames / (num(input('VHS_VideoCombine', 'frame_rate')) ?? WAN_FPS))
}

/** Each compile target's payload shape, read. Null where the payload does not say what it costs. */
const READERS: Readonly<Record<string, (p: Rec) => Read | null>> = {
  // Kling's duration is a string; "5" is the API's default
  kling: (p) => read(str(p.model_name), num(p.duration ?? '5'), { mode: str(p.mode) }),
  // duration "5s" / "9s"
  luma: (p) => read(str(p.model), num(p.duration), { resolution: lower(p.resolution) }),
  runway: (p) => read(str(p.model), num(p.duration)),
  veo: (p) => veo(p, VEO_GEMINI_MODEL, '720p'),
  'veo-vertex': (p) => veo(p, VEO_VERTEX_MODEL),
  // the API's defaults: sora-2, "4" seconds, 720x1280
  sora: (p) => read(str(p.model) ?? 'sora-2', num(p.seconds ?? '4'), { resolution: soraResolution(str(p.size) ?? '720x1280') }),
  higgsfield: (p) => read(str(p.model), HIGGSFIELD_CLIP_S),
  // duration defaults to 6; resolution "1080P" / "768P"
  minimax: (p) => read(str(p.model), num(p.duration ?? 6), { resolution: lower(p.resolution) }),
  'comfyui-wan-camera': comfyWan,
  pixverse: (p) => read(str(p.model), num(p.duration), { mode: str(p.motion_mode), resolution: lower(p.quality) }),
  seedance: (p) => read(str(p.model), num(p.duration), { resolution: lower(p.resolution) }),
}

/** The fal.ai endpoint the adapter sends a payload of `target` to (server/providers/fal.ts falRequest). */
const falEndpoint = (target: string, q: Read): string | undefined => {
  switch (target) {
    case 'kling':
      return 'fal-ai/kling-video/v1/standard/text-to-video'
    case 'pixverse':
      return `fal-ai/pixverse/${q.model}/text-to-video`
    case 'seedance': {
      const tier = /1-5-pro/.test(q.model) ? 'v1.5/pro' : /lite/.test(q.model) ? 'v1/lite' : /pro-fast/.test(q.model) ? 'v1/pro/fast' : 'v1/pro'
      return `fal-ai/bytedance/seedance/${tier}/text-to-video`
    }
    case 'minimax': {
      if (/Director/.test(q.model)) return 'fal-ai/minimax/video-01-director'
      const version = /2\.3/.test(q.model) ? 'hailuo-2.3' : 'hailuo-02'
      return `fal-ai/minimax/${version}/${q.resolution === '1080p' ? 'pro' : 'standard'}/text-to-video`
    }
    default:
      return undefined
  }
}

/** The query as the route bills it: fal.ai and Replicate bill their own endpoint / model, not the payload's. */
const onRoute = (route: string, target: string, q: Read): PriceQuery | null => {
  if (route === 'fal') {
    const model = falEndpoint(target, q)
    return model ? { route, model, durationS: q.durationS, ...(target === 'kling' ? {} : { resolution: q.resolution }) } : null
  }
  if (route === 'replicate') return target === 'minimax' ? { route, model: REPLICATE_MINIMAX_MODEL, durationS: q.durationS } : null
  return { route, ...q }
}

const parsed = (payload: unknown): unknown => {
  if (typeof payload !== 'string') return payload
  try {
    return JSON.parse(payload)
  } catch {
    return undefined
  }
}

/**
 * The price query for a payload compiled for `target` and sent on `route` (a take keeps its payload as
 * JSON text: either form is read). Null where the target is not one this module reads, the route does
 * not take the target, or the payload does not say its model or length.
 */
export const priceQueryOf = (route: string, target: string, payload: unknown): PriceQuery | null => {
  const p = rec(parsed(payload))
  const r = p && READERS[target]?.(p)
  const q = r && onRoute(route, target, r)
  if (!q) return null
  // optional fields that are undefined are left out, so queries compare and print cleanly
  return Object.fromEntries(Object.entries(q).filter(([, v]) => v !== undefined)) as unknown as PriceQuery
}
