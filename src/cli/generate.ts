/**
 * `framewright generate PROJECT --route ID [--model ID] [--start-image FILE] [--shot N] [--server URL] [-o FILE]`:
 * compiles the shot for the route's target (rewritten for the chosen model), uploads the start image
 * where the model starts from one, says what it will cost, posts it to a running Framewright server
 * (which holds the keys), shows progress on stderr, and returns the finished video's bytes. Every
 * failure is one clear sentence, and nothing is sent (or spent) before the checks pass.
 */
import { ApiError, type Fetch, type RenderRoute, cancelGeneration, createGeneration, fetchGeneration, fetchGenerationVideo, fetchRoutes, uploadStartImage } from '../api-client'
import { registryFor } from '../camera-presets/custom'
import { compileShot, hasPlaceholder, needsSubjectPrompt } from '../compilers'
import { aspectValue } from '../core/camera/lens'
import { estimateCost, formatUsd, priceQueryOf } from '../pricing'
import { applyRouteModel, routeModels, startImagePlan } from '../route-catalog'
import type { Project } from '../timeline/model'

export interface GenerateIo {
  readonly fetch: Fetch
  readonly stderr: (text: string) => void
  readonly sleep: (ms: number) => Promise<void>
  /** A fresh idempotency key (one per run: a rerun is a new generation). */
  readonly newKey: () => string
  readonly pollMs?: number
}

export class GenerateError extends Error {}

const explain = (server: string, e: unknown): never => {
  if (e instanceof ApiError && e.code === 'network') throw new GenerateError(`cannot reach the Framewright server at ${server} (start it with 'npm start', or pass --server URL)`)
  if (e instanceof ApiError) throw new GenerateError(`the server refused: ${e.message}`)
  throw e
}

export interface GenerateOptions {
  /** One of the route's models (absent: the one the compiler emits). */
  readonly modelId?: string
  /** The bytes of the image the generation starts from. */
  readonly startImage?: Uint8Array
}

/** PNG, JPEG or WebP, read from the bytes (the server checks again). */
export const imageTypeOf = (b: Uint8Array): 'image/png' | 'image/jpeg' | 'image/webp' | undefined => {
  if (b.length >= 8 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) return 'image/png'
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg'
  if (b.length >= 12 && String.fromCharCode(...b.slice(0, 4)) === 'RIFF' && String.fromCharCode(...b.slice(8, 12)) === 'WEBP') return 'image/webp'
  return undefined
}

/** "Kling (kling-v1-5): about $0.49, a reported price (2025-10)", or why there is no figure. */
const costLine = (route: RenderRoute, target: string, payload: unknown): string => {
  const q = priceQueryOf(route.id, target, payload)
  const e = q ? estimateCost(q) : null
  if (!e) return `${route.label}: no price for this request in the price table`
  if (!e.ok) return `${route.label}: ${e.reason}`
  return `${route.label} (${e.row.model}): about ${formatUsd(e.usd)}, ${e.confidence === 'published' ? 'the published price' : e.confidence === 'reported' ? 'a reported price' : 'an unverified estimate'} (${e.row.checked})`
}

const parsedOr = (text: string): unknown => {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return text
  }
}

