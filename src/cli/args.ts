/**
 * Command-line arguments -> a command, as a pure function. Checks syntax and fixed ranges only;
 * what needs the preset library (preset ids, parameter names and ranges) is checked in newProject.ts.
 */
import { ASPECT_RATIOS, type AspectRatio } from '../core/camera/lens'
import { MAX_PROMPT_CHARS, MAX_SHOT_DURATION_S, MIN_CLIP_DURATION_S } from '../timeline'

export const MAX_FPS = 120

export interface MoveRequest {
  readonly presetId: string
  /** `--param name=value` in order, values as typed. */
  readonly params: readonly { readonly name: string; readonly value: string }[]
}

export type CliCommand =
  | { readonly command: 'help' }
  | { readonly command: 'version' }
  | { readonly command: 'presets'; readonly json: boolean }
  | { readonly command: 'targets'; readonly json: boolean }
  | {
      readonly command: 'new'
      readonly moves: readonly MoveRequest[]
      readonly together: boolean
      readonly durationS?: number
      readonly fps?: number
      readonly aspect?: AspectRatio
      /** What the shot is of (subject, scene), for every prompt-bearing target. */
      readonly prompt?: string
      readonly outFile?: string
    }
  | { readonly command: 'compile'; readonly projectFile: string; readonly targetId: string; readonly shotNumber: number; readonly outFile?: string }
  | { readonly command: 'fidelity'; readonly projectFile: string; readonly shotNumber: number; readonly json: boolean }
  | {
      readonly command: 'generate'
      readonly projectFile: string
      readonly routeId: string
      readonly shotNumber: number
      readonly server: string
      readonly outFile?: string
      /** One of the route's models (route-catalog); absent: the one the compiler emits. */
      readonly modelId?: string
      /** An image file the generation starts from (routes that begin from an image). */
      readonly startImageFile?: string
    }
  /** The share link of a project, or of one shot (1-based) with --shot. */
  | { readonly command: 'link'; readonly projectFile: string; readonly shotNumber?: number }
  /** A share link (a whole URL or its fragment) decoded into a project file. */
  | { readonly command: 'open'; readonly link: string; readonly outFile?: string }
  /** Continuity warnings across the cuts and each shot's route constraint problems. */
  | { readonly command: 'check'; readonly projectFile: string; readonly json: boolean }
  | {
      readonly command: 'measure'
      readonly videoFile: string
      readonly projectFile?: string
      /** With --project: which shot the video is a take of (default 1). */
      readonly shotNumber: number
      /** The video's horizontal field of view, when no project says it. */
      readonly hfovDeg?: number
      readonly json: boolean
    }

export type ParseResult = { readonly ok: true; readonly value: CliCommand } | { readonly ok: false; readonly message: string }

const COMMANDS = ['presets', 'targets', 'new', 'compile', 'fidelity', 'generate', 'link', 'open', 'check', 'measure'] as const
type CommandName = (typeof COMMANDS)[number]

/** The options each command takes: true = takes a value. */
const OPTIONS: Record<CommandName, Record<string, boolean>> = {
  presets: { '--json': false },
  targets: { '--json': false },
  new: { '--preset': true, '--param': true, '--together': false, '--duration': true, '--fps': true, '--aspect': true, '--prompt': true, '-o': true },
  compile: { '--target': true, '--shot': true, '-o': true },
  fidelity: { '--shot': true, '--json': false },
  generate: { '--route': true, '--model': true, '--start-image': true, '--shot': true, '--server': true, '-o': true },
  link: { '--shot': true },
  open: { '-o': true },
  check: { '--json': false },
  measure: { '--project': true, '--shot': true, '--fov': true, '--json': false },
}

export const DEFAULT_SERVER = 'http://127.0.0.1:5173'
const ALIASES: Record<string, string> = { '--out': '-o', '--output': '-o' }

interface Token {
  readonly name: string
  readonly value?: string
}

class ArgError extends Error {}

/** Split argv into options (with values) and positionals. */
const tokenize = (command: CommandName, args: readonly string[]): { options: Token[]; positionals: string[] } => {
  const options: Token[] = []
  const positionals: string[] = []
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg)
      continue
    }
    const eq = arg.indexOf('=')
    const raw = eq > 0 && arg.startsWith('--') ? arg.slice(0, eq) : arg
    const name = ALIASES[raw] ?? raw
    const takesValue = OPTIONS[command][name]
    if (takesValue === undefined) throw new ArgError(`unknown option '${raw}' for '${command}' (see 'framewright --help')`)
    if (!takesValue) {
      if (raw !== arg) throw new ArgError(`${raw} takes no value`)
      options.push({ name })
      continue
    }
    const value = raw !== arg ? arg.slice(eq + 1) : args[++i]
    if (value === undefined) throw new ArgError(`${raw} needs a value`)
    options.push({ name, value })
  }
  return { options, positionals }
}

