/**
 * The plumbing the fake MiniMax, Higgsfield, Replicate and fal servers share: a server on
 * 127.0.0.1 (port 0) that records every request, runs scripted misbehaviour per named path (an
 * answer instead of the work, a body that is not JSON, a slow answer, a lost answer after the work
 * was done) and serves a small video with Range. Each fake supplies its paths and handlers.
 * For tests only.
 */
import { type IncomingMessage, createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { parseRange } from './kling'

export { fakeVideoBytes } from './kling'

export type ScriptStep =
  /** Answers this instead of doing the work (a provider error shape, a 429 with Retry-After...). */
  | { readonly type: 'respond'; readonly status: number; readonly body: unknown; readonly headers?: Readonly<Record<string, string>> }
  /** Answers 200 with a body that is not JSON. */
  | { readonly type: 'malformed' }
  /** Waits, then answers normally. */
  | { readonly type: 'slow'; readonly delayMs: number }
  /** Does the work (a submit creates its task), then answers 500 as if the answer were lost. */
  | { readonly type: 'lose-response' }

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
}

const readBody = (req: IncomingMessage) =>
  new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })

/** The video, whole (200) or the Range asked for (206), or 416. */
export const videoReply = (video: Uint8Array, range: string | undefined): Reply => {
  const r = parseRange(range, video.length)
  const base = { 'content-type': 'video/mp4', 'accept-ranges': 'bytes' }
  if (r === 'bad') return { status: 416, body: '', headers: { ...base, 'content-range': `bytes */${video.length}` } }
  if (!r) return { status: 200, body: video, headers: base }
  return { status: 206, body: video.subarray(r.start, r.end + 1), headers: { ...base, 'content-range': `bytes ${r.start}-${r.end}/${video.length}` } }
}

export const startScriptedServer = async <P extends string>(o: ScriptedServerOptions<P>): Promise<ScriptedServer<P>> => {
  const requests: RecordedRequest[] = []
  const scripts = new Map<P, ScriptStep[]>()
  const counts = new Map<P, number>()

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const method = req.method ?? 'GET'
    const path = o.route(method, url.pathname)
    const respond = async () => {
      const raw = await readBody(req)
      const body = raw.toString('utf8')
      const index = requests.push({ method, path: url.pathname, query: Object.fromEntries(url.searchParams), status: 0, headers: { ...req.headers } as Record<string, string>, body }) - 1
      if (path) counts.set(path, (counts.get(path) ?? 0) + 1)
      const step = path ? scripts.get(path)?.shift() : undefined
      if (step?.type === 'slow') await new Promise((r) => setTimeout(r, step.delayMs))
      let out: Reply
      if (!path) out = o.notFound
      else if (step?.type === 'respond') out = { status: step.status, body: step.body, headers: step.headers }
      else if (step?.type === 'malformed') out = { status: 200, body: '{"status":', headers: { 'content-type': 'application/json' } }
      else out = await o.handle(path, { req, method, url, body, raw: new Uint8Array(raw) })
      if (step?.type === 'lose-response') out = o.lost
      requests[index] = { ...requests[index], status: out.status }
      if (res.destroyed) return
      const sent = typeof out.body === 'string' || out.body instanceof Uint8Array ? out.body : out.body === undefined ? '' : JSON.stringify(out.body)
      res.writeHead(out.status, { 'content-type': 'application/json', ...out.headers })
      res.end(sent)
    }
    respond().catch(() => {
      if (!res.headersSent) res.writeHead(500).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  return {
    baseUrl,
    requests,
    count: (path) => counts.get(path) ?? 0,
    script: (path, ...steps) => void scripts.set(path, [...(scripts.get(path) ?? []), ...steps]),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
