/**
 * The plumbing every fake provider shares: a node:http server on 127.0.0.1 (any free port, or the
 * one asked for) that records every request and counts hits per named path, runs scripted
 * misbehaviour per named path (an answer instead of the work, a body that is not JSON, a slow
 * answer, a lost answer after the work was done), serves a small video with Range (206/416/200)
 * and closes. Each fake supplies only its paths, its handlers and its own error shapes.
 * For tests only.
 */
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

export type ScriptStep =
  /** Answers this instead of doing the work (a provider error shape, a 429 with Retry-After...). */
  | { readonly type: 'respond'; readonly status: number; readonly body: unknown; readonly headers?: Readonly<Record<string, string>> }
  /** Answers 200 with a body that is not JSON. */
  | { readonly type: 'malformed' }
  /** Waits, then answers normally. */
  | { readonly type: 'slow'; readonly delayMs: number }
  /** Does the work (a submit creates its task), then answers 500 as if the answer were lost. */
  | { readonly type: 'lose-response' }

/** The steps every fake understands; a fake may add its own (its error shape) and say how to answer them. */
export type CommonStep = Exclude<ScriptStep, { type: 'respond' }>
export interface Reply {
  readonly status: number
  /** An object is sent as JSON; a string or bytes as they are. */
  readonly body?: unknown
  readonly headers?: Readonly<Record<string, string>>
}

export interface RecordedRequest {
  readonly method: string
  readonly path: string
  readonly query: Readonly<Record<string, string>>
  readonly status: number
  readonly headers: Readonly<Record<string, string | undefined>>
  readonly body: string
}

export interface IncomingCall {
  readonly req: IncomingMessage
  readonly method: string
  readonly url: URL
  readonly body: string
  /** The body's bytes (uploads). */
  readonly raw: Uint8Array
}

export interface ScriptedServer<P extends string> {
  readonly baseUrl: string
  readonly requests: readonly RecordedRequest[]
  /** Requests that reached a named path (scripted ones included). */
  count(path: P): number
  script(path: P, ...steps: ScriptStep[]): void
  close(): Promise<void>
}

export interface ScriptedServerOptions<P extends string> {
  /** Which named path a request is, or undefined (404). */
  readonly route: (method: string, pathname: string) => P | undefined
  readonly handle: (path: P, call: IncomingCall) => Reply | Promise<Reply>
  readonly notFound: Reply
  /** What a lost answer looks like (the provider's 500). */
  readonly lost: Reply
  /** Port to listen on (default: any free one). */
  readonly port?: number
}

/** A few hundred bytes that start like an MP4 (an ftyp box, then an mdat of filler). */
export const fakeVideoBytes = (size = 2048): Uint8Array => {
  const out = new Uint8Array(size)
  out.set([0, 0, 0, 0x18, ...new TextEncoder().encode('ftypisom'), 0, 0, 2, 0, ...new TextEncoder().encode('isommp41')])
  const mdat = size - 0x18
  out.set([(mdat >>> 24) & 255, (mdat >>> 16) & 255, (mdat >>> 8) & 255, mdat & 255, ...new TextEncoder().encode('mdat')], 0x18)
  for (let i = 0x20; i < size; i++) out[i] = i % 251
  return out
}

/** The byte range a Range header asks for, or 'bad' (416), or undefined (whole file). */
export const parseRange = (header: string | undefined, size: number): { start: number; end: number } | 'bad' | undefined => {
  if (!header) return undefined
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim())
  if (!m || (m[1] === '' && m[2] === '')) return 'bad'
  if (m[1] === '') return { start: Math.max(0, size - Number(m[2])), end: size - 1 }
  const start = Number(m[1])
  const end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1)
  return start >= size || end < start ? 'bad' : { start, end }
}

export const readBody = (req: IncomingMessage) =>
  new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })

/** The video, whole (200) or the Range asked for (206), or 416. */
export const videoReply = (video: Uint8Array, range: string | undefined, headers: Readonly<Record<string, string>> = {}): Reply => {
  const r = parseRange(range, video.length)
  const base = { 'content-type': 'video/mp4', 'accept-ranges': 'bytes', ...headers }
  if (r === 'bad') return { status: 416, body: '', headers: { ...base, 'content-range': `bytes */${video.length}` } }
  if (!r) return { status: 200, body: video, headers: base }
  return { status: 206, body: video.subarray(r.start, r.end + 1), headers: { ...base, 'content-range': `bytes ${r.start}-${r.end}/${video.length}` } }
}

/** A JSON answer with the content type a provider sends. */
export const jsonReply = (status: number, body: unknown, headers: Readonly<Record<string, string>> = {}, contentType = 'application/json'): Reply => ({
  status,
  body: JSON.stringify(body),
  headers: { 'content-type': contentType, ...headers },
})

