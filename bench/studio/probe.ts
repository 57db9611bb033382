/**
 * What the bench injects into every page before its own scripts run (`page.addInitScript`), as
 * plain JavaScript so no bundler helper leaks into it. It measures from outside: the page needs no
 * hook of its own.
 *
 * - Drawn frames: WebGL's draw and clear calls are wrapped; the first such call in an animation
 *   frame (keyed by `document.timeline.currentTime`, the same for every callback of one frame)
 *   records `performance.now()` in `frames`. So a frame counts once however many draws it issues.
 * - Keydown to drawn frame: a capturing keydown listener (modifier keys ignored) notes the event's
 *   `timeStamp`; the first drawn frame after it posts a message, and when that message arrives (the
 *   task after the frame's rendering work) the latency is pushed to `keys`.
 * - The first drawn lens frame: `studio:ready` (the studio fires it after its first frame; the bare
 *   page too), as `performance.now()` since navigation start.
 * - Context creation: the first `getContext('webgl'|'webgl2')`: its type, the attributes asked for,
 *   the canvas size and how long the call blocked.
 */
export const PROBE_SCRIPT = `(() => {
  const B = (window.__bench = { frames: [], keys: [], ready: null, context: null, pendingKey: null })
  let frameKey = null
  const onDraw = () => {
    const t = document.timeline.currentTime
    if (t === frameKey) return
    frameKey = t
    B.frames.push(performance.now())
    const k = B.pendingKey
    if (!k) return
    B.pendingKey = null
    const ch = new MessageChannel()
    ch.port1.onmessage = () => B.keys.push({ key: k.key, ms: performance.now() - k.at })
    ch.port2.postMessage(0)
  }
  const names = ['drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced', 'drawRangeElements', 'clear']
  for (const C of [window.WebGLRenderingContext, window.WebGL2RenderingContext]) {
    if (!C) continue
    for (const name of names) {
      const f = C.prototype[name]
      if (typeof f !== 'function') continue
      C.prototype[name] = function (...args) {
        onDraw()
        return f.apply(this, args)
      }
    }
  }
  addEventListener('keydown', (e) => {
    if (['Control', 'Shift', 'Alt', 'Meta'].includes(e.key)) return
    B.pendingKey = { key: e.key, at: e.timeStamp }
  }, true)
  addEventListener('studio:ready', () => {
    if (B.ready === null) B.ready = performance.now()
  })
  const getContext = HTMLCanvasElement.prototype.getContext
  HTMLCanvasElement.prototype.getContext = function (type, attrs) {
    const t0 = performance.now()
    const ctx = getContext.call(this, type, attrs)
    if (!B.context && /^webgl2?$/.test(type)) {
      const rect = this.getBoundingClientRect()
      B.context = { type, attrs: attrs || {}, ms: performance.now() - t0, width: this.width, height: this.height, cssWidth: rect.width, cssHeight: rect.height }
    }
    return ctx
  }
})()`

/** What the probe leaves in `window.__bench`. */
export interface ProbeState {
  frames: number[]
  keys: { key: string; ms: number }[]
  ready: number | null
  context: { type: string; attrs: WebGLContextAttributes; ms: number; width: number; height: number; cssWidth: number; cssHeight: number } | null
  pendingKey: { key: string; at: number } | null
}
