/**
 * A compile target: declared data (id, label, kind, file type, capabilities) plus one pure
 * function from a shot (and its motion analysis) to the target's payload or export file, with the
 * motion that output implies so the fidelity of the translation can be measured.
 */
import type { AspectRatio } from '../core/camera/lens'
import type { Seconds } from '../core/units'
import type { MoveRegistry, Project, Shot, ShotFrame } from '../timeline'
import type { MotionAnalysis, MotionChannels } from './analysis/types'

/** 'payload': a request body for a generation API; 'export': a file for another tool. */
export type TargetKind = 'payload' | 'export'

/** A camera channel of the motion analysis (see analysis/types.ts). */
export type Channel = keyof MotionChannels | 'shake'

/** What a target accepts or produces. An absent field means no limit. */
export interface TargetConstraints {
  /** The only durations the target takes (seconds). */
  readonly durationsS?: readonly Seconds[]
  readonly minDurationS?: Seconds
  readonly maxDurationS?: Seconds
  /** The longest part a chained split cuts, where shorter than the longest clip (a model that drifts past the length it was trained on). */
  readonly chainPartMaxS?: Seconds
  /** Aspect ratios the target takes. */
  readonly aspects?: readonly AspectRatio[]
  /** A fixed output frame rate; absent means the shot's own fps. */
  readonly fps?: number
  /** The only frame counts the target takes. */
  readonly frameCounts?: readonly number[]
  /** A frame-count rule in words, e.g. "4k+1 frames". */
  readonly frameRule?: string
  /** How many moves it can express at once (1 = one named move). */
  readonly maxSimultaneousMoves?: number
  /** How many moves it can express one after another within one generation (1 = no sequences). */
  readonly maxSequentialMoves?: number
  /** Channels it can express natively. Absent = every channel, exactly (per-frame exports). */
  readonly channels?: readonly Channel[]
  /** Models and modes that accept the camera fields. */
  readonly models?: readonly string[]
  /** Needs a start image (image-to-video only). */
  readonly needsStartImage?: boolean
  /** Anything else worth knowing, one short line each. */
  readonly notes?: readonly string[]
}

/** A way out of a constraint error, offered to the user. */
export type CompileFix =
  | { readonly kind: 'trim'; readonly toS: Seconds; readonly label: string }
  | { readonly kind: 'split'; readonly parts: number; readonly label: string }
  | { readonly kind: 'set-aspect'; readonly aspect: AspectRatio; readonly label: string }
  | { readonly kind: 'note'; readonly label: string }

export type CompileErrorCode = 'shot-out-of-range' | 'unknown-target' | 'unsupported' | 'constraint'

export interface CompileError {
  readonly code: CompileErrorCode
  /** One clear, actionable sentence: what is wrong and what to do. */
  readonly message: string
  readonly fixes?: readonly CompileFix[]
}

export interface CompileWarning {
  readonly message: string
  readonly fix?: CompileFix
}

export type Verdict = 'kept' | 'approximated' | 'dropped'

/** A target's own explanation of what happened to a channel ("roll dropped: Kling allows one axis"). */
export interface FidelityNote {
  readonly channel: Channel
  readonly verdict: Verdict
  readonly text: string
}

/**
 * The motion a target's output implies, in one of two forms:
 * - frames: a per-frame camera path read back from the output (exact and per-frame targets);
 * - segments: camera-relative channels over time spans (vocabulary targets), in shot seconds.
 */
export type ImpliedMotion =
  | { readonly kind: 'frames'; readonly frames: readonly ReconstructedFrame[] }
  | { readonly kind: 'segments'; readonly segments: readonly ImpliedSegment[] }

export interface ReconstructedFrame {
  readonly t: Seconds
  readonly position: readonly [number, number, number]
  /** three.js world orientation [x, y, z, w]. */
  readonly quaternion: readonly [number, number, number, number]
  readonly focalLengthMm: number
  readonly focusDistanceM?: number
}

export interface ImpliedSegment {
  readonly startS: Seconds
  readonly endS: Seconds
  /** Channels the output implies over this span; absent channels are 0 (zoomRatio/focusRatio: 1). */
  readonly channels: Partial<MotionChannels>
  /** Implied shake (RMS), when the output asks for handheld motion. */
  readonly shake?: { readonly positionM: number; readonly rotationDeg: number }
}

export interface CompileContext {
  readonly project: Project
  readonly shot: Shot
  readonly shotIndex: number
  readonly registry: MoveRegistry
  /** The time window compiled (the whole shot, or one part of a chained split). */
  readonly startS: Seconds
  readonly durationS: Seconds
  /** Motion analysis of the window (segment times are relative to startS). */
  readonly analysis: MotionAnalysis
  /** The shot evaluated at window time t (0..durationS). */
  readonly frameAt: (t: Seconds) => ShotFrame
  /** The window sampled at `fps`: frame i at t = i / fps, count = max(1, round(durationS * fps)). */
  readonly sample: (fps: number) => ShotFrame[]
}

export interface TargetOutput {
  /** The text of the payload or file (for binary files, a short description). */
  readonly text: string
  /** Binary file contents (glb), when the output is not text. */
  readonly bytes?: Uint8Array
  /** The payload as an object, for payload targets (the request body). */
  readonly payload?: unknown
  readonly implied: ImpliedMotion
  readonly notes: readonly FidelityNote[]
  readonly warnings: readonly CompileWarning[]
}

export type TargetResult = { readonly ok: true; readonly output: TargetOutput } | { readonly ok: false; readonly error: CompileError }

export interface CompileTarget {
  readonly id: string
  readonly label: string
  readonly kind: TargetKind
  /** Without the dot: "json". */
  readonly fileExtension: string
  readonly mediaType: string
  /** One or two sentences: what the output is and who reads it. */
  readonly description: string
  /** Exact per-frame targets promise fidelity >= 0.999. */
  readonly exact: boolean
  readonly constraints: TargetConstraints
  readonly compile: (ctx: CompileContext) => TargetResult
}

export interface FidelityReport {
  readonly targetId: string
  /** 0..1: agreement between the designed and the reconstructed motion. */
  readonly score: number
  readonly kept: readonly string[]
  readonly approximated: readonly string[]
  readonly dropped: readonly string[]
}

export type CompileResult =
  | {
      readonly ok: true
      readonly text: string
      readonly bytes?: Uint8Array
      readonly payload?: unknown
      readonly fidelity: FidelityReport
      readonly warnings: readonly CompileWarning[]
    }
  | { readonly ok: false; readonly error: CompileError }
