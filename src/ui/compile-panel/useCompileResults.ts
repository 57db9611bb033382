/**
 * Live compile results for the selected shot. Subscribes to the store outside React (document and
 * selected shot only, never the playhead), debounces edits, compiles in the worker and exposes the
 * newest reply through useSyncExternalStore. One scheduler (and worker) for the app, created on
 * first use; it compiles only while the panel is active.
 */
import { useEffect, useSyncExternalStore } from 'react'
import { type StudioState, studioStore } from '../../state'
import { createBackend } from './backend'
import { type CompileRequest, type CompileScheduler, type CompileSnapshot, createCompileScheduler } from './scheduler'

let scheduler: CompileScheduler | undefined
let lastRequest: CompileRequest | undefined

const getScheduler = (): CompileScheduler => (scheduler ??= createCompileScheduler(createBackend()))

export const requestFor = (s: Pick<StudioState, 'document' | 'selectedShotId'>, chainTargetId: string | undefined): CompileRequest => ({
  project: s.document,
  shotIndex: Math.max(0, s.document.shots.findIndex((x) => x.id === s.selectedShotId)),
  chainTargetId,
})

const sameRequest = (a: CompileRequest | undefined, b: CompileRequest) =>
  a !== undefined && a.project === b.project && a.shotIndex === b.shotIndex && a.chainTargetId === b.chainTargetId

export function useCompileResults(active: boolean, chainTargetId: string | undefined): CompileSnapshot {
  const sched = getScheduler()
  const snapshot = useSyncExternalStore(sched.subscribe, sched.getSnapshot)
  useEffect(() => {
    if (!active) return
    // opening the panel, or asking for a split: compile now unless that exact request is already made
    const now = requestFor(studioStore.getState(), chainTargetId)
    if (!sameRequest(lastRequest, now)) {
      lastRequest = now
      sched.requestNow(now)
    }
    return studioStore.subscribe((s, prev) => {
      if (s.document === prev.document && s.selectedShotId === prev.selectedShotId) return
      lastRequest = requestFor(s, chainTargetId)
      sched.request(lastRequest)
    })
  }, [active, chainTargetId, sched])
  return snapshot
}
