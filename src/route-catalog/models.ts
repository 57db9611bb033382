/**
 * The models (or modes) a route can send a shot to, as data: which provider model each names, what
 * it changes in the compiled payload, whether it starts from an image, and its limits in words. The
 * compilers emit each route's default model; choosing another rewrites only the fields named here.
 */

type Payload = Readonly<Record<string, unknown>>

export type StartImageUse = 'required' | 'optional' | 'none'

export interface RouteModel {
  /** The provider's model id (unique within its route). */
  readonly id: string
  readonly label: string
  /** The payload for this model, from the compiled payload of the route's target. */
  readonly apply: (payload: Payload) => Payload
  /** Whether it takes the shot's start frame (rendered by previs for now). */
  readonly startImage: StartImageUse
  /** Its limits, one short line each. */
  readonly constraints: readonly string[]
  /** Why this shot's payload cannot go to this model (one sentence), or null. */
  readonly refuse?: (payload: Payload) => string | null
}

const setFields =
  (fields: Payload) =>
  (p: Payload): Payload => ({ ...p, ...fields })

const asCompiled = (p: Payload): Payload => p

const recordOf = (v: unknown): Payload | undefined => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Payload) : undefined)

const klingSimpleOnly = (p: Payload): string | null => {
  const type = recordOf(p.camera_control)?.type
  return type === undefined || type === 'simple'
    ? null
    : `Kling v1.5 image to video takes only the simple camera type (one axis), and this shot compiles to Kling's '${String(type)}' preset: send it to Kling v1 instead.`
}

const veoDuration = (p: Payload): number | undefined => {
  const d = recordOf(p.parameters)?.durationSeconds
  return typeof d === 'number' ? d : undefined
}

/** Veo 2 on the Gemini API: 5 to 8 s, no resolution parameter. */
const toVeo2 = (p: Payload): Payload => {
  const { resolution: _resolution, ...parameters } = recordOf(p.parameters) ?? {}
  return { ...p, model: 'veo-2.0-generate-001', parameters }
}

