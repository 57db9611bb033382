/** Messages between the page and the measuring worker (`measure.worker.ts`). Plain, cloneable data. */
import type { MeasuredFrame } from '../camera-measure'
import type { GrayFrame } from '../camera-measure/types'

export type MeasureRequest =
  /** Decode this video in the worker and measure every frame. */
  | { readonly type: 'video'; readonly jobId: number; readonly blob: Blob; readonly hfovDeg: number; readonly maxWidthPx: number }
  /** Frames will follow, drawn on the page (the previs): `total` of them. */
  | { readonly type: 'begin'; readonly jobId: number; readonly hfovDeg: number; readonly total: number }
  | { readonly type: 'frame'; readonly jobId: number; readonly frame: GrayFrame }
  | { readonly type: 'end'; readonly jobId: number }
  | { readonly type: 'cancel'; readonly jobId: number }

/** Facts of a measured video (for frames sent by the page: their own size, fps unknown = 0). */
export interface MeasuredClip {
  readonly fps: number
  readonly widthPx: number
  readonly heightPx: number
  readonly durationS: number
  readonly frames: readonly MeasuredFrame[]
}

export type MeasureResponse =
  | { readonly type: 'progress'; readonly jobId: number; readonly done: number; readonly total: number }
  | { readonly type: 'result'; readonly jobId: number; readonly clip: MeasuredClip }
  | { readonly type: 'error'; readonly jobId: number; readonly message: string; readonly aborted: boolean }
