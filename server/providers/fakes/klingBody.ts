/**
 * The fake Kling's body checks, from Kling's text2video / image2video request tables
 * (research/providers.md section 1): the first problem as Kling's 1201 message, or undefined.
 */
const MODELS = ['kling-v1', 'kling-v1-5', 'kling-v1-6', 'kling-v2-master', 'kling-v2-1', 'kling-v2-1-master', 'kling-v2-5-turbo', 'kling-v2-6']
const CAMERA_TYPES = ['simple', 'down_back', 'forward_up', 'right_turn_forward', 'left_turn_forward']
const AXES = ['horizontal', 'vertical', 'pan', 'tilt', 'roll', 'zoom']

const oneOf = (body: Record<string, unknown>, field: string, values: readonly string[]) =>
  body[field] === undefined || values.includes(body[field] as string) ? undefined : `${field} must be one of ${values.join(', ')}`

const text = (body: Record<string, unknown>, field: string, required: boolean) => {
  const v = body[field]
  if (v === undefined) return required ? `${field} is required` : undefined
  return typeof v !== 'string' || (required && !v.trim()) || v.length > 2500 ? `${field} must be a string of 1 to 2500 characters` : undefined
}

const image = (body: Record<string, unknown>, field: string) => {
  const v = body[field]
  if (v === undefined) return undefined
  if (typeof v !== 'string' || !v) return `${field} must be a URL or base64`
  if (v.startsWith('data:')) return `${field} must be raw base64 without a data: prefix`
  if (/^https?:\/\//.test(v)) return undefined
  return /^[A-Za-z0-9+/]+={0,2}$/.test(v) && Buffer.from(v, 'base64').length <= 10 * 1024 * 1024 ? undefined : `${field} is not valid base64 of at most 10 MB`
}

const cameraControl = (v: unknown) => {
  if (v === undefined) return undefined
  const c = v as { type?: unknown; config?: unknown }
  if (!c || typeof c !== 'object' || !CAMERA_TYPES.includes(c.type as string)) return `camera_control.type must be one of ${CAMERA_TYPES.join(', ')}`
  if (c.type !== 'simple') return c.config == null ? undefined : 'camera_control.config must be empty unless type is simple'
  const config = c.config as Record<string, unknown> | null
  if (!config || typeof config !== 'object') return 'camera_control.config is required when type is simple'
  for (const a of AXES) if (typeof config[a] !== 'number' || Math.abs(config[a] as number) > 10) return `camera_control.config.${a} must be a number in [-10, 10]`
  return AXES.filter((a) => config[a] !== 0).length === 1 ? undefined : 'camera_control.config must have exactly one non-zero field'
}

export const validateKlingBody = (kind: 'text2video' | 'image2video', raw: unknown): string | undefined => {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return 'the body must be a JSON object'
  const body = raw as Record<string, unknown>
  const checks = [
    oneOf(body, 'model_name', MODELS),
    oneOf(body, 'mode', ['std', 'pro']),
    oneOf(body, 'duration', ['5', '10']),
    text(body, 'prompt', kind === 'text2video'),
    text(body, 'negative_prompt', false),
    body.cfg_scale === undefined || (typeof body.cfg_scale === 'number' && body.cfg_scale >= 0 && body.cfg_scale <= 1) ? undefined : 'cfg_scale must be a number in [0, 1]',
    body.external_task_id === undefined || typeof body.external_task_id === 'string' ? undefined : 'external_task_id must be a string',
    cameraControl(body.camera_control),
  ]
  if (kind === 'text2video') checks.push(oneOf(body, 'aspect_ratio', ['16:9', '9:16', '1:1']))
  else {
    checks.push(image(body, 'image'), image(body, 'image_tail'))
    if (body.image === undefined && body.image_tail === undefined) checks.push('image or image_tail is required')
    if (body.camera_control !== undefined && (body.image_tail !== undefined || body.static_mask !== undefined || body.dynamic_masks !== undefined))
      checks.push('camera_control cannot be combined with image_tail or a motion brush')
  }
  return checks.find((c) => c !== undefined)
}
