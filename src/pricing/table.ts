/**
 * What a generation costs at each route's provider, as data: one row per route, model and (where the
 * price differs) mode, resolution, audio and clip length. Every row carries the page it was read on,
 * when, and how far to trust it (see PriceConfidence). Correct a price here, in its one row, and every
 * estimate beside Generate, on each take and in a project's total follows.
 *
 * Prices are list (pay-as-you-go) prices in US dollars. Several vendors bill in credits or prepaid
 * units: the note gives the conversion used. No vendor's pricing page could be read for this table:
 * most figures come from Comfy's partner-node price list (which passes on the model maker's price),
 * cross-checked against other write-ups where they agreed, so they are 'reported'; rows nobody's page
 * confirmed are 'estimate' and say so. Only the self-hosted ComfyUI rows are 'published' ($0 at the
 * provider: the weights are open).
 */
import type { PriceRow } from './types'

/** Comfy's partner-node prices in USD, 2025-10-29 (the last version of the list in dollars). */
const COMFY_2025_10 = 'https://github.com/Comfy-Org/docs/blob/fa7b3b955346a11783493f1f6d99a24fdec3d132/tutorials/api-nodes/pricing.mdx'
/** Comfy's partner-node prices in credits, 2026-08-18. */
const COMFY_2026_08 = 'https://github.com/Comfy-Org/docs/blob/5c4d55740280b26df11441b10bc90c51aea23a02/tutorials/partner-nodes/pricing.mdx'
const CREDITS = "Comfy's list is in credits, 211 credits = $1 (docs.comfy.org model catalog)"
/** A verbatim transcription of https://ai.google.dev/gemini-api/docs/pricing, read 2026-09-20. */
const GEMINI_PRICING = 'https://raw.githubusercontent.com/api-evangelist/gemini/refs/heads/main/plans/gemini-plans-pricing.yml'
/** A copy of Runway's API reference cost table (credits per second). */
const RUNWAY_COSTS = 'https://skillspool.org/ja/skills/udbfd68-cell-aurion-app-agents-skills-api-reference-skill-md'

const idOf = (r: Omit<PriceRow, 'id'>): string =>
  [r.route, r.model, r.mode, r.resolution, r.audio === undefined ? undefined : r.audio ? 'audio' : 'silent', r.durationsS ? `${r.durationsS.join('-')}s` : undefined]
    .filter((p) => p !== undefined)
    .join('.')
const row = (r: Omit<PriceRow, 'id'>): PriceRow => ({ id: idOf(r), ...r })

const KLING_NOTE =
  "Kling's API draws prepaid resource-pack units per clip; the USD is the per-clip price Comfy's Kling nodes pass on ($0.14 a std 5 s clip, 3.5x that for pro). What a unit costs depends on the pack bought. kling-v1 is gone from Comfy's Aug 2026 list, which says Kling retires V1.5 on 2026-09-15."
const LUMA_NOTE =
  "Luma bills per million output pixels (ray-2 $0.0064, ray-flash-2 $0.0022 in the same list; 720p x 5 s is about 110.6 Mpx). Comfy's Aug 2026 list charges about 1.43x these (215.22 credits for ray-2 720p 5 s): check Luma's page."
const VEO_FAST_NOTE = `Comfy's Veo node (Google's own API) with audio: 21.1 / 25.32 / 63.3 credits a second; ${CREDITS}. Assumed the same on the Gemini API. Comfy's Oct 2025 list had $0.15/s.`
const VEO_VERTEX_NOTE = `Comfy's veo-3.1-generate rows (84.4 / 42.2 credits a second at 720p-1080p, 126.6 / 84.4 at 4k, with / without audio); ${CREDITS}. The preview id is assumed to bill as veo-3.1-generate.`
const VEO_VERTEX_FAST_NOTE = `Comfy's veo-3.1-fast-generate rows (with / without audio: 21.1 / 16.88 at 720p, 25.32 / 21.1 at 1080p, 63.3 / 52.75 at 4k, credits a second); ${CREDITS}.`
const MINIMAX_NOTE = `59.08 / 118.16 credits (768P, 6 / 10 s), 103.39 (1080P, 6 s), 90.73 (01-Director, 6 s at 720P); ${CREDITS}. The same as Comfy's Oct 2025 list in dollars.`
const SORA_NOTE = `21.10 (sora-2), 63.30 / 105.50 (sora-2-pro, 720p / 1024p sizes) credits a second; ${CREDITS}; the same as Comfy's Oct 2025 list and write-ups of OpenAI's page. Comfy says OpenAI planned to stop serving the Sora 2 API in September 2026; a third-party note of 2026-09-27 quotes OpenAI that it was shut down on 2026-09-24.`
const HIGGSFIELD_NOTE =
  "Not verified: Higgsfield bills credits and its pricing page gives no per-model figure. From memory of Higgsfield Cloud's DoP prices (one ~5 s clip); check before trusting."
