/**
 * The body checks of the fake Veo endpoints (predictLongRunning), per the Gemini API and Vertex
 * references (research/providers.md section 4): an unknown field is refused the way Google's JSON
 * parser refuses it (400 with a BadRequest field violation), a bad value with a message that names
 * the field. Returns a google.rpc.Status-shaped error, or undefined when the body is good.
 */
export interface GoogleStatus {
  readonly code: number
  readonly message: string
  readonly status: string
  readonly details?: readonly Record<string, unknown>[]
}

const CAMERA = ['fixed', 'pan_left', 'pan_right', 'tilt_up', 'tilt_down', 'truck_left', 'truck_right', 'pedestal_up', 'pedestal_down', 'push_in', 'pull_out']
const GEMINI_INSTANCE = ['prompt', 'image', 'lastFrame', 'referenceImages', 'video']
const VERTEX_INSTANCE = [...GEMINI_INSTANCE, 'mask', 'cameraControl']
const GEMINI_PARAMS = ['aspectRatio', 'durationSeconds', 'resolution', 'negativePrompt', 'personGeneration', 'sampleCount', 'enhancePrompt']
const VERTEX_PARAMS = [...GEMINI_PARAMS, 'fps', 'seed', 'generateAudio', 'storageUri', 'compressionQuality', 'resizeMode', 'pubsubTopic']

const invalid = (message: string): GoogleStatus => ({ code: 400, message, status: 'INVALID_ARGUMENT' })
const unknownName = (name: string, at: string): GoogleStatus => {
  const message = `Invalid JSON payload received. Unknown name "${name}" at '${at}': Cannot find field.`
  return { ...invalid(message), details: [{ '@type': 'type.googleapis.com/google.rpc.BadRequest', fieldViolations: [{ field: at, description: message }] }] }
}
const obj = (v: unknown): Record<string, unknown> | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined)

export const validateVeoBody = (body: unknown, o: { vertex: boolean; model: string }): GoogleStatus | undefined => {
  const b = obj(body)
  if (!b) return invalid('Invalid JSON payload received.')
  for (const k of Object.keys(b)) if (!['instances', 'parameters'].includes(k)) return unknownName(k, '')
  const instances = b.instances
  if (!Array.isArray(instances) || instances.length !== 1 || !obj(instances[0])) return invalid('`instances` must hold exactly one instance.')
  const inst = obj(instances[0])!
  for (const k of Object.keys(inst)) if (!(o.vertex ? VERTEX_INSTANCE : GEMINI_INSTANCE).includes(k)) return unknownName(k, 'instances[0]')
  if (inst.prompt !== undefined && typeof inst.prompt !== 'string') return invalid('`prompt` must be a string.')
  if (!inst.prompt && !inst.image) return invalid('`prompt` is required when no `image` is given.')
  if (inst.image !== undefined) {
    const img = obj(inst.image)
    const bytes = img?.bytesBase64Encoded
    if (!img || (typeof bytes !== 'string' && typeof img.gcsUri !== 'string')) return invalid('`image` needs bytesBase64Encoded or gcsUri.')
    if (typeof bytes === 'string' && !/^[A-Za-z0-9+/]*={0,2}$/.test(bytes)) return invalid('`image.bytesBase64Encoded` is not valid base64.')
    if (!['image/png', 'image/jpeg'].includes(String(img.mimeType))) return invalid(`Unsupported \`image\` mimeType: ${String(img.mimeType)}.`)
  }
  if (inst.cameraControl !== undefined) {
    if (!CAMERA.includes(String(inst.cameraControl))) return invalid(`Invalid \`cameraControl\` value: ${String(inst.cameraControl)}.`)
    if (!inst.image) return invalid('`cameraControl` requires an input `image`.')
  }
  const params = obj(b.parameters) ?? {}
  for (const k of Object.keys(params)) if (!(o.vertex ? VERTEX_PARAMS : GEMINI_PARAMS).includes(k)) return unknownName(k, 'parameters')
  const veo2 = o.model.startsWith('veo-2.')
  const d = params.durationSeconds
  if (d !== undefined && (typeof d !== 'number' || !(veo2 ? d >= 5 && d <= 8 && Number.isInteger(d) : [4, 6, 8].includes(d))))
    return invalid(`The number value for \`durationSeconds\` is out of bound. Please provide a value ${veo2 ? 'between 5 and 8' : 'of 4, 6 or 8'}.`)
  if (params.aspectRatio !== undefined && !['16:9', '9:16'].includes(String(params.aspectRatio))) return invalid(`Unsupported \`aspectRatio\`: ${String(params.aspectRatio)}.`)
  if (params.resolution !== undefined && !['720p', '1080p'].includes(String(params.resolution))) return invalid(`Unsupported \`resolution\`: ${String(params.resolution)}.`)
  if (params.resolution === '1080p' && d !== undefined && d !== 8) return invalid('`resolution` 1080p is only supported with durationSeconds 8.')
  const n = params.sampleCount
  if (n !== undefined && (typeof n !== 'number' || n < 1 || n > 4)) return invalid('`sampleCount` must be between 1 and 4.')
  if (params.storageUri !== undefined && !/^gs:\/\/[^/]+\//.test(String(params.storageUri))) return invalid('`storageUri` must be a gs:// URI.')
  return undefined
}
