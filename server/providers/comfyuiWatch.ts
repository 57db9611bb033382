/**
 * ComfyUI's progress over its websocket /ws?clientId= (research/open-models.md section 5): text frames
 * `{ type, data }` for the prompts this client queued; `progress` { value, max, node } (of the node the caller
 * names, the sampler; else of the node with the most steps), `executing` with node null or `execution_success` / `_error` /
 * `_interrupted` = done. Binary frames (previews) are ignored. Opening is bounded and never fails: without
 * the socket, polling /history and /queue carries on without progress. The socket closes when no
 * tracked prompt is left.
 */
import { WebSocket } from 'ws'
import { record } from './errors'

export const createComfyWatch = (url: string, headers: Record<string, string>, openTimeoutMs: number) => {
  const seen = new Map<string, { node?: string; value: number; max: number; done?: boolean }>()
  const tracked = new Set<string>()
  /** The node whose progress counts, where the caller knows it (the sampler). */
  const counted = new Map<string, string>()
  let ws: WebSocket | undefined
  let opening: Promise<void> | undefined
  const onMessage = (text: string) => {
    let m: Record<string, unknown> | undefined
    try {
      m = record(JSON.parse(text))
    } catch {
      return
    }
    const data = record(m?.data)
    const id = typeof data?.prompt_id === 'string' ? data.prompt_id : undefined
    if (!data || !id || (!seen.has(id) && seen.size > 256)) return
    const s = seen.get(id) ?? { value: 0, max: 0 }
    seen.set(id, s)
    const only = counted.get(id)
    const counts = only !== undefined ? String(data.node) === only : typeof data.max === 'number' && data.max >= s.max
    if (m?.type === 'progress' && typeof data.value === 'number' && typeof data.max === 'number' && data.max > 0 && counts) {
      if (data.max !== s.max || data.node !== s.node) s.value = 0
      Object.assign(s, { node: data.node, max: data.max, value: Math.max(s.value, data.value) })
    }
    if ((m?.type === 'executing' && data.node === null) || ['execution_success', 'execution_error', 'execution_interrupted'].includes(String(m?.type))) s.done = true
  }
  const close = () => {
    ws?.close()
    ws = undefined
  }
  return {
    open(): Promise<void> {
      if (ws?.readyState === WebSocket.OPEN) return Promise.resolve()
      opening ??= new Promise<void>((resolve) => {
        const sock = new WebSocket(url, { headers, handshakeTimeout: openTimeoutMs })
        const settle = () => {
          clearTimeout(timer)
          resolve()
        }
        const timer = setTimeout(() => {
          sock.terminate()
          resolve()
        }, openTimeoutMs)
        sock.on('open', () => {
          ws = sock
          settle()
        })
        // No websocket: polling carries on without progress.
        sock.on('error', settle)
        sock.on('close', () => {
          if (ws === sock) ws = undefined
          settle()
        })
        sock.on('message', (d, binary) => {
          if (!binary) onMessage(d.toString())
        })
      }).finally(() => (opening = undefined))
      return opening
    },
    track(id: string, node?: string) {
      tracked.add(id)
      if (node !== undefined) counted.set(id, node)
    },
    release(id: string) {
      tracked.delete(id)
      seen.delete(id)
      counted.delete(id)
      if (!tracked.size) close()
    },
    active: (id: string) => tracked.has(id),
    done: (id: string) => seen.get(id)?.done === true,
    progress: (id: string) => {
      const s = seen.get(id)
      return s?.max ? Math.min(0.99, s.value / s.max) : undefined
    },
    close,
  }
}
