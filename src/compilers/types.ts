/**
 * A compile target: declared data (id, label, kind, file type, constraints) plus one pure
 * function from a project's shot to the text of a payload or an export file.
 */
import type { AspectRatio } from '../core/camera/lens'
import type { Seconds } from '../core/units'
import type { MoveRegistry, Project } from '../timeline'

/** 'payload': a request body for a generation API; 'export': a file for another tool. */
export type TargetKind = 'payload' | 'export'

/** What a target accepts or produces. An absent field means no limit. */
export interface TargetConstraints {
  /** The only durations the target takes (seconds). */
  readonly durationsS?: readonly Seconds[]
  readonly minDurationS?: Seconds
  readonly maxDurationS?: Seconds
  /** Aspect ratios the target takes. */
  readonly aspects?: readonly AspectRatio[]
  /** A fixed output frame rate; absent means the shot's own fps. */
  readonly fps?: number
  /** The only frame counts the target takes. */
  readonly frameCounts?: readonly number[]
  /** How many moves it can express at once (1 = one named move). */
  readonly maxSimultaneousMoves?: number
  /** Anything else worth knowing, one short line each. */
  readonly notes?: readonly string[]
}

export type CompileErrorCode = 'shot-out-of-range' | 'unknown-target' | 'unsupported'

export interface CompileError {
  readonly code: CompileErrorCode
  readonly message: string
}

export type CompileResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly error: CompileError }

export interface CompileTarget {
  readonly id: string
  readonly label: string
  readonly kind: TargetKind
  /** Without the dot: "json". */
  readonly fileExtension: string
  readonly mediaType: string
  /** One or two sentences: what the output is and who reads it. */
  readonly description: string
  readonly constraints: TargetConstraints
  /** Compile shot `shotIndex` (0-based) of a validated project, evaluating moves with `registry`. */
  readonly compile: (project: Project, shotIndex: number, registry: MoveRegistry) => CompileResult
}