const COMFYUI_NOTE = "Open weights run by your own ComfyUI: no provider charges for them. Your own GPU's electricity/time is not counted."

const klingClip = (model: string, mode: string, durationS: number, usd: number) =>
  row({ route: 'kling', model, mode, unit: 'per-clip', usd, durationsS: [durationS], source: COMFY_2025_10, checked: '2025-10', confidence: 'reported', note: KLING_NOTE })
const lumaClip = (model: string, resolution: PriceRow['resolution'], durationS: number, usd: number) =>
  row({ route: 'luma', model, resolution, unit: 'per-clip', usd, durationsS: [durationS], source: COMFY_2025_10, checked: '2025-10', confidence: 'reported', note: LUMA_NOTE })
const veoVertex = (model: string, resolution: PriceRow['resolution'], audio: boolean, usd: number, note: string) =>
  row({ route: 'veo-vertex', model, resolution, audio, unit: 'per-second', usd, source: COMFY_2026_08, checked: '2026-08', confidence: 'reported', note })

export const PRICE_ROWS: readonly PriceRow[] = [
  // Kling (official API): per clip; camera control only on kling-v1 std (text) and kling-v1-5 pro (image).
  klingClip('kling-v1', 'std', 5, 0.14),
  klingClip('kling-v1', 'std', 10, 0.28),
  klingClip('kling-v1-5', 'pro', 5, 0.49),
  klingClip('kling-v1-5', 'pro', 10, 0.98),

  // Luma Dream Machine: per clip of 5 s or 9 s, by resolution.
  lumaClip('ray-2', '540p', 5, 0.4),
  lumaClip('ray-2', '540p', 9, 0.72),
  lumaClip('ray-2', '720p', 5, 0.71),
  lumaClip('ray-2', '720p', 9, 1.27),
  lumaClip('ray-2', '1080p', 5, 1.59),
  lumaClip('ray-2', '1080p', 9, 2.87),
  lumaClip('ray-2', '4k', 5, 6.37),
  lumaClip('ray-2', '4k', 9, 11.47),
  lumaClip('ray-flash-2', '540p', 5, 0.14),
  lumaClip('ray-flash-2', '540p', 9, 0.25),
  lumaClip('ray-flash-2', '720p', 5, 0.24),
  lumaClip('ray-flash-2', '720p', 9, 0.44),
  lumaClip('ray-flash-2', '1080p', 5, 0.55),
  lumaClip('ray-flash-2', '1080p', 9, 0.99),
  lumaClip('ray-flash-2', '4k', 5, 2.19),
  lumaClip('ray-flash-2', '4k', 9, 3.94),

  // Runway: API credits per second of output, 1 credit = $0.01.
  row({
    route: 'runway', model: 'gen4_turbo', unit: 'per-second', usd: 0.05, source: RUNWAY_COSTS, checked: '2026-11', confidence: 'reported',
    note: "5 credits a second at $0.01 a credit (toolcolumn.com, 2026-05: Runway's API docs sell credits at $0.01). Comfy's Oct 2025 list agrees ($0.25 for 5 s); its Aug 2026 list charges 15.09 credits (~$0.07) a second.",
  }),
  row({
    route: 'runway', model: 'gen4.5', unit: 'per-second', usd: 0.12, source: RUNWAY_COSTS, checked: '2026-11', confidence: 'reported',
    note: '12 credits a second at $0.01 a credit; a reseller (developer.muvi.video) also bills $0.12/s. One write-up (modelslab.com) says ~25 credits a second: check Runway\'s page.',
  }),

  // Veo on the Gemini API: per second; Veo 3.x always generates audio there (no generateAudio field).
  ...(['720p', '1080p', '4k'] as const).map((resolution) =>
    row({
      route: 'veo', model: 'veo-3.1-generate-preview', resolution, unit: 'per-second', usd: resolution === '4k' ? 0.6 : 0.4, source: GEMINI_PRICING, checked: '2026-09', confidence: 'reported',
      note: "'Veo 3.1 Standard video with audio: $0.40 (720p and 1080p), $0.60 (4k)', transcribed from ai.google.dev/gemini-api/docs/pricing on 2026-09-20 (not read on Google's page itself).",
    }),
  ),
  ...([['720p', 0.1], ['1080p', 0.12], ['4k', 0.3]] as const).map(([resolution, usd]) =>
    row({ route: 'veo', model: 'veo-3.1-fast-generate-preview', resolution, unit: 'per-second', usd, source: COMFY_2026_08, checked: '2026-08', confidence: 'reported', note: VEO_FAST_NOTE }),
  ),
  row({
    route: 'veo', model: 'veo-2.0-generate-001', unit: 'per-second', usd: 0.35, source: 'https://gptproto.com/news/veo2', checked: '2026-03', confidence: 'reported',
    note: 'A third-party guide; Veo 2 is 720p and silent. Vertex AI charges $0.50/s for the same model (Comfy).',
  }),

  // Veo on Vertex AI: per second; generateAudio is a parameter there, so audio rows are separate.
  row({
    route: 'veo-vertex', model: 'veo-2.0-generate-exp', unit: 'per-second', usd: 0.5, source: 'https://cloud.google.com/vertex-ai/generative-ai/pricing', checked: '2026-11', confidence: 'estimate',
    note: "Not verified: no price found for the experimental, allow-listed model our compiler targets; taken as veo-2.0-generate-001's Vertex price.",
  }),
  row({ route: 'veo-vertex', model: 'veo-2.0-generate-001', unit: 'per-second', usd: 0.5, source: COMFY_2026_08, checked: '2026-08', confidence: 'reported', note: `105.5 credits a second; ${CREDITS}; Comfy's Oct 2025 list: $2.50 for 5 s.` }),
  row({ route: 'veo-vertex', model: 'veo-3.1-generate-preview', audio: true, unit: 'per-second', usd: 0.4, source: COMFY_2026_08, checked: '2026-08', confidence: 'reported', note: VEO_VERTEX_NOTE }),
  row({ route: 'veo-vertex', model: 'veo-3.1-generate-preview', audio: false, unit: 'per-second', usd: 0.2, source: COMFY_2026_08, checked: '2026-08', confidence: 'reported', note: VEO_VERTEX_NOTE }),
  veoVertex('veo-3.1-generate-preview', '4k', true, 0.6, VEO_VERTEX_NOTE),
  veoVertex('veo-3.1-generate-preview', '4k', false, 0.4, VEO_VERTEX_NOTE),
  veoVertex('veo-3.1-fast-generate-preview', '720p', true, 0.1, VEO_VERTEX_FAST_NOTE),
  veoVertex('veo-3.1-fast-generate-preview', '720p', false, 0.08, VEO_VERTEX_FAST_NOTE),
  veoVertex('veo-3.1-fast-generate-preview', '1080p', true, 0.12, VEO_VERTEX_FAST_NOTE),
  veoVertex('veo-3.1-fast-generate-preview', '1080p', false, 0.1, VEO_VERTEX_FAST_NOTE),
  veoVertex('veo-3.1-fast-generate-preview', '4k', true, 0.3, VEO_VERTEX_FAST_NOTE),
  veoVertex('veo-3.1-fast-generate-preview', '4k', false, 0.25, VEO_VERTEX_FAST_NOTE),

  // OpenAI Sora 2: per second, by size class (720p = 1280x720 / 720x1280; 1024p = 1792x1024 / 1024x1792).
  row({ route: 'sora', model: 'sora-2', resolution: '720p', unit: 'per-second', usd: 0.1, source: COMFY_2026_08, checked: '2026-08', confidence: 'reported', note: SORA_NOTE }),
  row({ route: 'sora', model: 'sora-2-pro', resolution: '720p', unit: 'per-second', usd: 0.3, source: COMFY_2026_08, checked: '2026-08', confidence: 'reported', note: SORA_NOTE }),
  row({ route: 'sora', model: 'sora-2-pro', resolution: '1024p', unit: 'per-second', usd: 0.5, source: COMFY_2026_08, checked: '2026-08', confidence: 'reported', note: SORA_NOTE }),

  // Higgsfield DoP: one clip (about 5 s; the API takes no duration).
  row({ route: 'higgsfield', model: 'dop-lite', unit: 'per-clip', usd: 0.125, source: 'https://higgsfield.ai/pricing', checked: '2026-11', confidence: 'estimate', note: HIGGSFIELD_NOTE }),
  row({ route: 'higgsfield', model: 'dop-turbo', unit: 'per-clip', usd: 0.41, source: 'https://higgsfield.ai/pricing', checked: '2026-11', confidence: 'estimate', note: HIGGSFIELD_NOTE }),
  row({ route: 'higgsfield', model: 'dop-standard', unit: 'per-clip', usd: 0.56, source: 'https://higgsfield.ai/pricing', checked: '2026-11', confidence: 'estimate', note: HIGGSFIELD_NOTE }),

  // MiniMax Hailuo: per clip (768P: 6 or 10 s; 1080P: 6 s; 01-Director: 6 s at 720P).
  row({ route: 'minimax', model: 'MiniMax-Hailuo-02', resolution: '768p', unit: 'per-clip', usd: 0.28, durationsS: [6], source: COMFY_2026_08, checked: '2026-08', confidence: 'reported', note: MINIMAX_NOTE }),
  row({ route: 'minimax', model: 'MiniMax-Hailuo-02', resolution: '768p', unit: 'per-clip', usd: 0.56, durationsS: [10], source: COMFY_2026_08, checked: '2026-08', confidence: 'reported', note: MINIMAX_NOTE }),
  row({ route: 'minimax', model: 'MiniMax-Hailuo-02', resolution: '1080p', unit: 'per-clip', usd: 0.49, durationsS: [6], source: COMFY_2026_08, checked: '2026-08', confidence: 'reported', note: MINIMAX_NOTE }),
  row({ route: 'minimax', model: 'T2V-01-Director', unit: 'per-clip', usd: 0.43, durationsS: [6], source: COMFY_2026_08, checked: '2026-08', confidence: 'reported', note: MINIMAX_NOTE }),
  row({ route: 'minimax', model: 'I2V-01-Director', unit: 'per-clip', usd: 0.43, durationsS: [6], source: COMFY_2026_08, checked: '2026-08', confidence: 'reported', note: MINIMAX_NOTE }),

  // fal.ai: the endpoint the adapter calls for a kling payload (server/providers/fal.ts).
  ...([[5, 0.14], [10, 0.28]] as const).map(([d, usd]) =>
    row({
      route: 'fal', model: 'fal-ai/kling-video/v1/standard/text-to-video', unit: 'per-clip', usd, durationsS: [d], source: 'https://fal.ai/models/fal-ai/kling-video/v1/standard/text-to-video/api', checked: '2026-11', confidence: 'estimate',
      note: "Not verified: the stored copy of fal's page for this endpoint shows no price; taken as Kling's own kling-v1 std price. fal bills its Kling endpoints per clip plus per extra second.",
    }),
  ),

  // Replicate: the model the adapter calls for a minimax payload (server/providers/replicate.ts), 6 s only.
  row({
    route: 'replicate', model: 'minimax/video-01-director', unit: 'per-clip', usd: 0.5, durationsS: [6], source: 'https://replicate.com/minimax/video-01-director', checked: '2026-11', confidence: 'estimate',
    note: "Not verified: Replicate prices this official model per video but the stored page shows no figure; from memory. MiniMax's own T2V-01-Director is $0.43 a clip (Comfy); a reseller (runware.ai) bills $0.28.",
  }),

  // ComfyUI: self-hosted, nothing to pay a provider.
  row({ route: 'comfyui', model: 'Wan2.1-Fun-V1.1-1.3B-Control-Camera', unit: 'per-clip', usd: 0, source: 'https://huggingface.co/alibaba-pai/Wan2.1-Fun-V1.1-1.3B-Control-Camera', checked: '2026-11', confidence: 'published', note: COMFYUI_NOTE }),
  row({ route: 'comfyui', model: 'Wan2.1-Fun-V1.1-14B-Control-Camera', unit: 'per-clip', usd: 0, source: 'https://huggingface.co/alibaba-pai/Wan2.1-Fun-V1.1-14B-Control-Camera', checked: '2026-11', confidence: 'published', note: COMFYUI_NOTE }),
]
