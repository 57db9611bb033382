/**
 * One compile request, run where the worker runs it: every target for the shot (compileAllTargets,
 * best first) and, when asked, the chained split of one target. Pure apart from the clock; the
 * caller registers the exporter targets (`import '../../exporters'`) first.
 */
import { registryFor } from '../../camera-presets/custom'
import { type CompileTarget, compileAllTargets, compileChain } from '../../compilers'
import type { CompileJob, CompileReply, TargetInfo } from './protocol'

export const targetInfo = (t: CompileTarget): TargetInfo => ({
  id: t.id,
  label: t.label,
  kind: t.kind,
  fileExtension: t.fileExtension,
  mediaType: t.mediaType,
  exact: t.exact,
  description: t.description,
})

export const runCompileJob = (job: CompileJob): CompileReply => {
  const t0 = performance.now()
  try {
    // the project's custom presets travel in the job, so the worker builds the same registry
    const registry = registryFor(job.project)
    const targets = compileAllTargets(job.project, job.shotIndex, registry).map(({ target, result }) => ({ target: targetInfo(target), result }))
    const chain =
      job.chainTargetId === undefined
        ? undefined
        : { targetId: job.chainTargetId, parts: compileChain(job.chainTargetId, job.project, job.shotIndex, registry) }
    return { seq: job.seq, ok: true, targets, chain, elapsedMs: performance.now() - t0 }
  } catch (e) {
    return { seq: job.seq, ok: false, message: e instanceof Error ? e.message : String(e) }
  }
}
