/**
 * A stand-in for a ComfyUI server on 127.0.0.1 (port 0), following ComfyUI's server.py
 * (research/open-models.md section 5): POST /upload/image (multipart `image`, `overwrite`, `type`,
 * `subfolder` -> `{ name, subfolder, type }`), POST /prompt (`{ prompt, client_id, prompt_id? }` ->
 * `{ prompt_id, number, node_errors }`, or 400 `{ error, node_errors }` from fakes/comfyuiGraph.ts),
 * GET /history/{id}, GET /queue, POST /queue `{ delete }`, POST /interrupt (`{ prompt_id }` targets one),
 * GET /view (Range), and the websocket /ws?clientId= with ComfyUI's `{ type, data }` messages.
 * Execution is driven by the test (`start`, `progress`, `finish`, `run`) or by `autoRun`. ComfyUI has no
 * auth; `basicAuth` stands for a proxy in front of it. Scripted misbehaviour per path like fakes/kling.ts.
 */
import { randomUUID } from 'node:crypto'
import { type IncomingMessage, createServer } from 'node:http'
import { type WebSocket, WebSocketServer } from 'ws'
import { validateComfyPrompt } from './comfyuiGraph'
import { fakeVideoBytes, listenLocal, readBody, videoTriple } from './scripted'

export type FakeComfyPath = 'upload' | 'prompt' | 'history' | 'queue' | 'interrupt' | 'view'

export type FakeComfyStep =
  /** Answers with this status and a plain-text body (aiohttp's shape), instead of doing the work. */
  | { readonly type: 'error'; readonly status: number; readonly body?: string; readonly headers?: Readonly<Record<string, string>> }
  /** Answers 200 with a body that is not JSON. */
  | { readonly type: 'malformed' }
  /** Waits, then answers normally. */
  | { readonly type: 'slow'; readonly delayMs: number }
  /** Does the work (a prompt is queued), then answers 500 as if the answer were lost. */
  | { readonly type: 'lose-response' }

export const COMFY_FAKE_ERRORS = {
  serverError: { type: 'error', status: 500, body: '500 Internal Server Error\n\nServer got itself in trouble' },
  /** ComfyUI itself never answers 429; a proxy or a queue limiter in front of it may. */
  rateLimited: (retryAfterS: number | string): FakeComfyStep => ({ type: 'error', status: 429, body: 'Too Many Requests', headers: { 'retry-after': String(retryAfterS) } }),
} as const satisfies Record<string, FakeComfyStep | ((s: number) => FakeComfyStep)>

export type FakeComfyState = 'pending' | 'running' | 'success' | 'error' | 'interrupted' | 'deleted'

export interface FakeComfyPrompt {
  readonly id: string
  readonly number: number
  readonly clientId?: string
  readonly prompt: Record<string, { class_type: string; inputs: Record<string, unknown> }>
  state: FakeComfyState
}

export interface FakeComfyRequest {
  readonly method: string
  readonly path: string
  readonly query: string
  status: number
  readonly range?: string
  readonly authorization?: string
  body?: unknown
}

export interface FakeComfyOptions {
  /** Progress steps the sampler reports (default 4). */
  readonly steps?: number
  /** Files already in ComfyUI's input folder. */
  readonly inputFiles?: readonly string[]
  /** Whether POST /prompt honours a supplied prompt_id (recent ComfyUI does; older ones mint their own). Default true. */
  readonly honourPromptId?: boolean
  /** Runs queued prompts by itself, one event every `tickMs` (default 2). */
  readonly autoRun?: boolean
  readonly tickMs?: number
  /** A proxy in front that wants HTTP basic auth (401 otherwise). */
  readonly basicAuth?: { readonly user: string; readonly password: string }
  readonly video?: Uint8Array
}

export interface FakeComfy {
  readonly baseUrl: string
  /** POST /prompt requests that reached the handler (scripted ones included). */
  readonly submits: number
  readonly prompts: ReadonlyMap<string, FakeComfyPrompt>
  readonly uploads: ReadonlyMap<string, { bytes: Uint8Array; contentType: string }>
  readonly requests: readonly FakeComfyRequest[]
  readonly video: Uint8Array
  /** Open websocket connections. */
  readonly sockets: number
  script(path: FakeComfyPath, ...steps: FakeComfyStep[]): void
  /** Starts the next pending prompt (execution_start, execution_cached, executing); returns its id. */
  start(): string
  /** The running prompt's sampler (or `at.node`) reports `value` of the steps (or of `at.max`). */
  progress(value: number, at?: { node?: string; max?: number }): void
  /** Ends the running prompt: with its video, or with an execution_error carrying `error`. */
  finish(o?: { error?: string }): void
  /** start + every progress step + finish. */
  run(o?: { error?: string }): string
  close(): Promise<void>
}

