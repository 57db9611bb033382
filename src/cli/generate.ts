/**
 * `framewright generate PROJECT --route ID [--shot N] [--server URL] [-o FILE]`: compiles the shot
 * for the route's target, posts it to a running Framewright server (which holds the keys), shows
 * progress on stderr, and returns the finished video's bytes. Every failure is one clear sentence.
 */
import { ApiError, type Fetch, type RenderRoute, cancelGeneration, createGeneration, fetchGeneration, fetchGenerationVideo, fetchRoutes } from '../api-client'
import { presetRegistry } from '../camera-presets'
import { compileShot, hasPlaceholder, needsSubjectPrompt } from '../compilers'
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

export const generateVideo = async (
  project: Project,
  shotNumber: number,
  routeId: string,
  server: string,
  io: GenerateIo,
): Promise<{ bytes: Uint8Array; mimeType: string }> => {
  const shot = project.shots[shotNumber - 1]
  if (!shot) throw new GenerateError(`Shot ${shotNumber} does not exist; the project has ${project.shots.length} shot${project.shots.length === 1 ? '' : 's'}.`)
  const at: Fetch = (path, init) => io.fetch(new URL(path, server).toString(), init)
  const routes: RenderRoute[] = await fetchRoutes({ fetch: at }).catch((e) => explain(server, e))
  const route = routes.find((r) => r.id === routeId)
  if (!route || route.id === 'previs')
    throw new GenerateError(`unknown route '${routeId}': the server has ${routes.filter((r) => r.id !== 'previs').map((r) => r.id).join(', ')}`)
  if (!route.enabled) throw new GenerateError(`${route.label} is not set up on the server: ${route.reason ?? 'see GET /api/routes'}`)
  const target = route.targets[0]
  const compiled = compileShot(target, project, shotNumber - 1, presetRegistry)
  if (!compiled.ok) throw new GenerateError(`${shot.name} cannot be sent to ${route.label}: ${compiled.error.message}`)
  const payload = compiled.payload ?? compiled.text
  if (needsSubjectPrompt(shot) || hasPlaceholder(JSON.stringify(payload)))
    throw new GenerateError(`${shot.name} does not say what it is of: set its prompt (framewright new --prompt TEXT, or "What the shot is of" in the studio) before spending credits`)

  const g = await createGeneration({ route: routeId, target, payload, idempotencyKey: io.newKey() }, { fetch: at }).catch((e) => explain(server, e))
  io.stderr(`${route.label}: sent ${shot.name} (${target})\n`)
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