const single = (options: readonly Token[], name: string): string | undefined => {
  const found = options.filter((o) => o.name === name)
  if (found.length > 1) throw new ArgError(`${name} is given more than once`)
  return found[0]?.value
}

/** A number in (above, max], or in [atLeast, max]. */
const numberIn = (flag: string, text: string | undefined, range: { above?: number; atLeast?: number; max: number }, what: string): number | undefined => {
  if (text === undefined) return undefined
  const n = text.trim() === '' ? NaN : Number(text)
  const low = range.atLeast !== undefined ? n >= range.atLeast : n > (range.above ?? -Infinity)
  if (!Number.isFinite(n) || !low || n > range.max) throw new ArgError(`${flag} must be ${what} (got '${text}')`)
  return n
}

const parseNew = (options: readonly Token[], positionals: readonly string[]): CliCommand => {
  if (positionals.length) throw new ArgError(`'new' takes no file name; use -o FILE (got '${positionals[0]}')`)
  const moves: { presetId: string; params: { name: string; value: string }[] }[] = []
  for (const o of options) {
    if (o.name === '--preset') moves.push({ presetId: o.value ?? '', params: [] })
    if (o.name !== '--param') continue
    const move = moves[moves.length - 1]
    if (!move) throw new ArgError(`--param ${o.value} must follow the --preset it belongs to`)
    const eq = (o.value ?? '').indexOf('=')
    if (eq <= 0) throw new ArgError(`--param needs the form name=value (got '${o.value}')`)
    move.params.push({ name: o.value!.slice(0, eq), value: o.value!.slice(eq + 1) })
  }
  const aspect = single(options, '--aspect')
  if (aspect !== undefined && !(ASPECT_RATIOS as readonly string[]).includes(aspect))
    throw new ArgError(`--aspect must be one of ${ASPECT_RATIOS.join(', ')} (got '${aspect}')`)
  const prompt = single(options, '--prompt')?.trim()
  if (prompt === '') throw new ArgError('--prompt needs text: what the shot is of (subject, scene)')
  if (prompt !== undefined && prompt.length > MAX_PROMPT_CHARS) throw new ArgError(`--prompt must be at most ${MAX_PROMPT_CHARS} characters (got ${prompt.length})`)
  return {
    command: 'new',
    moves,
    together: options.some((o) => o.name === '--together'),
    durationS: numberIn('--duration', single(options, '--duration'), { atLeast: MIN_CLIP_DURATION_S, max: MAX_SHOT_DURATION_S }, `seconds, from ${MIN_CLIP_DURATION_S} to ${MAX_SHOT_DURATION_S}`),
    fps: numberIn('--fps', single(options, '--fps'), { above: 0, max: MAX_FPS }, `a frame rate, more than 0 and at most ${MAX_FPS}`),
    aspect: aspect as AspectRatio | undefined,
    ...(prompt !== undefined ? { prompt } : {}),
    outFile: single(options, '-o'),
  }
}

const projectFileOf = (command: string, positionals: readonly string[]): string => {
  if (positionals.length !== 1) throw new ArgError(positionals.length ? `'${command}' takes one project file (got ${positionals.length})` : `'${command}' needs a project file`)
  return positionals[0]
}

const shotNumberOf = (options: readonly Token[]): number => {
  const shot = single(options, '--shot')
  const shotNumber = shot === undefined ? 1 : Number(shot)
  if (!Number.isInteger(shotNumber) || shotNumber < 1) throw new ArgError(`--shot must be a shot number from 1 (got '${shot}')`)
  return shotNumber
}

const parseCompile = (options: readonly Token[], positionals: readonly string[]): CliCommand => {
  const projectFile = projectFileOf('compile', positionals)
  const targetId = single(options, '--target')
  if (!targetId) throw new ArgError(`'compile' needs --target ID (see 'framewright targets')`)
  return { command: 'compile', projectFile, targetId, shotNumber: shotNumberOf(options), outFile: single(options, '-o') }
}

const parseFidelity = (options: readonly Token[], positionals: readonly string[]): CliCommand => ({
  command: 'fidelity',
  projectFile: projectFileOf('fidelity', positionals),
  shotNumber: shotNumberOf(options),
  json: options.some((o) => o.name === '--json'),
})