export const ROUTE_MODELS: Readonly<Record<string, readonly RouteModel[]>> = {
  kling: [
    {
      id: 'kling-v1',
      label: 'Kling v1 · std · text to video',
      apply: setFields({ model_name: 'kling-v1', mode: 'std' }),
      startImage: 'none',
      constraints: ['Camera control on 5 s clips; 720p, 30 fps.', 'Made from the prompt alone (no start frame).'],
    },
    {
      id: 'kling-v1-5',
      label: 'Kling v1.5 · pro · image to video',
      apply: setFields({ model_name: 'kling-v1-5', mode: 'pro' }),
      startImage: 'required',
      constraints: ['Camera control on 5 s clips, one axis (simple) only; 1080p.', 'Starts from the shot’s first frame.'],
      refuse: klingSimpleOnly,
    },
  ],
  luma: [
    { id: 'ray-2', label: 'Ray 2', apply: setFields({ model: 'ray-2' }), startImage: 'optional', constraints: ['5 s or 9 s; 540p to 4k.', 'A start frame needs a public URL of this server.'] },
    { id: 'ray-flash-2', label: 'Ray Flash 2 (faster, cheaper)', apply: setFields({ model: 'ray-flash-2' }), startImage: 'optional', constraints: ['5 s or 9 s; 540p to 4k.', 'A start frame needs a public URL of this server.'] },
  ],
  runway: [
    { id: 'gen4_turbo', label: 'Gen-4 Turbo', apply: setFields({ model: 'gen4_turbo' }), startImage: 'required', constraints: ['5 s or 10 s, from the shot’s first frame.', 'No camera field: the move is in the prompt.'] },
    { id: 'gen4.5', label: 'Gen-4.5', apply: setFields({ model: 'gen4.5' }), startImage: 'optional', constraints: ['2 to 10 s, from the shot’s first frame.', 'No camera field: the move is in the prompt.'] },
  ],
  veo: [
    { id: 'veo-3.1-generate-preview', label: 'Veo 3.1', apply: setFields({ model: 'veo-3.1-generate-preview' }), startImage: 'required', constraints: ['4, 6 or 8 s; 720p (1080p for 8 s); with sound.'] },
    { id: 'veo-3.1-fast-generate-preview', label: 'Veo 3.1 Fast', apply: setFields({ model: 'veo-3.1-fast-generate-preview' }), startImage: 'required', constraints: ['4, 6 or 8 s; 720p; faster and cheaper than Veo 3.1.'] },
    {
      id: 'veo-2.0-generate-001',
      label: 'Veo 2',
      apply: toVeo2,
      startImage: 'required',
      constraints: ['5 to 8 s; 720p; silent.'],
      refuse: (p) => {
        const d = veoDuration(p)
        return d !== undefined && (d < 5 || d > 8) ? `Veo 2 makes clips of 5 to 8 s and this shot compiles to ${d} s: make the shot 5 s or longer, or use Veo 3.1.` : null
      },
    },
  ],
  'veo-vertex': [{ id: 'veo-2.0-generate-exp', label: 'Veo 2 (experimental, camera presets)', apply: asCompiled, startImage: 'required', constraints: ['5 to 8 s; 720p, 24 fps; one camera preset per clip.'] }],
  sora: [
    { id: 'sora-2', label: 'Sora 2', apply: setFields({ model: 'sora-2' }), startImage: 'none', constraints: ['4, 8 or 12 s; 1280×720 or 720×1280.', 'No camera field: the move is in the prompt.'] },
    { id: 'sora-2-pro', label: 'Sora 2 Pro (higher quality)', apply: setFields({ model: 'sora-2-pro' }), startImage: 'none', constraints: ['4, 8 or 12 s; up to 1792×1024.', 'No camera field: the move is in the prompt.'] },
  ],
  higgsfield: [
    { id: 'dop-turbo', label: 'DoP Turbo', apply: setFields({ model: 'dop-turbo' }), startImage: 'required', constraints: ['About 5 s, from the shot’s first frame; up to two motions.'] },
    { id: 'dop-lite', label: 'DoP Lite (cheaper)', apply: setFields({ model: 'dop-lite' }), startImage: 'required', constraints: ['About 5 s, from the shot’s first frame; up to two motions.'] },
    { id: 'dop-standard', label: 'DoP Standard (best quality)', apply: setFields({ model: 'dop-standard' }), startImage: 'required', constraints: ['About 5 s, from the shot’s first frame; up to two motions.'] },
  ],
  minimax: [
    { id: 'MiniMax-Hailuo-02', label: 'Hailuo 02', apply: setFields({ model: 'MiniMax-Hailuo-02' }), startImage: 'none', constraints: ['6 s at 1080p or 10 s at 768p; up to three bracketed moves.'] },
    { id: 'MiniMax-Hailuo-2.3', label: 'Hailuo 2.3', apply: setFields({ model: 'MiniMax-Hailuo-2.3' }), startImage: 'none', constraints: ['6 s at 1080p or 10 s at 768p; up to three bracketed moves.'] },
  ],
  fal: [{ id: 'as-compiled', label: 'Kling camera control on fal', apply: asCompiled, startImage: 'none', constraints: ['The model the Kling payload names, run on fal’s queue.'] }],
  replicate: [{ id: 'as-compiled', label: 'MiniMax Video-01 Director on Replicate', apply: asCompiled, startImage: 'none', constraints: ['6 s at 720p; bracketed camera moves.'] }],
  comfyui: [{ id: 'as-compiled', label: 'Wan 2.1 Fun Camera (your GPU)', apply: asCompiled, startImage: 'required', constraints: ['81 frames at 16 fps from the shot’s first frame; the exact camera path.'] }],
}

/** The models a route offers (none for previs and unknown routes). */
export const routeModels = (routeId: string): readonly RouteModel[] => ROUTE_MODELS[routeId] ?? []

/** The model the compiler emits for the route (the first listed). */
export const defaultRouteModel = (routeId: string): RouteModel | undefined => routeModels(routeId)[0]

/** A model of the route by id; the route's default when the id is unknown or absent. */
export const routeModel = (routeId: string, modelId?: string): RouteModel | undefined =>
  routeModels(routeId).find((m) => m.id === modelId) ?? defaultRouteModel(routeId)

export type AppliedModel =
  | { readonly ok: true; readonly payload: Payload; readonly model: RouteModel | undefined }
  | { readonly ok: false; readonly reason: string }

/** The compiled payload for the chosen model of a route, or why this shot cannot go to it. */
export const applyRouteModel = (routeId: string, modelId: string | undefined, payload: unknown): AppliedModel => {
  const p = recordOf(payload)
  if (!p) return { ok: false, reason: 'This route’s payload is not a JSON object.' }
  const model = routeModel(routeId, modelId)
  if (!model) return { ok: true, payload: p, model: undefined }
  const reason = model.refuse?.(p) ?? null
  if (reason) return { ok: false, reason }
  // the compiler already wrote the default model's payload
  return { ok: true, payload: model === defaultRouteModel(routeId) ? p : model.apply(p), model }
}
