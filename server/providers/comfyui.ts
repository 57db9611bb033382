/**
 * The ComfyUI adapter (research/open-models.md section 5): the compiled `comfyui-wan-camera` workflow
 * (an API-format graph) goes to POST /prompt `{ prompt, client_id, prompt_id }`, after the start image
 * is sent to POST /upload/image and its name put into the workflow's LoadImage node. Progress comes over
 * the websocket /ws?clientId= (`progress` value/max, `executing` node null = done); GET /history/{id} is
 * the source of truth for the outcome and the outputs, GET /queue tells queued from running; the video is
 * GET /view. Cancel: POST /interrupt `{ prompt_id }` when it runs, POST /queue `{ delete }` while queued.
 * ComfyUI has no keys; user:password in COMFYUI_URL is sent as basic auth (for a proxy in front of it).
 */
import { randomUUID } from 'node:crypto'
import { START_IMAGE_PLACEHOLDER } from '../../src/compilers/comfyui-wan-camera/workflow'
import type { GenerationError, ProviderAdapter, ProviderStatus, StartImage } from '../generations/types'
import { COMFYUI_DEFAULT_URL, type ServerEnv, comfyuiUrlOf } from '../routes'
import { createComfyWatch } from './comfyuiWatch'
import { type ClassifyHints, ProviderError, backoffDelayMs, parseRetryAfter, providerFetch, providerMessage, readProviderJson, realSleep, sanitizeProviderText } from './http'
import { type AdapterHttpOptions, errorsFor, record } from './shared'

export { COMFYUI_DEFAULT_URL }

/** `timeoutMs` also bounds opening the websocket (at most 5 s). */
export interface ComfyAdapterOptions extends AdapterHttpOptions {
  /** ComfyUI's address; only scheme, host and port are used (user:password, if any, becomes basic auth). */
  readonly baseUrl?: string
  /** Follow progress over ComfyUI's websocket (default true); polling works without it. */
  readonly websocket?: boolean
}

/** The adapter, plus `close()` for the progress websocket (it also closes itself when nothing is running). */
export interface ComfyAdapter extends ProviderAdapter {
  close(): void
}

type Graph = Record<string, { class_type: string; inputs: Record<string, unknown> }>
const safe = (v: unknown, re = /^[\w.() -]{1,64}$/): string | undefined => (typeof v === 'string' && re.test(v) ? v : undefined)
const EXT: Record<StartImage['mimeType'], string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp' }
const VIDEO = /\.(mp4|webm|mov|mkv|gif)$/i

/** The workflow from the payload: the graph itself, `{ prompt: graph }`, or the compiled JSON text. */
const graphOf = (payload: unknown): Graph | undefined => {
  let p = payload
  if (typeof p === 'string') {
    try {
      p = JSON.parse(p)
    } catch {
      return undefined
    }
  }
  const inner = record(record(p)?.prompt)
  const g = inner && typeof inner.class_type !== 'string' ? inner : record(p)
  if (!g || !Object.keys(g).length) return undefined
  const ok = Object.values(g).every((n) => typeof record(n)?.class_type === 'string' && record(record(n)?.inputs))
  return ok ? (structuredClone(g) as Graph) : undefined
}

