/**
 * Tests only: an in-process Web Locks manager (exclusive locks; ifAvailable, steal, signal, query)
 * shared by the "tabs" of a test, as navigator.locks is shared by the tabs of an origin. Node 20
 * has no navigator.locks.
 */
import type { TabLocks } from './tabs'

const abortError = (message: string) => new DOMException(message, 'AbortError')

export const createFakeLocks = (): TabLocks => {
  const held = new Map<string, { stolen: (e: unknown) => void }>()
  const queues = new Map<string, (() => void)[]>()
  const wake = (name: string) => queues.get(name)?.shift()?.()

  const grant = (name: string, callback: (lock: unknown) => unknown) =>
    new Promise<unknown>((resolve, reject) => {
      const holder = { stolen: reject }
      held.set(name, holder)
      const done = () => {
        if (held.get(name) !== holder) return
        held.delete(name)
        wake(name)
      }
      Promise.resolve()
        .then(() => callback({ name, mode: 'exclusive' }))
        .then(
          (value) => {
            done()
            resolve(value)
          },
          (error: unknown) => {
            done()
            reject(error)
          },
        )
    })

  return {
    async request(name, options, callback) {
      if (options.steal) {
        const current = held.get(name)
        held.delete(name)
        current?.stolen(abortError('The lock was stolen.'))
        return grant(name, callback)
      }
      if (held.has(name) || (queues.get(name)?.length ?? 0) > 0) {
        if (options.ifAvailable) return callback(null)
        await new Promise<void>((resolve, reject) => {
          if (options.signal?.aborted) return reject(abortError('Aborted.'))
          const queue = queues.get(name) ?? []
          queues.set(name, queue)
          const go = () => {
            options.signal?.removeEventListener('abort', abort)
            resolve()
          }
          const abort = () => {
            queue.splice(queue.indexOf(go), 1)
            reject(abortError('Aborted.'))
          }
          queue.push(go)
          options.signal?.addEventListener('abort', abort)
        })
      }
      return grant(name, callback)
    },
    async query() {
      return { held: [...held.keys()].map((name) => ({ name })) }
    },
  }
}
