/**
 * Every compile target, in display order, and the entry points: compile one target, compile all
 * at once (sharing one evaluation and analysis), and split a shot into chained generations.
 * Adding a target is one folder and one line here.
 */
import type { Seconds } from '../core/units'
import type { MoveRegistry, Project } from '../timeline'
import { buildContext } from './context'
import { measureFidelity } from './fidelity'
import { chainWindows } from './hosted/rules'
import { trajectoryTarget } from './trajectory'
import { realEstate10KTarget } from './realestate10k'
import { motionCtrlTarget } from './motionctrl'
import { comfyWanCameraTarget } from './comfyui-wan-camera'
import { klingTarget } from './kling'
import { lumaTarget } from './luma'
import { veoVertexTarget } from './veo-vertex'
import { veoTarget } from './veo'
import { soraTarget } from './sora'
import { runwayTarget } from './runway'
import { higgsfieldTarget } from './higgsfield'
import { minimaxTarget } from './minimax'
import { pixverseTarget } from './pixverse'
import { seedanceTarget } from './seedance'
import { promptTarget } from './prompt'
import { nukeChanTarget } from './nuke-chan'
import { usdaTarget } from './usda'
import { aeJsxTarget } from './ae-jsx'
import type { CompileContext, CompileResult, CompileTarget } from './types'

export const COMPILE_TARGETS: readonly CompileTarget[] = [
  trajectoryTarget,
  realEstate10KTarget,
  motionCtrlTarget,
  comfyWanCameraTarget,
  klingTarget,
  lumaTarget,
  veoVertexTarget,
  veoTarget,
  soraTarget,
  runwayTarget,
  higgsfieldTarget,
  minimaxTarget,
  pixverseTarget,
  seedanceTarget,
  promptTarget,
  nukeChanTarget,
  usdaTarget,
  aeJsxTarget,
]

const byId = new Map(COMPILE_TARGETS.map((t) => [t.id, t]))

export const getTarget = (id: string): CompileTarget | undefined => byId.get(id)

/**
 * Adds a target defined outside the pure tier (the three.js-based `gltf` in src/exporters) to
 * COMPILE_TARGETS (the same array, so every reader sees it), getTarget and compileAllTargets.
 * Registering an id again replaces the earlier target in place.
 */
export const registerTarget = (target: CompileTarget): void => {
  const list = COMPILE_TARGETS as CompileTarget[]
  const at = list.findIndex((t) => t.id === target.id)
  if (at >= 0) list[at] = target
  else list.push(target)
  byId.set(target.id, target)
}

const outOfRange = (project: Project, shotIndex: number): CompileResult | undefined => {
  if (Number.isInteger(shotIndex) && project.shots[shotIndex]) return undefined
  const count = project.shots.length
  return {
    ok: false,
    error: { code: 'shot-out-of-range', message: `Shot ${shotIndex + 1} does not exist; the project has ${count} shot${count === 1 ? '' : 's'}.` },
  }
}

/** Run one target on a prepared context and measure its fidelity. Never throws. */
export const compileWithContext = (target: CompileTarget, ctx: CompileContext): CompileResult => {
  let result
  try {
    result = target.compile(ctx)
  } catch (e) {
    return { ok: false, error: { code: 'unsupported', message: `${target.label} could not compile this shot: ${(e as Error).message}` } }
  }
  if (!result.ok) return result
  const { output } = result
  return {
    ok: true,
    text: output.text,
    bytes: output.bytes,
    payload: output.payload,
    warnings: output.warnings,
    fidelity: measureFidelity(target.id, ctx.analysis, output.implied, output.notes, ctx.frameAt),
  }
}

/** Compile shot `shotIndex` (0-based) of `project` for the target `targetId`. Never throws for bad ids or indexes. */
export const compileShot = (targetId: string, project: Project, shotIndex: number, registry: MoveRegistry): CompileResult => {
  const target = getTarget(targetId)
  if (!target)
    return {
      ok: false,
      error: { code: 'unknown-target', message: `Unknown target '${targetId}'. Known targets: ${COMPILE_TARGETS.map((t) => t.id).join(', ')}.` },
    }
  return outOfRange(project, shotIndex) ?? compileWithContext(target, buildContext(project, shotIndex, registry))
}

export interface TargetCompilation {
  readonly target: CompileTarget
  readonly result: CompileResult
}

/** Every target for one shot, best fidelity first (failures last). */
export const compileAllTargets = (project: Project, shotIndex: number, registry: MoveRegistry): TargetCompilation[] => {
  const bad = outOfRange(project, shotIndex)
  if (bad) return COMPILE_TARGETS.map((target) => ({ target, result: bad }))
  const ctx = buildContext(project, shotIndex, registry)
  const rank = (r: CompileResult) => (r.ok ? r.fidelity.score : -1)
  return COMPILE_TARGETS.map((target) => ({ target, result: compileWithContext(target, ctx) })).sort((a, b) => rank(b.result) - rank(a.result))
}

/** The longest clip one generation of a target makes (its largest allowed length), or undefined when it has no limit. */
export const longestGenerationS = (target: CompileTarget): Seconds | undefined => {
  const { maxDurationS, durationsS } = target.constraints
  return maxDurationS ?? (durationsS?.length ? Math.max(...durationsS) : undefined)
}

/** The longest part a chained split of a target cuts: its `chainPartMaxS`, else its longest clip. */
export const chainPartLimitS = (target: CompileTarget): Seconds | undefined => target.constraints.chainPartMaxS ?? longestGenerationS(target)

/**
 * Where to cut a shot into chained generations (`chainWindows`): one part per span that moves, holds
 * joined to the part before, and a part longer than `maxPartS` (one generation) cut into equal pieces.
 */
export const planChain = (project: Project, shotIndex: number, registry: MoveRegistry, maxPartS?: Seconds): { startS: Seconds; durationS: Seconds }[] =>
  chainWindows(buildContext(project, shotIndex, registry).analysis, maxPartS)

/** Compile each part of a chained split on its own. */
export const compileChain = (targetId: string, project: Project, shotIndex: number, registry: MoveRegistry): { startS: Seconds; durationS: Seconds; result: CompileResult }[] => {
  const target = getTarget(targetId)
  const bad = outOfRange(project, shotIndex)
  if (!target || bad) return [{ startS: 0, durationS: 0, result: bad ?? compileShot(targetId, project, shotIndex, registry) }]
  return planChain(project, shotIndex, registry, chainPartLimitS(target)).map((w) => ({ ...w, result: compileWithContext(target, buildContext(project, shotIndex, registry, w)) }))
}
