/**
 * RealEstate10K camera text (CONTRACTS.md section 3; research/open-models.md sections 1 and 6):
 * line 1 a comment (every loader drops it), then one row per frame of 19 numbers separated by
 * single spaces: timestamp (integer microseconds), fx/W, fy/H, cx/W, cy/H, 0, 0, and the 3x4
 * world-to-camera matrix [R | t] row by row in OpenCV camera axes (x right, y down, z forward),
 * in the world frame of CONTRACTS.md section 2 (not re-based to the first frame; the loaders do that).
 *
 * Intrinsics are square-pixel focal / gate, pre-compensated for the loaders' 1280x720 assumption
 * (see exact/intrinsics.ts): for a 16:9 shot they are the plain values; for a narrower shot (4:3,
 * 1:1, 9:16) fx/W is multiplied by aspect / (16/9); for a wider one (21:9) fy/H by (16/9) / aspect.
 * CameraCtrl, VideoX-Fun, ComfyUI and kijai's loaders undo exactly that factor, so the model gets
 * the designed field of view. The header comment records fps, size and gate so the file reads back
 * exactly (parseRealEstate10K).
 */
import type { Gate } from '../../core/camera/lens'
import type { Seconds } from '../../core/units'
import type { ShotFrame } from '../../timeline'
import type { ReconstructedFrame } from '../types'
import { type Mat34, TextWriter, cameraRow, frameFromCameraRow, loaderCompensation, num, parseNum } from '../exact'

export interface RealEstate10KHeader {
  readonly fps: number
  readonly width: number
  readonly height: number
  readonly gate: Gate
}

/** One data row as numbers (19 columns) for a frame at time t (seconds from the window start). */
export const realEstate10KValues = (t: Seconds, frame: Pick<ShotFrame, 'position' | 'quaternion' | 'focalLengthMm'>, gate: Gate): number[] => [
  Math.round(t * 1e6),
  ...cameraRow(frame, gate),
]

/** The camera one row of numbers stands for (t snapped to the frame grid when the fps is known). */
export const frameFromRealEstate10KValues = (v: readonly number[], header: Partial<RealEstate10KHeader> & { gate: Gate }): ReconstructedFrame => {
  const t = header.fps ? Math.round((v[0] * header.fps) / 1e6) / header.fps : v[0] / 1e6
  return frameFromCameraRow(t, v, header.gate, 1)
}

export const realEstate10KComment = (h: RealEstate10KHeader): string => {
  const { kx, ky } = loaderCompensation(h.gate.widthMm / h.gate.heightMm)
  const comp =
    kx === 1 && ky === 1
      ? 'intrinsics plain (16:9 needs no loader compensation)'
      : `intrinsics compensated for 1280x720 loaders: ${kx !== 1 ? `fx/W x ${num(kx)}` : `fy/H x ${num(ky)}`}`
  return (
    `# Framewright RealEstate10K camera path | fps=${num(h.fps)} size=${h.width}x${h.height} gate_mm=${num(h.gate.widthMm)}x${num(h.gate.heightMm)} | ` +
    `rows: timestamp_us fx/W fy/H cx/W cy/H 0 0 w2c[R|t] row-major, OpenCV axes (x right, y down, z forward) | ` +
    `world Y-up metres, not re-based | ${comp}`
  )
}

/** The rows of numbers of frames at `header.fps` (frame i at t = i / fps). */
export const realEstate10KTable = (frames: readonly Pick<ShotFrame, 'position' | 'quaternion' | 'focalLengthMm'>[], header: RealEstate10KHeader): number[][] =>
  frames.map((f, i) => realEstate10KValues(i / header.fps, f, header.gate))

/** The whole file from its rows of numbers: comment line, then one line per row. */
export const formatRealEstate10KTable = (rows: readonly (readonly number[])[], header: RealEstate10KHeader): string => {
  const w = new TextWriter(rows.length * 200).text(realEstate10KComment(header))
  for (const row of rows) w.text('\n').nums(row, ' ')
  return w.text('\n').toString()
}

const headerFrom = (comment: string): Partial<RealEstate10KHeader> => {
  const fps = /\bfps=([0-9.eE+-]+)/.exec(comment)
  const size = /\bsize=(\d+)x(\d+)/.exec(comment)
  const gate = /\bgate_mm=([0-9.eE+-]+?)x([0-9.eE+-]+)/.exec(comment)
  return {
    ...(fps ? { fps: parseNum(fps[1], 'fps') } : {}),
    ...(size ? { width: Number(size[1]), height: Number(size[2]) } : {}),
    ...(gate ? { gate: { widthMm: parseNum(gate[1], 'gate width'), heightMm: parseNum(gate[2], 'gate height') } } : {}),
  }
}

export interface ParsedRealEstate10K {
  readonly header: Partial<RealEstate10KHeader>
  /** The raw rows: timestamp, intrinsics and world-to-camera matrix. */
  readonly rows: readonly { timestampUs: number; fx: number; fy: number; cx: number; cy: number; w2c: Mat34 }[]
  /** The camera per row, three.js convention; t snapped to the frame grid when the fps is known. */
  readonly frames: readonly ReconstructedFrame[]
}

/**
 * Read a RealEstate10K file back. The first line is a comment (ours carries fps, size and gate);
 * `fallback` supplies them for files without our header (the gate is needed for focal lengths).
 * Throws on a malformed row.
 */
export const parseRealEstate10K = (text: string, fallback: Partial<RealEstate10KHeader> = {}): ParsedRealEstate10K => {
  const lines = text.split(/\r?\n/)
  const header = { ...fallback, ...headerFrom(lines[0] ?? '') }
  const gate = header.gate
  if (!gate) throw new Error('RealEstate10K: no gate size (the header comment has none and no fallback was given)')
  const body = lines.slice(1)
  while (body.length > 0 && body[body.length - 1].trim() === '') body.pop()
  const values = body.map((line, i) => {
    const cols = line.trim().split(/\s+/)
    if (cols.length !== 19) throw new Error(`RealEstate10K row ${i + 1}: ${cols.length} columns, expected 19`)
    return cols.map((c) => parseNum(c, `value in row ${i + 1}`))
  })
  const rows = values.map((v) => ({ timestampUs: v[0], fx: v[1], fy: v[2], cx: v[3], cy: v[4], w2c: v.slice(7) as unknown as Mat34 }))
  const frames = values.map((v) => frameFromRealEstate10KValues(v, { ...header, gate }))
  return { header, rows, frames }
}