/** Listens on 127.0.0.1 (any free port unless one is asked for); returns the base URL and close(). */
export const listenLocal = async (server: Server, port = 0) => {
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

export interface FakeServer<P extends string, S, R> {
  readonly baseUrl: string
  readonly requests: readonly R[]
  /** Requests that reached a named path (scripted ones included). */
  count(path: P): number
  /** Queues misbehaviour for the next requests on that path, one step per request. */
  script(path: P, ...steps: S[]): void
  close(): Promise<void>
}

export interface FakeServerCall<R> extends IncomingCall {
  /** Adds to this request's record (what the fake verified, say). */
  note(extra: Partial<R>): void
}

export interface FakeServerOptions<P extends string, S extends { readonly type: string }, R extends { readonly status: number }> {
  /** Port to listen on (default: any free one). */
  readonly port?: number
  /** Which named path a request is, or undefined (404). */
  readonly route: (method: string, pathname: string) => P | undefined
  /** What is kept of each request (status is filled in when it is answered). */
  readonly record: (call: IncomingCall) => R
  readonly handle: (path: P, call: FakeServerCall<R>) => Reply | Promise<Reply>
  /** How the fake's own steps (its error shape) answer; the common ones are done here. */
  readonly answer?: (step: Exclude<S, CommonStep>) => Reply
  readonly notFound: () => Reply
  /** The 200 body that is not JSON. */
  readonly malformed: string
  /** What a lost answer looks like (the provider's 500). */
  readonly lost: () => Reply
  /** What a handler that threw answers (default a bare 500). */
  readonly failed?: () => Reply
  /** Headers every answer starts from (default JSON). */
  readonly baseHeaders?: Readonly<Record<string, string>>
}

export const startFakeServer = async <P extends string, S extends { readonly type: string }, R extends { readonly status: number }>(
  o: FakeServerOptions<P, S, R>,
): Promise<FakeServer<P, S, R>> => {
  const requests: R[] = []
  const scripts = new Map<P, S[]>()
  const counts = new Map<P, number>()
  const base = o.baseHeaders ?? { 'content-type': 'application/json' }
  const send = (res: ServerResponse, out: Reply) => {
    const sent = typeof out.body === 'string' || out.body instanceof Uint8Array ? out.body : out.body === undefined ? '' : JSON.stringify(out.body)
    res.writeHead(out.status, { ...base, ...out.headers })
    res.end(sent)
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const method = req.method ?? 'GET'
    const path = o.route(method, url.pathname)
    const respond = async () => {
      // The body is read first, so a slow answer still does the work (as a slow provider would).
      const raw = await readBody(req)
      const call: IncomingCall = { req, method, url, body: raw.toString('utf8'), raw: new Uint8Array(raw) }
      const index = requests.push(o.record(call)) - 1
      if (path) counts.set(path, (counts.get(path) ?? 0) + 1)
      const step = path ? scripts.get(path)?.shift() : undefined
      const common = step as CommonStep | undefined
      if (common?.type === 'slow') await new Promise((r) => setTimeout(r, common.delayMs))
      let out: Reply
      if (!path) out = o.notFound()
      else if (common?.type === 'malformed') out = { status: 200, body: o.malformed, headers: { 'content-type': 'application/json' } }
      else if (step && common?.type !== 'slow' && common?.type !== 'lose-response') out = o.answer!(step as Exclude<S, CommonStep>)
      else out = await o.handle(path, { ...call, note: (extra) => void (requests[index] = { ...requests[index], ...extra }) })
      if (common?.type === 'lose-response') out = o.lost()
      requests[index] = { ...requests[index], status: out.status }
      if (!res.destroyed) send(res, out)
    }
    respond().catch(() => {
      if (res.headersSent) return
      if (o.failed) send(res, o.failed())
      else res.writeHead(500).end()
    })
  })
  const { baseUrl, close } = await listenLocal(server, o.port)

  return {
    baseUrl,
    requests,
    count: (path) => counts.get(path) ?? 0,
    script: (path, ...steps) => void scripts.set(path, [...(scripts.get(path) ?? []), ...steps]),
    close,
  }
}

/** A fake whose misbehaviour is the common steps plus 'respond' (any status and body). */
export const startScriptedServer = async <P extends string>(o: ScriptedServerOptions<P>): Promise<ScriptedServer<P>> =>
  startFakeServer<P, ScriptStep, RecordedRequest>({
    port: o.port,
    route: o.route,
    record: ({ req, method, url, body }) => ({ method, path: url.pathname, query: Object.fromEntries(url.searchParams), status: 0, headers: { ...req.headers } as Record<string, string>, body }),
    handle: (path, call) => o.handle(path, call),
    answer: (step) => ({ status: step.status, body: step.body, headers: step.headers }),
    notFound: () => o.notFound,
    malformed: '{"status":',
    lost: () => o.lost,
  })

/** videoReply as the [status, body, headers] triple the hand-rolled fakes answer with. */
export const videoTriple = (video: Uint8Array, range: string | undefined, headers?: Readonly<Record<string, string>>): [number, string | Uint8Array, Record<string, string>] => {
  const r = videoReply(video, range, headers)
  return [r.status, r.body as string | Uint8Array, { ...r.headers }]
}
