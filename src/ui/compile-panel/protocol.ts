/** Messages between the compile panel and its worker: plain, structured-clone-safe data. */
import type { CompileResult, TargetKind } from '../../compilers'
import type { Seconds } from '../../core/units'
import type { Project } from '../../timeline'

export interface CompileJob {
  /** Increasing per request; replies carry it back so stale ones can be ignored. */
  readonly seq: number
  readonly project: Project
  readonly shotIndex: number
  /** Also split the shot into chained parts for this target (the `split` fix). */
  readonly chainTargetId?: string
}

/** A compile target as data (the target's `compile` function stays in the worker). */
export interface TargetInfo {
  readonly id: string
  readonly label: string
  readonly kind: TargetKind
  readonly fileExtension: string
  readonly mediaType: string
  readonly exact: boolean
  readonly description: string
}

export interface CompiledTarget {
  readonly target: TargetInfo
  readonly result: CompileResult
}

export interface ChainPart {
  readonly startS: Seconds
  readonly durationS: Seconds
  readonly result: CompileResult
}

export type CompileReply =
  | {
      readonly seq: number
      readonly ok: true
      /** Best fidelity first, failures last (compileAllTargets' order). */
      readonly targets: readonly CompiledTarget[]
      readonly chain?: { readonly targetId: string; readonly parts: readonly ChainPart[] }
      readonly elapsedMs: number
    }
  | { readonly seq: number; readonly ok: false; readonly message: string }
