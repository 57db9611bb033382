/** Yielding to the event loop between frames, so the studio stays responsive during a render. */

/** Resolves on the next macrotask (a MessageChannel message: not clamped like nested setTimeout). */
export const nextTask = (): Promise<void> =>
  new Promise((resolve) => {
    const ch = new MessageChannel()
    ch.port1.onmessage = () => {
      ch.port1.close()
      resolve()
    }
    ch.port2.postMessage(null)
  })
