/**
 * The generation routes (CONTRACTS.md section 4) declared as data: who they are, the env vars
 * each needs on the server, the compile targets each takes, whether they take a start image and the
 * provider's limits. `listRoutes` says which are usable with the given environment (and, for a
 * self-hosted route, whether it answered at its address, as `routeProbe.ts` found out); it is pure,
 * reads only whether a variable is set, and never puts a value in its answer.
 */
import type { TargetConstraints } from '../src/compilers'

export type ServerEnv = Readonly<Record<string, string | undefined>>

export type RouteKind = 'embedded' | 'hosted' | 'self-hosted'

/**
 * What a route does with the shot's start image: sends it ('accepted'), can send it only as a public
 * URL of this server, so only with FRAMEWRIGHT_PUBLIC_URL set ('needs-public-url'), or takes none ('not-taken').
 */
export type StartImageUse = 'accepted' | 'needs-public-url' | 'not-taken'

/** The public base URL of this server (FRAMEWRIGHT_PUBLIC_URL), for providers that fetch what it serves; undefined when unset or not http(s). */
export const publicUrlOf = (env: ServerEnv): string | undefined => {
  const v = env.FRAMEWRIGHT_PUBLIC_URL?.trim()
  return v && /^https?:\/\/[^/]/.test(v) && URL.canParse(v) ? v : undefined
}

export const COMFYUI_DEFAULT_URL = 'http://127.0.0.1:8188'

/** ComfyUI's address as the adapter reads it: COMFYUI_BASE_URL (wins), COMFYUI_URL, else the default. */
export const comfyuiUrlOf = (env: ServerEnv): string => env.COMFYUI_BASE_URL?.trim() || env.COMFYUI_URL?.trim() || COMFYUI_DEFAULT_URL

/** An address as it may be shown: scheme, host and port only (never a user or password in it); null when it is not an http(s) URL. */
export const shownAddress = (url: string): string | null => {
  if (!URL.canParse(url)) return null
  const u = new URL(url)
  return /^https?:$/.test(u.protocol) ? u.origin : null
}

/** A self-hosted route: a server the user runs, checked by asking it (`routeProbe.ts`). */
export interface SelfHostedSpec {
  /** Its name in messages ("ComfyUI"). */
  readonly name: string
  /** The variable that says where it runs (named in messages). */
  readonly urlEnv: string
  readonly urlOf: (env: ServerEnv) => string
  /** Where it runs when the variable is unset. */
  readonly defaultUrl: string
  /** A cheap GET that any running instance answers with 2xx (ComfyUI: /system_stats). */
  readonly probePath: string
}

export interface RouteSpec {
  readonly id: string
  readonly label: string
  readonly kind: RouteKind
  /** Env vars that must all be set (non-empty) for the route to be enabled. */
  readonly requiredEnv: readonly string[]
  /** Also needs Google application default credentials (veo-vertex). */
  readonly needsGoogleCredentials?: boolean
  /** Env vars it reads when set (listed in `env`, never required). */
  readonly optionalEnv?: readonly string[]
  /** Where the route sends requests: env var that overrides it (CONTRACTS.md section 4). */
  readonly baseUrlEnv?: string
  /** Set for a server the user runs: enabled only when it answers. */
  readonly selfHosted?: SelfHostedSpec
  /** What its adapter does with a start image ('needs-public-url': only as a public URL of this server). */
  readonly startImage: StartImageUse
  readonly targets: readonly string[]
  /** Provider limits (research/providers.md; some values are marked unverified there). */
  readonly limits: TargetConstraints
}

const hosted = (id: string, label: string, requiredEnv: string[], startImage: StartImageUse, targets: string[], limits: TargetConstraints): RouteSpec => ({
  id,
  label,
  kind: 'hosted',
  requiredEnv,
  baseUrlEnv: `${id.toUpperCase().replace(/-/g, '_')}_BASE_URL`,
  startImage,
  targets,
  limits,
})

const WIDE_AND_TALL = ['16:9', '9:16'] as const

