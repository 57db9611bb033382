/**
 * Every compile target, in display order. Adding a target is one folder and one line here.
 */
import type { MoveRegistry, Project } from '../timeline'
import { trajectoryTarget } from './trajectory'
import type { CompileResult, CompileTarget } from './types'

export const COMPILE_TARGETS: readonly CompileTarget[] = [trajectoryTarget]

const byId = new Map(COMPILE_TARGETS.map((t) => [t.id, t]))

export const getTarget = (id: string): CompileTarget | undefined => byId.get(id)

/** Compile shot `shotIndex` (0-based) of `project` for the target `targetId`. Never throws for bad ids or indexes. */
export const compileShot = (targetId: string, project: Project, shotIndex: number, registry: MoveRegistry): CompileResult => {
  const target = getTarget(targetId)
  if (!target)
    return {
      ok: false,
      error: { code: 'unknown-target', message: `Unknown target '${targetId}'. Known targets: ${COMPILE_TARGETS.map((t) => t.id).join(', ')}.` },
    }
  return target.compile(project, shotIndex, registry)
}