const parseGenerate = (options: readonly Token[], positionals: readonly string[]): CliCommand => {
  const projectFile = projectFileOf('generate', positionals)
  const routeId = single(options, '--route')
  if (!routeId) throw new ArgError(`'generate' needs --route ID (kling, luma, runway, veo, veo-vertex, sora, higgsfield, minimax, fal, replicate, comfyui)`)
  const server = single(options, '--server') ?? DEFAULT_SERVER
  let url: URL
  try {
    url = new URL(server)
  } catch {
    throw new ArgError(`--server must be the server's URL, like ${DEFAULT_SERVER} (got '${server}')`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ArgError(`--server must be an http(s) URL (got '${server}')`)
  const modelId = single(options, '--model')
  const startImageFile = single(options, '--start-image')
  return {
    command: 'generate',
    projectFile,
    routeId,
    shotNumber: shotNumberOf(options),
    server: url.origin,
    outFile: single(options, '-o'),
    ...(modelId !== undefined ? { modelId } : {}),
    ...(startImageFile !== undefined ? { startImageFile } : {}),
  }
}

const parseLink = (options: readonly Token[], positionals: readonly string[]): CliCommand => ({
  command: 'link',
  projectFile: projectFileOf('link', positionals),
  ...(single(options, '--shot') !== undefined ? { shotNumber: shotNumberOf(options) } : {}),
})

const parseOpen = (options: readonly Token[], positionals: readonly string[]): CliCommand => {
  if (positionals.length === 0)
    throw new ArgError(`'open' needs a link: the URL or its #p=... fragment, in quotes (a shell reads # as the start of a comment)`)
  if (positionals.length > 1) throw new ArgError(`'open' takes one link (got ${positionals.length}); put it in quotes`)
  return { command: 'open', link: positionals[0], outFile: single(options, '-o') }
}

const parseMeasure = (options: readonly Token[], positionals: readonly string[]): CliCommand => {
  if (positionals.length !== 1) throw new ArgError(positionals.length ? `'measure' takes one video file (got ${positionals.length})` : `'measure' needs a video file`)
  const projectFile = single(options, '--project')
  if (single(options, '--shot') !== undefined && projectFile === undefined) throw new ArgError('--shot names a shot of --project FILE: give the project too')
  const hfovDeg = numberIn('--fov', single(options, '--fov'), { above: 0, max: 179 }, 'a horizontal field of view in degrees, more than 0 and below 180')
  return {
    command: 'measure',
    videoFile: positionals[0],
    ...(projectFile !== undefined ? { projectFile } : {}),
    shotNumber: shotNumberOf(options),
    ...(hfovDeg !== undefined ? { hfovDeg } : {}),
    json: options.some((o) => o.name === '--json'),
  }
}

export const parseArgs = (argv: readonly string[]): ParseResult => {
  if (argv.includes('--help') || argv.includes('-h') || argv[0] === 'help') return { ok: true, value: { command: 'help' } }
  if (argv[0] === '--version' || argv[0] === '-v') return { ok: true, value: { command: 'version' } }
  const [name, ...rest] = argv
  if (name === undefined) return { ok: false, message: `missing command: one of ${COMMANDS.join(', ')} (see 'framewright --help')` }
  if (!(COMMANDS as readonly string[]).includes(name)) return { ok: false, message: `unknown command '${name}': use one of ${COMMANDS.join(', ')}` }
  const command = name as CommandName
  try {
    const { options, positionals } = tokenize(command, rest)
    if (command === 'new') return { ok: true, value: parseNew(options, positionals) }
    if (command === 'compile') return { ok: true, value: parseCompile(options, positionals) }
    if (command === 'fidelity') return { ok: true, value: parseFidelity(options, positionals) }
    if (command === 'generate') return { ok: true, value: parseGenerate(options, positionals) }
    if (command === 'link') return { ok: true, value: parseLink(options, positionals) }
    if (command === 'open') return { ok: true, value: parseOpen(options, positionals) }
    if (command === 'measure') return { ok: true, value: parseMeasure(options, positionals) }
    if (command === 'check')
      return { ok: true, value: { command, projectFile: projectFileOf('check', positionals), json: options.some((o) => o.name === '--json') } }
    if (positionals.length) throw new ArgError(`'${command}' takes no arguments (got '${positionals[0]}')`)
    return { ok: true, value: { command, json: options.some((o) => o.name === '--json') } }
  } catch (e) {
    if (e instanceof ArgError) return { ok: false, message: e.message }
    throw e
  }
}