export const generateVideo = async (
  project: Project,
  shotNumber: number,
  routeId: string,
  server: string,
  io: GenerateIo,
  options: GenerateOptions = {},
): Promise<{ bytes: Uint8Array; mimeType: string }> => {
  const shot = project.shots[shotNumber - 1]
  if (!shot) throw new GenerateError(`Shot ${shotNumber} does not exist; the project has ${project.shots.length} shot${project.shots.length === 1 ? '' : 's'}.`)
  const at: Fetch = (path, init) => io.fetch(new URL(path, server).toString(), init)
  const routes: RenderRoute[] = await fetchRoutes({ fetch: at }).catch((e) => explain(server, e))
  const route = routes.find((r) => r.id === routeId)
  if (routeId === 'previs')
    throw new GenerateError(`the previs route renders in the studio (it draws with the browser's WebGL), not through the server: import the project there (Import…) and press Generate, or use --route ${routes.filter((r) => r.id !== 'previs' && r.enabled).map((r) => r.id)[0] ?? 'kling'} for a hosted model`)
  if (!route)
    throw new GenerateError(`unknown route '${routeId}': the server has ${routes.filter((r) => r.id !== 'previs').map((r) => r.id).join(', ')}`)
  if (!route.enabled) throw new GenerateError(`${route.label} is not set up on the server: ${route.reason ?? 'see GET /api/routes'}`)
  const target = route.targets[0]
  const compiled = compileShot(target, project, shotNumber - 1, registryFor(project))
  if (!compiled.ok) {
    // the command sends one generation; a chained split is sent from the studio
    const split = compiled.error.fixes?.some((f) => f.kind === 'split') ? ' This command sends one generation: trim the shot, or send it as chained generations from the studio’s Takes panel.' : ''
    throw new GenerateError(`${shot.name} cannot be sent to ${route.label}: ${compiled.error.message}${split}`)
  }
  const models = routeModels(routeId)
  if (options.modelId !== undefined && !models.some((m) => m.id === options.modelId))
    throw new GenerateError(`unknown model '${options.modelId}' for ${route.label}: use ${models.map((m) => m.id).join(', ') || 'no --model (it has one)'}`)
  const applied = applyRouteModel(routeId, options.modelId, compiled.payload ?? parsedOr(compiled.text))
  if (!applied.ok) throw new GenerateError(`${shot.name} cannot be sent to ${route.label}: ${applied.reason}`)
  const payload = applied.payload
  if (needsSubjectPrompt(shot) || hasPlaceholder(JSON.stringify(payload)))
    throw new GenerateError(`${shot.name} does not say what it is of: set its prompt (framewright new --prompt TEXT, or "What the shot is of" in the studio) before spending credits`)
  const plan = startImagePlan(route.label, applied.model, route.startImage)
  if ('refuse' in plan) throw new GenerateError(plan.refuse)
  if (plan.send && !options.startImage)
    throw new GenerateError(`${applied.model?.label ?? route.label} starts from an image: pass --start-image FILE (a PNG or JPEG of the shot's first frame; the studio's "Start frame PNG" saves one)`)
  let start: { startImage: string; aspect: number } | undefined
  if (options.startImage && plan.send) {
    const type = imageTypeOf(options.startImage)
    if (!type) throw new GenerateError('the start image is not a PNG, JPEG or WebP image')
    const uploaded = await uploadStartImage(new Blob([options.startImage as Uint8Array<ArrayBuffer>], { type }), { fetch: at }).catch((e) => explain(server, e))
    start = { startImage: uploaded.id, aspect: aspectValue(shot.aspect) }
  } else if (options.startImage) io.stderr(`${route.label}: ${'note' in plan && plan.note ? plan.note : `${applied.model?.label ?? route.label} does not start from an image, so --start-image is not sent`}\n`)
  io.stderr(`${costLine(route, target, payload)}\n`)

  const g = await createGeneration({ route: routeId, target, payload, idempotencyKey: io.newKey(), ...start }, { fetch: at }).catch((e) => explain(server, e))
  io.stderr(`${route.label}: sent ${shot.name} (${target}${applied.model ? `, ${applied.model.id}` : ''}${start ? ', with its start image' : ''})\n`)
  let last = ''
  for (;;) {
    const now = await fetchGeneration(g.id, { fetch: at }).catch((e) => explain(server, e))
    const line = `${route.label}: ${now.status}${now.progress !== undefined ? ` ${Math.round(now.progress * 100)}%` : ''}`
    if (line !== last) io.stderr(`${line}\n`)
    last = line
    if (now.status === 'succeeded') break
    if (now.status === 'failed') throw new GenerateError(`${route.label} could not make the video: ${now.error?.message ?? 'no reason given'}`)
    if (now.status === 'canceled') throw new GenerateError(`the generation was canceled`)
    await io.sleep(io.pollMs ?? 2000)
  }
  const video = await fetchGenerationVideo(g.id, { fetch: at }).catch((e) => explain(server, e))
  return { bytes: new Uint8Array(await video.arrayBuffer()), mimeType: video.type || 'video/mp4' }
}

/** Asks the server to cancel (Ctrl+C); quietly does nothing where the provider cannot. */
export const cancelRemote = (server: string, id: string, io: Pick<GenerateIo, 'fetch'>) =>
  cancelGeneration(id, { fetch: (path, init) => io.fetch(new URL(path, server).toString(), init) }).catch(() => undefined)