export const ROUTE_SPECS: readonly RouteSpec[] = [
  { id: 'previs', label: 'Previs (in the browser)', kind: 'embedded', requiredEnv: [], startImage: 'not-taken', targets: ['trajectory'], limits: {} },
  hosted('kling', 'Kling', ['KLING_ACCESS_KEY', 'KLING_SECRET_KEY'], 'accepted', ['kling'], { durationsS: [5, 10], aspects: ['16:9', '9:16', '1:1'], maxSimultaneousMoves: 1 }),
  {
    ...hosted('luma', 'Luma Dream Machine', ['LUMAAI_API_KEY'], 'needs-public-url', ['luma'], { durationsS: [5, 9], aspects: ['16:9', '9:16', '1:1', '4:3', '21:9'] }),
    optionalEnv: ['FRAMEWRIGHT_PUBLIC_URL'],
  },
  hosted('runway', 'Runway', ['RUNWAYML_API_SECRET'], 'accepted', ['runway'], { minDurationS: 2, maxDurationS: 10, aspects: ['16:9', '9:16', '1:1', '4:3', '21:9'] }),
  hosted('veo', 'Google Veo (Gemini API)', ['GEMINI_API_KEY'], 'accepted', ['veo'], { durationsS: [4, 6, 8], aspects: WIDE_AND_TALL }),
  {
    ...hosted('veo-vertex', 'Google Veo (Vertex AI)', ['GOOGLE_CLOUD_PROJECT', 'GOOGLE_CLOUD_LOCATION'], 'accepted', ['veo-vertex'], { durationsS: [4, 6, 8], aspects: WIDE_AND_TALL, maxSimultaneousMoves: 1 }),
    needsGoogleCredentials: true,
  },
  // sora: input_reference; minimax and replicate: first_frame_image; fal: text-to-video only
  hosted('sora', 'OpenAI Sora 2', ['OPENAI_API_KEY'], 'accepted', ['sora'], { durationsS: [4, 8, 12], aspects: WIDE_AND_TALL }),
  hosted('higgsfield', 'Higgsfield', ['HF_API_KEY', 'HF_API_SECRET'], 'accepted', ['higgsfield'], { durationsS: [5], maxSimultaneousMoves: 2 }),
  hosted('minimax', 'MiniMax Hailuo', ['MINIMAX_API_KEY'], 'accepted', ['minimax'], { durationsS: [6, 10], aspects: ['16:9'], maxSimultaneousMoves: 3 }),
  hosted('fal', 'fal.ai', ['FAL_KEY'], 'not-taken', ['kling', 'pixverse', 'seedance', 'minimax'], { notes: ['Limits are those of the model chosen.'] }),
  hosted('replicate', 'Replicate', ['REPLICATE_API_TOKEN'], 'accepted', ['minimax'], { notes: ['Limits are those of the model chosen.'] }),
  {
    id: 'comfyui',
    label: 'ComfyUI (self-hosted)',
    kind: 'self-hosted',
    // COMFYUI_URL defaults to ComfyUI's own address: the route is on when ComfyUI answers there
    requiredEnv: [],
    optionalEnv: ['COMFYUI_URL'],
    selfHosted: { name: 'ComfyUI', urlEnv: 'COMFYUI_URL', urlOf: comfyuiUrlOf, defaultUrl: COMFYUI_DEFAULT_URL, probePath: '/system_stats' },
    startImage: 'accepted',
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
  /** The names (never the values) of the env vars it needs or reads. */
  readonly env: readonly string[]
  /** What it does with the shot's start image with this environment. */
  readonly startImage: StartImageUse
  readonly targets: readonly string[]
  readonly limits: TargetConstraints
}

/** What asking a self-hosted server found: it answered 2xx, it refused the request (401/403), or nothing usable answered. */
export type Reachability = 'ok' | 'refused' | 'unreachable'

export interface RouteCheckOptions {
  /** Whether Google application default credentials can be found (default: GOOGLE_APPLICATION_CREDENTIALS is set). */
  readonly googleCredentialsAvailable?: boolean
  /** What asking each self-hosted route found (by route id); a route not in it was not asked and is judged by its env alone. */
  readonly reachability?: Readonly<Record<string, Reachability>>
}

const isSet = (env: ServerEnv, name: string) => (env[name] ?? '').trim() !== ''

const joinAnd = (names: readonly string[]) => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`)

const disabledReason = (spec: RouteSpec, env: ServerEnv, options: RouteCheckOptions): string | undefined => {
  const missing = spec.requiredEnv.filter((name) => !isSet(env, name))
  if (missing.length) return `Set ${joinAnd(missing)} on the server`
  const adc = options.googleCredentialsAvailable ?? isSet(env, 'GOOGLE_APPLICATION_CREDENTIALS')
  if (spec.needsGoogleCredentials && !adc)
    return 'Provide Google application default credentials on the server (GOOGLE_APPLICATION_CREDENTIALS, or gcloud auth application-default login)'
  if (spec.selfHosted) {
    const { name, urlEnv, defaultUrl } = spec.selfHosted
    const shown = shownAddress(spec.selfHosted.urlOf(env))
    if (!shown) return `${urlEnv} is not an http(s) URL: set it to where ${name} runs (by default ${defaultUrl}).`
    const found = options.reachability?.[spec.id]
    if (found === 'unreachable') return `${name} is not reachable at ${shown}: start it, or set ${urlEnv} to where it runs.`
    if (found === 'refused') return `${name} at ${shown} refused the request: if a proxy in front of it needs a login, put the user and password in ${urlEnv}.`
  }
  return undefined
}

const startImageOf = (spec: RouteSpec, env: ServerEnv): StartImageUse =>
  spec.startImage === 'needs-public-url' && publicUrlOf(env) ? 'accepted' : spec.startImage

export const listRoutes = (env: ServerEnv, options: RouteCheckOptions = {}): RouteStatus[] =>
  ROUTE_SPECS.map((spec) => {
    const reason = disabledReason(spec, env, options)
    return {
      id: spec.id,
      label: spec.label,
      kind: spec.kind,
      enabled: reason === undefined,
      ...(reason ? { reason } : {}),
      env: [...spec.requiredEnv, ...(spec.needsGoogleCredentials ? ['GOOGLE_APPLICATION_CREDENTIALS'] : []), ...(spec.optionalEnv ?? [])],
      startImage: startImageOf(spec, env),
      targets: spec.targets,
      limits: spec.limits,
    }
  })
