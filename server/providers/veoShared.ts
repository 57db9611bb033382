/**
 * What the two Veo adapters (Gemini API and Vertex AI, both on `@google/genai`) share: the compiled
 * REST body (`{ instances: [{ prompt, ... }], parameters: { ... } }`, src/compilers/veo*) turned
 * into `models.generateVideos` parameters, and a finished long-running operation read as a status.
 */
import { type GenerateVideosConfig, type GenerateVideosOperation, type GenerateVideosParameters, type Video } from '@google/genai'
import type { ProviderStatus, StartImage } from '../generations/types'
import { type ClassifyHints, ProviderError, providerMessage, sanitizeProviderText } from './http'
import { base64Of, failedTask, record } from './shared'

/** REST `parameters` -> GenerateVideosConfig, for both APIs. */
const CONFIG: Readonly<Record<string, keyof GenerateVideosConfig>> = {
  aspectRatio: 'aspectRatio',
  durationSeconds: 'durationSeconds',
  resolution: 'resolution',
  negativePrompt: 'negativePrompt',
  personGeneration: 'personGeneration',
  enhancePrompt: 'enhancePrompt',
  sampleCount: 'numberOfVideos',
}
/** Parameters only Vertex takes (the SDK refuses them for the Gemini API). */
const VERTEX_CONFIG: Readonly<Record<string, keyof GenerateVideosConfig>> = {
  fps: 'fps',
  seed: 'seed',
  generateAudio: 'generateAudio',
  storageUri: 'outputGcsUri',
  compressionQuality: 'compressionQuality',
  resizeMode: 'resizeMode',
}

export const VEO_FIELDS = ['prompt', 'image', 'cameraControl', ...Object.keys(CONFIG), ...Object.keys(VERTEX_CONFIG)]
/** The start image types Veo documents (instances[].image.mimeType). */
const VEO_IMAGE_TYPES: readonly StartImage['mimeType'][] = ['image/png', 'image/jpeg']

/** Google API keys and OAuth access tokens, wherever they appear in a provider's text. */
const GOOGLE_SECRET = /\b(AIza[0-9A-Za-z_-]{20,}|ya29\.[0-9A-Za-z_.-]+)/g
const clean = (text: string, secrets: readonly string[]) => sanitizeProviderText(text.replace(GOOGLE_SECRET, '[redacted]'), secrets)

/** Whether an SDK request is a video create (POST .../models/{model}:predictLongRunning), on either API. */
export const isVeoCreate = (r: { readonly method: string; readonly url: URL }): boolean => r.method === 'POST' && r.url.pathname.endsWith(':predictLongRunning')

export interface VeoRequest {
  readonly params: GenerateVideosParameters
  /** Instance fields the SDK has no typed slot for (Vertex cameraControl), sent as httpOptions.extraBody. */
  readonly extraBody?: Record<string, unknown>
}

/**
 * The SDK call for a compiled body. `vertex` allows Vertex's extra parameters and cameraControl;
 * anything else is refused here, naming the field, rather than dropped.
 */
export const veoRequest = (payload: unknown, startImage: StartImage | undefined, o: { model: string; vertex: boolean; hints: ClassifyHints }): VeoRequest => {
  const fail = (field: string, message?: string) => new ProviderError('invalid-parameter', message ?? providerMessage('invalid-parameter', { ...o.hints, field }), { field })
  const p = record(payload)
  const instances = p?.instances
  const instance = Array.isArray(instances) && instances.length === 1 ? record(instances[0]) : undefined
  if (!p || !instance) throw fail('instances')
  const { prompt, image: _placeholder, cameraControl, ...otherInstance } = instance
  const unknownInstance = Object.keys(otherInstance)[0] ?? (cameraControl !== undefined && !o.vertex ? 'cameraControl' : undefined)
  if (unknownInstance) throw fail(unknownInstance)
  if (typeof prompt !== 'string' || !prompt.trim()) throw fail('prompt')
  const config: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(record(p.parameters) ?? {})) {
    const to = CONFIG[k] ?? (o.vertex ? VERTEX_CONFIG[k] : undefined)
    if (!to) throw fail(k)
    config[to] = v
  }
  if (startImage && !VEO_IMAGE_TYPES.includes(startImage.mimeType)) throw fail('image', `${o.hints.provider} takes a PNG or JPEG start image: convert it and try again.`)
  const image = startImage ? { imageBytes: base64Of(startImage), mimeType: startImage.mimeType } : undefined
  const model = typeof p.model === 'string' && /^[\w.-]+$/.test(p.model) ? p.model : o.model
  const params: GenerateVideosParameters = { model, source: { prompt, ...(image ? { image } : {}) }, config: config as GenerateVideosConfig }
  if (cameraControl === undefined) return { params }
  if (typeof cameraControl !== 'string') throw fail('cameraControl')
  // The REST instance as the SDK writes it, plus the field it has no slot for (arrays replace whole).
  const restImage = image ? { image: { bytesBase64Encoded: image.imageBytes, mimeType: image.mimeType } } : {}
  return { params, extraBody: { instances: [{ prompt, ...restImage, cameraControl }] } }
}

/** A polled operation as a status; `urlOf` picks the video's URL (or throws). */
export const veoStatus = (op: GenerateVideosOperation, hints: ClassifyHints, secrets: readonly string[], urlOf: (video: Video) => string | undefined): ProviderStatus => {
  if (!op.done) return { status: 'running' }
  if (op.error) return failedTask(typeof op.error.message === 'string' ? clean(op.error.message, secrets) : '', hints)
  const response = op.response
  for (const g of response?.generatedVideos ?? []) {
    const url = g.video ? urlOf(g.video) : undefined
    if (url) return { status: 'succeeded', progress: 1, videoUrl: url }
  }
  if ((response?.raiMediaFilteredCount ?? 0) > 0) {
    const reason = response?.raiMediaFilteredReasons?.find((r) => typeof r === 'string')
    return failedTask(reason ? clean(reason, secrets) : 'its safety filters removed the video', hints, { said: 'moderation' })
  }
  throw new ProviderError('malformed-response', providerMessage('malformed-response', hints))
}
