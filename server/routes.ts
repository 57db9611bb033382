/**
 * The generation routes (CONTRACTS.md section 4) declared as data: who they are, the env vars
 * each needs on the server, the compile targets each takes and the provider's limits.
 * `listRoutes` says which are usable with the given environment; it reads only whether a
 * variable is set, never puts a value in its answer.
 */
import type { TargetConstraints } from '../src/compilers'

export type ServerEnv = Readonly<Record<string, string | undefined>>

export type RouteKind = 'embedded' | 'hosted' | 'self-hosted'

export interface RouteSpec {
  readonly id: string
  readonly label: string
  readonly kind: RouteKind
  /** Env vars that must all be set (non-empty) for the route to be enabled. */
  readonly requiredEnv: readonly string[]
  /** Also needs Google application default credentials (veo-vertex). */
  readonly needsGoogleCredentials?: boolean
  /** Where the route sends requests: env var that overrides it (CONTRACTS.md section 4). */
  readonly baseUrlEnv?: string
  readonly targets: readonly string[]
  /** Provider limits (research/providers.md; some values are marked unverified there). */
  readonly limits: TargetConstraints
}

const hosted = (id: string, label: string, requiredEnv: string[], targets: string[], limits: TargetConstraints): RouteSpec => ({
  id,
  label,
  kind: 'hosted',
  requiredEnv,
  baseUrlEnv: `${id.toUpperCase().replace(/-/g, '_')}_BASE_URL`,
  targets,
  limits,
})

const WIDE_AND_TALL = ['16:9', '9:16'] as const

export const ROUTE_SPECS: readonly RouteSpec[] = [
  { id: 'previs', label: 'Previs (in the browser)', kind: 'embedded', requiredEnv: [], targets: ['trajectory'], limits: {} },
  hosted('kling', 'Kling', ['KLING_ACCESS_KEY', 'KLING_SECRET_KEY'], ['kling'], { durationsS: [5, 10], aspects: ['16:9', '9:16', '1:1'], maxSimultaneousMoves: 1 }),
  hosted('luma', 'Luma Dream Machine', ['LUMAAI_API_KEY'], ['luma'], { durationsS: [5, 9], aspects: ['16:9', '9:16', '1:1', '4:3', '21:9'] }),
  hosted('runway', 'Runway', ['RUNWAYML_API_SECRET'], ['runway'], { minDurationS: 2, maxDurationS: 10, aspects: ['16:9', '9:16', '1:1', '4:3', '21:9'] }),
  hosted('veo', 'Google Veo (Gemini API)', ['GEMINI_API_KEY'], ['veo'], { durationsS: [4, 6, 8], aspects: WIDE_AND_TALL }),
  {
    ...hosted('veo-vertex', 'Google Veo (Vertex AI)', ['GOOGLE_CLOUD_PROJECT', 'GOOGLE_CLOUD_LOCATION'], ['veo-vertex'], { durationsS: [4, 6, 8], aspects: WIDE_AND_TALL, maxSimultaneousMoves: 1 }),
    needsGoogleCredentials: true,
  },
  hosted('sora', 'OpenAI Sora 2', ['OPENAI_API_KEY'], ['sora'], { durationsS: [4, 8, 12], aspects: WIDE_AND_TALL }),
  hosted('higgsfield', 'Higgsfield', ['HF_API_KEY', 'HF_API_SECRET'], ['higgsfield'], { durationsS: [5], maxSimultaneousMoves: 2 }),
  hosted('minimax', 'MiniMax Hailuo', ['MINIMAX_API_KEY'], ['minimax'], { durationsS: [6, 10], aspects: ['16:9'], maxSimultaneousMoves: 3 }),
  hosted('fal', 'fal.ai', ['FAL_KEY'], ['kling', 'pixverse', 'seedance', 'minimax'], { notes: ['Limits are those of the model chosen.'] }),
  hosted('replicate', 'Replicate', ['REPLICATE_API_TOKEN'], ['minimax'], { notes: ['Limits are those of the model chosen.'] }),
  {
    id: 'comfyui',
    label: 'ComfyUI (self-hosted)',
    kind: 'self-hosted',
    requiredEnv: ['COMFYUI_URL'],
    targets: ['comfyui-wan-camera'],
    limits: { fps: 16, frameCounts: [81], notes: ['Wan 2.1 Fun Camera on your own GPU.'] },
  },
]

export interface RouteStatus {
  readonly id: string
  readonly label: string
  readonly kind: RouteKind
  readonly enabled: boolean
  /** Why it is disabled and what to set (only when disabled). */
  readonly reason?: string
  /** The names (never the values) of the env vars it needs. */
  readonly env: readonly string[]
  readonly targets: readonly string[]
  readonly limits: TargetConstraints
}

export interface RouteCheckOptions {
  /** Whether Google application default credentials can be found (default: GOOGLE_APPLICATION_CREDENTIALS is set). */
  readonly googleCredentialsAvailable?: boolean
}

const isSet = (env: ServerEnv, name: string) => (env[name] ?? '').trim() !== ''

const joinAnd = (names: readonly string[]) => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`)

const disabledReason = (spec: RouteSpec, env: ServerEnv, options: RouteCheckOptions): string | undefined => {
  const missing = spec.requiredEnv.filter((name) => !isSet(env, name))
  if (missing.length) return `Set ${joinAnd(missing)} on the server`
  const adc = options.googleCredentialsAvailable ?? isSet(env, 'GOOGLE_APPLICATION_CREDENTIALS')
  if (spec.needsGoogleCredentials && !adc)
    return 'Provide Google application default credentials on the server (GOOGLE_APPLICATION_CREDENTIALS, or gcloud auth application-default login)'
  return undefined
}

export const listRoutes = (env: ServerEnv, options: RouteCheckOptions = {}): RouteStatus[] =>
  ROUTE_SPECS.map((spec) => {
    const reason = disabledReason(spec, env, options)
    return {
      id: spec.id,
      label: spec.label,
      kind: spec.kind,
      enabled: reason === undefined,
      ...(reason ? { reason } : {}),
      env: spec.needsGoogleCredentials ? [...spec.requiredEnv, 'GOOGLE_APPLICATION_CREDENTIALS'] : spec.requiredEnv,
      targets: spec.targets,
      limits: spec.limits,
    }
  })