export const createComfyAdapter = (o: ComfyAdapterOptions = {}): ComfyAdapter => {
  const base = new URL(o.baseUrl ?? COMFYUI_DEFAULT_URL)
  const origin = base.origin
  const user = decodeURIComponent(base.username)
  const password = decodeURIComponent(base.password)
  const basic = user || password ? Buffer.from(`${user}:${password}`).toString('base64') : undefined
  const auth: Record<string, string> = basic ? { authorization: `Basic ${basic}` } : {}
  const secrets = [password, basic ?? '', `${user}:${password}`].filter((s) => s.length > 1 && s !== ':')
  const now = o.now ?? Date.now
  const sleep = o.sleep ?? realSleep
  const retries = o.retries ?? 3
  const hints: ClassifyHints = { provider: 'ComfyUI', keyEnv: ['COMFYUI_URL'] }
  const http = { timeoutMs: o.timeoutMs, fetch: o.fetch, sleep, now, random: o.random, provider: 'ComfyUI' }
  const clientId = randomUUID().replace(/-/g, '')
  const watch = createComfyWatch(`${origin.replace(/^http/, 'ws')}/ws?clientId=${clientId}`, auth, Math.min(o.timeoutMs ?? 5000, 5000))
  const canceled = new Set<string>()
  const fail = errorsFor(hints)

  /** ComfyUI's own words for "cannot connect" and "refused", instead of the generic ones. */
  const explain = (e: unknown) => {
    if (!(e instanceof ProviderError)) return e
    if (e.kind === 'provider-failure' && e.status === undefined) return new ProviderError('provider-failure', `ComfyUI is not reachable at ${origin}: start it (or set COMFYUI_URL to where it runs) and try again.`)
    if (e.kind === 'bad-key')
      return new ProviderError('bad-key', `ComfyUI at ${origin} refused the request: if a proxy in front of it needs a login, put the user and password in COMFYUI_URL.`, { status: e.status })
    return e
  }
  const send = async (url: string, init: RequestInit, x: { signal?: AbortSignal; retries?: number; timeoutCovers?: 'headers' } = {}) => {
    try {
      return await providerFetch(url, { ...init, headers: { ...auth, ...(init.headers as Record<string, string>) } }, { ...http, retries: x.retries ?? retries, ...x })
    } catch (e) {
      throw explain(e)
    }
  }
  const readJson = (res: Response, signal?: AbortSignal, h = hints) => readProviderJson(res, h, { signal, timeoutMs: o.timeoutMs, now }).catch((e) => Promise.reject(explain(e)))
  const getJson = async (path: string, signal?: AbortSignal, x: { retries?: number } = {}) =>
    record(await readJson(await send(`${origin}${path}`, { method: 'GET', headers: { accept: 'application/json' } }, { signal, ...x }), signal))
  const postOk = async (path: string, body: unknown, signal?: AbortSignal) => {
    const res = await send(`${origin}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }, { signal })
    if (!res.ok) await readJson(res, signal)
    await res.body?.cancel().catch(() => undefined)
  }

  const queue = async (signal?: AbortSignal, x: { retries?: number } = {}) => {
    const q = await getJson('/queue', signal, x)
    const ids = (list: unknown) => (Array.isArray(list) ? list.map((item) => (Array.isArray(item) ? String(item[1]) : '')) : undefined)
    const running = ids(q?.queue_running)
    const pending = ids(q?.queue_pending)
    if (!running || !pending) throw fail('malformed-response')
    return { running, pending }
  }
  /** Whether a prompt with this id is in ComfyUI's queue or history (a submit whose answer was lost). */
  const landed = async (id: string, signal?: AbortSignal) => {
    try {
      if (record((await getJson(`/history/${encodeURIComponent(id)}`, signal, { retries: 0 }))?.[id])) return true
      const q = await queue(signal, { retries: 0 })
      return q.running.includes(id) || q.pending.includes(id)
    } catch {
      return false
    }
  }

  const upload = async (image: StartImage, signal?: AbortSignal) => {
    const form = new FormData()
    // A fresh name, and overwrite: a retried upload lands on the same file.
    form.append('image', new Blob([Buffer.from(image.bytes)], { type: image.mimeType }), `framewright-${randomUUID()}.${EXT[image.mimeType]}`)
    form.append('type', 'input')
    form.append('overwrite', 'true')
    const res = await send(`${origin}/upload/image`, { method: 'POST', headers: { accept: 'application/json' }, body: form }, { signal })
    const json = record(
      await readJson(res, signal).catch((e) => Promise.reject(e instanceof ProviderError && e.kind === 'invalid-parameter' ? fail('invalid-parameter', 'image') : e)),
    )
    if (typeof json?.name !== 'string' || !json.name) throw fail('malformed-response')
    return typeof json.subfolder === 'string' && json.subfolder ? `${json.subfolder}/${json.name}` : json.name
  }

  /** POST /prompt's 400 (`{ error, node_errors }`) as invalid-parameter naming the node and the input. */
  const refused = (text: string, sentImage: boolean): ProviderError => {
    let body: Record<string, unknown> | undefined
    try {
      body = record(JSON.parse(text))
    } catch {
      body = undefined
    }
    const error = record(body?.error)
    const [nodeId, entry] = Object.entries(record(body?.node_errors) ?? {}).find(([, v]) => Array.isArray(record(v)?.errors)) ?? []
    const first = record((record(entry)?.errors as unknown[] | undefined)?.[0])
    const id = safe(nodeId, /^[\w:.-]{1,32}$/)
    if (id && first) {
      const input = safe(record(first.extra_info)?.input_name, /^[A-Za-z_][\w]{0,63}$/)
      const cls = safe(record(entry)?.class_type) ?? 'node'
      const reason = safe(first.message, /^[A-Za-z][\w ,.'()-]{0,80}$/)?.replace(/\.$/, '')
      const field = input ? `${id}.${input}` : id
      if (!sentImage && cls === 'LoadImage' && input === 'image')
        return fail('invalid-parameter', field, `ComfyUI has no start image for node ${id} (LoadImage): send the shot's first frame with it, or upload ${START_IMAGE_PLACEHOLDER} to ComfyUI's input folder.`)
      return fail('invalid-parameter', field, `ComfyUI refused the workflow at node ${id} (${cls})${input ? `, input ${input}` : ''}${reason ? `: ${reason}` : ''}; fix the workflow, then try again.`)
    }
    const missing = /^Cannot execute because node (\S+) does not exist/.exec(String(error?.message ?? ''))
    const node = /#([\w:.-]{1,32})/.exec(String(error?.details ?? ''))?.[1]
    if (missing && safe(missing[1]))
      return fail('invalid-parameter', node, `ComfyUI has no node type ${missing[1]}${node ? ` (node ${node})` : ''}: install the custom nodes the workflow needs (VideoX-Fun, VideoHelperSuite), restart ComfyUI and try again.`)
    const type = safe(error?.type, /^[a-z_]{1,40}$/)
    return fail('invalid-parameter', 'prompt', `ComfyUI refused the workflow${type ? ` (${type})` : ''}: check it in ComfyUI, then try again.`)
  }

  /** POST /prompt with our own prompt_id, so a retry after a lost answer can find the first one instead of queueing twice. */
  const queuePrompt = async (graph: Graph, promptId: string, sentImage: boolean, signal?: AbortSignal): Promise<string> => {
    const body = JSON.stringify({ prompt: graph, client_id: clientId, prompt_id: promptId })
    for (let n = 0; ; n++) {
      let res: Response
      try {
        res = await send(`${origin}/prompt`, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body }, { signal, retries: 0 })
      } catch (e) {
        if (e instanceof ProviderError && e.kind === 'timed-out' && (await landed(promptId, signal))) return promptId
        throw e
      }
      if (res.status === 429 || res.status >= 500) {
        const retryAfterS = parseRetryAfter(res.headers.get('retry-after'), now())
        if (await landed(promptId, signal)) return promptId
        if (n < retries) {
          await res.body?.cancel().catch(() => undefined)
          await sleep(backoffDelayMs(n, retryAfterS, http), signal)
          continue
        }
      }
      if (res.status === 400) throw refused(await res.text().catch(() => ''), sentImage)
      const json = record(await readJson(res, signal, { ...hints, fields: ['prompt'] }))
      if (typeof json?.prompt_id !== 'string' || !json.prompt_id) throw fail('malformed-response')
      return json.prompt_id
    }
  }

  const videoUrlOf = (outputs: unknown): string | undefined => {
    const files = Object.values(record(outputs) ?? {}).flatMap((out) =>
      ['gifs', 'videos', 'images', 'animated'].flatMap((k) => (Array.isArray(record(out)?.[k]) ? (record(out)![k] as unknown[]).map(record) : [])),
    )
    const video = files.find((f) => typeof f?.filename === 'string' && (VIDEO.test(f.filename) || String(f.format ?? '').startsWith('video/')) && (f.type ?? 'output') === 'output')
    if (!video) return undefined
    const q = new URLSearchParams({ filename: String(video.filename), subfolder: typeof video.subfolder === 'string' ? video.subfolder : '', type: 'output' })
    return `${origin}/view?${q}`
  }

  const fromHistory = (entry: Record<string, unknown>): ProviderStatus => {
    const status = record(entry.status)
    const messages = Array.isArray(status?.messages) ? status.messages : []
    const event = (t: string) => record((messages.find((m) => Array.isArray(m) && m[0] === t) as unknown[] | undefined)?.[1])
    if (event('execution_interrupted')) return { status: 'canceled' }
    const err = event('execution_error')
    if (status?.status_str === 'error' || err) {
      const reason = typeof err?.exception_message === 'string' ? sanitizeProviderText(err.exception_message, secrets).replace(/[.!?…]?$/, '.') : ''
      const at = safe(err?.node_id, /^[\w:.-]{1,32}$/)
      const where = at ? ` (node ${at}${safe(err?.node_type) ? `, ${err?.node_type}` : ''})` : ''
      const error: GenerationError = { kind: 'provider-failure', message: reason ? `ComfyUI could not make the video${where}: ${reason}` : `ComfyUI could not make the video${where}: see its log.` }
      return { status: 'failed', error }
    }
    const videoUrl = videoUrlOf(entry.outputs)
    if (!videoUrl) return { status: 'failed', error: { kind: 'provider-failure', message: 'ComfyUI finished the workflow but it saved no video: check its VHS_VideoCombine node (save_output on).' } }
    return { status: 'succeeded', progress: 1, videoUrl }
  }

  return {
    route: 'comfyui',

    async submit({ payload, startImage, signal }) {
      const graph = graphOf(payload)
      if (!graph) throw fail('invalid-parameter', 'prompt', 'The ComfyUI workflow is not an API-format graph (node id -> { class_type, inputs }): compile the shot for ComfyUI again.')
      if (startImage) {
        const loaders = Object.values(graph).filter((n) => n.class_type === 'LoadImage')
        const targets = loaders.filter((n) => n.inputs.image === START_IMAGE_PLACEHOLDER)
        const nodes = targets.length ? targets : loaders.length === 1 ? loaders : []
        if (!nodes.length) throw fail('invalid-parameter', 'image', 'The ComfyUI workflow has no LoadImage node for the start image: compile the shot for ComfyUI again.')
        if (!EXT[startImage.mimeType]) throw fail('invalid-parameter', 'image')
        const name = await upload(startImage, signal)
        for (const n of nodes) n.inputs.image = name
      }
      if (o.websocket !== false) await watch.open()
      const promptId = randomUUID()
      const sampler = Object.keys(graph).find((k) => /Sampler/i.test(graph[k].class_type))
      watch.track(promptId, sampler)
      try {
        const id = await queuePrompt(graph, promptId, !!startImage, signal)
        if (id !== promptId) {
          watch.track(id, sampler)
          watch.release(promptId)
        }
        return { taskId: id }
      } catch (e) {
        watch.release(promptId)
        throw e
      }
    },

    async poll(taskId, signal): Promise<ProviderStatus> {
      const entry = record((await getJson(`/history/${encodeURIComponent(taskId)}`, signal))?.[taskId])
      if (entry) {
        watch.release(taskId)
        return fromHistory(entry)
      }
      const q = await queue(signal)
      if (q.running.includes(taskId)) {
        if (o.websocket !== false && watch.active(taskId)) void watch.open()
        const progress = watch.progress(taskId)
        return progress === undefined ? { status: 'running' } : { status: 'running', progress }
      }
      if (q.pending.includes(taskId)) return { status: 'queued' }
      // Done over the websocket a moment before the history was written.
      if (watch.done(taskId)) return { status: 'running', progress: 0.99 }
      watch.release(taskId)
      if (canceled.has(taskId)) return { status: 'canceled' }
      return { status: 'failed', error: { kind: 'provider-failure', message: 'ComfyUI has no record of this prompt (it may have been restarted or its history cleared): generate it again.' } }
    },

    async cancel(taskId, signal) {
      const q = await queue(signal)
      // Only the running prompt is interrupted (the prompt_id keeps a recent ComfyUI from stopping another one).
      if (q.running.includes(taskId)) await postOk('/interrupt', { prompt_id: taskId }, signal)
      else if (q.pending.includes(taskId)) {
        await postOk('/queue', { delete: [taskId] }, signal)
        canceled.add(taskId)
        watch.release(taskId)
      }
    },

    async fetchVideo(videoUrl, init) {
      // The basic auth of COMFYUI_URL goes only to that origin.
      const headers: Record<string, string> = { ...(init.range ? { range: init.range } : {}) }
      const url = new URL(videoUrl)
      const res =
        url.origin === origin
          ? await send(videoUrl, { method: 'GET', headers }, { signal: init.signal, timeoutCovers: 'headers' })
          : await providerFetch(videoUrl, { method: 'GET', headers }, { ...http, retries, signal: init.signal, timeoutCovers: 'headers' }).catch((e) => Promise.reject(explain(e)))
      if (res.ok || res.status === 416) return res
      await res.body?.cancel().catch(() => undefined)
      if (res.status === 404) throw new ProviderError('provider-failure', "ComfyUI no longer has this video in its output folder: generate it again.", { status: 404 })
      throw explain(new ProviderError(res.status === 401 || res.status === 403 ? 'bad-key' : 'provider-failure', providerMessage('provider-failure', hints), { status: res.status }))
    },

    close: () => watch.close(),
  }
}

/** The adapter for COMFYUI_BASE_URL (wins) or COMFYUI_URL, else ComfyUI's default address; null when the address is unreadable. */
export const comfyuiFromEnv = (env: ServerEnv, extra: Partial<ComfyAdapterOptions> = {}): ComfyAdapter | null => {
  const baseUrl = comfyuiUrlOf(env)
  if (!URL.canParse(baseUrl) || !/^https?:$/.test(new URL(baseUrl).protocol)) return null
  return createComfyAdapter({ ...extra, baseUrl })
}
