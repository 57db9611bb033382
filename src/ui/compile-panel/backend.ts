/**
 * Where compiles run in the studio: a module Web Worker (created on first use, recreated after a
 * crash). Without Worker support the job runs on the main thread after a timeout, loaded on demand.
 */
import type { CompileBackend } from './scheduler'
import type { CompileJob, CompileReply } from './protocol'

export const createWorkerBackend = (): CompileBackend => {
  let worker: Worker | undefined
  let onReply: (reply: CompileReply) => void = () => {}
  let onFailure: (message: string) => void = () => {}
  const start = (): Worker => {
    const w = new Worker(new URL('./compile.worker.ts', import.meta.url), { type: 'module', name: 'framewright-compile' })
    w.onmessage = (e: MessageEvent<CompileReply>) => onReply(e.data)
    w.onerror = (e) => {
      e.preventDefault()
      w.terminate()
      if (worker === w) worker = undefined
      onFailure(`The compiler stopped: ${e.message || 'worker error'}`)
    }
    return w
  }
  return {
    listen: (reply, failure) => {
      onReply = reply
      onFailure = failure
    },
    post: (job: CompileJob) => {
      worker ??= start()
      worker.postMessage(job)
    },
    dispose: () => {
      worker?.terminate()
      worker = undefined
    },
  }
}

/** Fallback without Web Workers: the same job on the main thread, in a later task. */
export const createMainThreadBackend = (): CompileBackend => {
  let onReply: (reply: CompileReply) => void = () => {}
  let onFailure: (message: string) => void = () => {}
  let disposed = false
  return {
    listen: (reply, failure) => {
      onReply = reply
      onFailure = failure
    },
    post: (job) => {
      setTimeout(() => {
        Promise.all([import('../../exporters'), import('./compileJob')])
          .then(([, { runCompileJob }]) => !disposed && onReply(runCompileJob(job)))
          .catch((e: unknown) => !disposed && onFailure(e instanceof Error ? e.message : String(e)))
      }, 0)
    },
    dispose: () => {
      disposed = true
    },
  }
}

export const createBackend = (): CompileBackend => (typeof Worker === 'undefined' ? createMainThreadBackend() : createWorkerBackend())