const SAMPLER = 'WanFunV2VSampler'
const OUTPUT = 'VHS_VideoCombine'

export const startFakeComfy = async (o: FakeComfyOptions = {}): Promise<FakeComfy> => {
  const steps = o.steps ?? 4
  const video = o.video ?? fakeVideoBytes()
  const prompts = new Map<string, FakeComfyPrompt>()
  const uploads = new Map<string, { bytes: Uint8Array; contentType: string }>()
  const inputFiles = new Set(o.inputFiles ?? [])
  const outputs = new Map<string, Uint8Array>()
  const history = new Map<string, Record<string, unknown>>()
  const requests: FakeComfyRequest[] = []
  const scripts: Record<FakeComfyPath, FakeComfyStep[]> = { upload: [], prompt: [], history: [], queue: [], interrupt: [], view: [] }
  const clients = new Map<string, WebSocket>()
  let running: FakeComfyPrompt | undefined
  let messages: [string, Record<string, unknown>][] = []
  let number = 0
  let submits = 0

  const pending = () => [...prompts.values()].filter((p) => p.state === 'pending').sort((a, b) => a.number - b.number)
  const queueItem = (p: FakeComfyPrompt) => [p.number, p.id, p.prompt, { client_id: p.clientId }, Object.keys(p.prompt).filter((k) => p.prompt[k].class_type === OUTPUT)]
  const send = (type: string, data: Record<string, unknown>, sid?: string) => {
    const text = JSON.stringify({ type, data })
    for (const [id, ws] of clients) if ((sid === undefined || id === sid) && ws.readyState === ws.OPEN) ws.send(text)
  }
  const status = () => send('status', { status: { exec_info: { queue_remaining: pending().length + (running ? 1 : 0) } } })
  /** Sent to the prompt's client and kept for its history, as ComfyUI's add_message does. */
  const event = (type: string, data: Record<string, unknown>, keep = true) => {
    const p = running!
    const d = { ...data, prompt_id: p.id, ...(keep ? { timestamp: Date.now() } : {}) }
    if (keep) messages.push([type, d])
    send(type, d, p.clientId)
  }
  const nodeOf = (p: FakeComfyPrompt, cls: string) => Object.keys(p.prompt).find((k) => p.prompt[k].class_type === cls) ?? '0'

  const end = (state: 'success' | 'error' | 'interrupted', error?: string) => {
    const p = running
    if (!p) throw new Error('nothing is running')
    const out: Record<string, unknown> = {}
    if (state === 'success') {
      const node = nodeOf(p, OUTPUT)
      const prefix = String(p.prompt[node]?.inputs.filename_prefix ?? 'ComfyUI')
      const slash = prefix.lastIndexOf('/')
      const file = { filename: `${prefix.slice(slash + 1)}_${String(outputs.size + 1).padStart(5, '0')}.mp4`, subfolder: slash >= 0 ? prefix.slice(0, slash) : '', type: 'output' }
      outputs.set(`${file.subfolder}/${file.filename}`, video)
      out[node] = { gifs: [{ ...file, format: 'video/h264-mp4', frame_rate: 16, workflow: 'wf.png', fullpath: `/comfy/output/${file.subfolder}/${file.filename}` }] }
      event('executing', { node, display_node: node }, false)
      event('executed', { node, display_node: node, output: out[node] }, false)
      event('executing', { node: null }, false)
      event('execution_success', {})
    } else {
      const node = nodeOf(p, SAMPLER)
      const base = { node_id: node, node_type: SAMPLER, executed: ['1', '2', '3', '4', '5'] }
      if (state === 'interrupted') event('execution_interrupted', base)
      else event('execution_error', { ...base, exception_message: error ?? 'failed', exception_type: 'RuntimeError', traceback: ['Traceback (most recent call last):', error ?? ''], current_inputs: {}, current_outputs: {} })
    }
    history.set(p.id, { prompt: queueItem(p), outputs: out, status: { status_str: state === 'success' ? 'success' : 'error', completed: state === 'success', messages }, meta: {} })
    p.state = state
    running = undefined
    messages = []
    status()
    if (o.autoRun) queueMicrotask(runAuto)
  }

  const fake = {
    start() {
      if (running) throw new Error('a prompt is already running')
      const p = pending()[0]
      if (!p) throw new Error('nothing is queued')
      p.state = 'running'
      running = p
      status()
      event('execution_start', {})
      event('execution_cached', { nodes: [] })
      event('executing', { node: nodeOf(p, SAMPLER), display_node: nodeOf(p, SAMPLER) }, false)
      return p.id
    },
    progress(value: number, at: { node?: string; max?: number } = {}) {
      const node = at.node ?? nodeOf(running!, SAMPLER)
      event('progress', { value, max: at.max ?? steps, node }, false)
    },
    finish(f: { error?: string } = {}) {
      end(f.error === undefined ? 'success' : 'error', f.error)
    },
    run(f: { error?: string } = {}) {
      const id = fake.start()
      for (let i = 1; i <= steps; i++) fake.progress(i)
      fake.finish(f)
      return id
    },
  }

  let autoBusy = false
  const tick = () => new Promise((r) => setTimeout(r, o.tickMs ?? 2))
  async function runAuto() {
    if (autoBusy || running || !pending().length) return
    autoBusy = true
    try {
      fake.start()
      for (let i = 1; i <= steps && running; i++) {
        await tick()
        if (running) fake.progress(i)
      }
      await tick()
      if (running) fake.finish()
    } finally {
      autoBusy = false
    }
  }

  const json = (status: number, body: unknown): [number, string, Record<string, string>] => [status, JSON.stringify(body), { 'content-type': 'application/json; charset=utf-8' }]
  const text = (status: number, body = ''): [number, string, Record<string, string>] => [status, body || `${status}`, { 'content-type': 'text/plain; charset=utf-8' }]
  type Out = [number, string | Uint8Array, Record<string, string>]

  const handle = async (req: IncomingMessage, path: FakeComfyPath, url: URL, entry: FakeComfyRequest): Promise<Out> => {
    const raw = req.method === 'POST' ? await readBody(req) : Buffer.alloc(0)
    const body = () => {
      try {
        return (entry.body = JSON.parse(raw.toString('utf8')) as Record<string, unknown>)
      } catch {
        return undefined
      }
    }
    switch (path) {
      case 'upload': {
        const form = await new Response(new Uint8Array(raw), { headers: { 'content-type': req.headers['content-type'] ?? '' } }).formData().catch(() => undefined)
        const image = form?.get('image')
        if (!form || !(image instanceof Blob) || !(image as File).name) return text(400)
        const type = String(form.get('type') ?? 'input')
        const subfolder = String(form.get('subfolder') ?? '')
        const overwrite = ['true', '1'].includes(String(form.get('overwrite')))
        const bytes = new Uint8Array(await image.arrayBuffer())
        entry.body = { name: (image as File).name, type, subfolder, overwrite: String(form.get('overwrite')) }
        if (subfolder.includes('..') || (image as File).name.includes('/')) return text(400)
        let name = (image as File).name
        const key = (n: string) => (subfolder ? `${subfolder}/${n}` : n)
        for (let i = 1; !overwrite && uploads.has(key(name)) && Buffer.compare(Buffer.from(uploads.get(key(name))!.bytes), Buffer.from(bytes)) !== 0; i++)
          name = (image as File).name.replace(/(\.[^.]*)?$/, ` (${i})$1`)
        uploads.set(key(name), { bytes, contentType: image.type })
        inputFiles.add(key(name))
        return json(200, { name, subfolder, type })
      }
      case 'prompt': {
        const b = body()
        // aiohttp's request.json() raising: the handler fails with 500.
        if (!b) return text(500, '500 Internal Server Error\n\nServer got itself in trouble')
        if (!('prompt' in b)) return json(400, { error: { type: 'no_prompt', message: 'No prompt provided', details: 'No prompt provided', extra_info: {} }, node_errors: {} })
        const invalid = validateComfyPrompt(b.prompt, inputFiles)
        if (invalid) return json(400, invalid)
        const id = o.honourPromptId !== false && b.prompt_id !== undefined ? String(b.prompt_id) : randomUUID()
        const p: FakeComfyPrompt = { id, number: number++, clientId: typeof b.client_id === 'string' ? b.client_id : undefined, prompt: b.prompt as FakeComfyPrompt['prompt'], state: 'pending' }
        prompts.set(id, p)
        status()
        if (o.autoRun) queueMicrotask(runAuto)
        return json(200, { prompt_id: id, number: p.number, node_errors: {} })
      }
      case 'history': {
        const id = decodeURIComponent(url.pathname.split('/')[2] ?? '')
        if (!id) return json(200, Object.fromEntries(history))
        return json(200, history.has(id) ? { [id]: history.get(id) } : {})
      }
      case 'queue': {
        if (req.method === 'GET') return json(200, { queue_running: running ? [queueItem(running)] : [], queue_pending: pending().map(queueItem) })
        const b = body()
        if (!b) return text(500)
        for (const id of Array.isArray(b.delete) ? b.delete : []) {
          const p = prompts.get(String(id))
          if (p?.state === 'pending') p.state = 'deleted'
        }
        if (b.clear) for (const p of pending()) p.state = 'deleted'
        status()
        return [200, '', {}]
      }
      case 'interrupt': {
        const b = body() ?? {}
        if (running && (!b.prompt_id || b.prompt_id === running.id)) end('interrupted')
        return [200, '', {}]
      }
      case 'view': {
        const filename = url.searchParams.get('filename') ?? ''
        if (!filename || filename.startsWith('/') || filename.includes('..')) return text(400)
        const subfolder = url.searchParams.get('subfolder') ?? ''
        if (subfolder.includes('..')) return text(403)
        const type = url.searchParams.get('type') ?? 'output'
        const key = `${subfolder}/${filename}`
        const file = type === 'output' ? outputs.get(key) : type === 'input' ? uploads.get(subfolder ? key : filename)?.bytes : undefined
        if (!file) return text(404, '404: Not Found')
        return videoTriple(file, req.headers.range, { 'content-disposition': `filename="${filename}"` })
      }
    }
  }

  const pathOf = (method: string, pathname: string): FakeComfyPath | undefined => {
    const p = pathname.replace(/^\/api(?=\/)/, '')
    if (method === 'POST' && p === '/upload/image') return 'upload'
    if (method === 'POST' && p === '/prompt') return 'prompt'
    if (method === 'GET' && /^\/history(\/[^/]+)?$/.test(p)) return 'history'
    if ((method === 'GET' || method === 'POST') && p === '/queue') return 'queue'
    if (method === 'POST' && p === '/interrupt') return 'interrupt'
    if (method === 'GET' && p === '/view') return 'view'
    return undefined
  }
  const authorized = (header: string | undefined) =>
    !o.basicAuth || header === `Basic ${Buffer.from(`${o.basicAuth.user}:${o.basicAuth.password}`).toString('base64')}`

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const method = req.method ?? 'GET'
    const path = pathOf(method, url.pathname)
    const entry: FakeComfyRequest = { method, path: url.pathname, query: url.search, status: 0, range: req.headers.range, authorization: req.headers.authorization }
    requests.push(entry)
    const respond = async () => {
      if (path === 'prompt') submits++
      const step = path ? scripts[path].shift() : undefined
      if (step?.type === 'slow') await new Promise((r) => setTimeout(r, step.delayMs))
      let out: Out
      if (!authorized(req.headers.authorization)) out = text(401, '401 Authorization Required')
      else if (!path) out = text(404, '404: Not Found')
      else if (step?.type === 'error') out = [step.status, step.body ?? '', { 'content-type': 'text/plain', ...step.headers }]
      else if (step?.type === 'malformed') out = [200, '<html><body>502 Bad Gateway</body>', { 'content-type': 'text/html' }]
      else out = await handle(req, path, url, entry)
      if (step?.type === 'lose-response') out = text(500, '500 Internal Server Error')
      entry.status = out[0]
      if (!res.destroyed) {
        res.writeHead(out[0], out[2])
        res.end(out[1])
      }
    }
    respond().catch(() => {
      if (!res.headersSent) res.writeHead(500).end()
    })
  })

  const wss = new WebSocketServer({ noServer: true })
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    requests.push({ method: 'GET', path: url.pathname, query: url.search, status: 101, authorization: req.headers.authorization })
    if (!/^(\/api)?\/ws$/.test(url.pathname) || !authorized(req.headers.authorization)) {
      socket.end('HTTP/1.1 401 Unauthorized\r\n\r\n')
      return
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      const sid = url.searchParams.get('clientId') || randomUUID().replace(/-/g, '')
      clients.get(sid)?.close()
      clients.set(sid, ws)
      ws.on('close', () => clients.get(sid) === ws && clients.delete(sid))
      ws.send(JSON.stringify({ type: 'status', data: { status: { exec_info: { queue_remaining: pending().length + (running ? 1 : 0) } }, sid } }))
    })
  })

  const listening = await listenLocal(server)
  const baseUrl = listening.baseUrl

  return {
    baseUrl,
    get submits() {
      return submits
    },
    get sockets() {
      return clients.size
    },
    prompts,
    uploads,
    requests,
    video,
    script: (path, ...s) => void scripts[path].push(...s),
    ...fake,
    close: () =>
      new Promise<void>((resolve) => {
        for (const ws of clients.values()) ws.terminate()
        wss.close()
        void listening.close().then(resolve)
      }),
  }
}
