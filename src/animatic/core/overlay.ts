/** The animatic's burnt-in overlay text: shot number and name, SMPTE timecode, the moves playing. */
import type { Seconds } from '../../core/units'

const pad2 = (n: number): string => String(n).padStart(2, '0')

/** SMPTE HH:MM:SS:FF of a frame index at a whole (rounded) frame rate, non-drop. */
export const smpteTimecode = (frame: number, fps: number): string => {
  const base = Math.max(1, Math.round(fps))
  const f = Math.max(0, Math.floor(frame))
  const ff = f % base
  const totalS = Math.floor(f / base)
  return `${pad2(Math.floor(totalS / 3600))}:${pad2(Math.floor(totalS / 60) % 60)}:${pad2(totalS % 60)}:${pad2(ff)}`
}

export interface OverlayClip {
  readonly presetId: string
  readonly startS: Seconds
  readonly durationS: Seconds
}

/** Names of the moves playing at `timeS` in a shot (each once, in start order). */
export const activeMoveNames = (tracks: readonly { readonly clips: readonly OverlayClip[] }[], timeS: Seconds, nameOf: (presetId: string) => string): string[] => {
  const clips = tracks
    .flatMap((t) => t.clips)
    .filter((c) => timeS >= c.startS - 1e-9 && timeS < c.startS + c.durationS - 1e-9)
    .sort((a, b) => a.startS - b.startS)
  return [...new Set(clips.map((c) => nameOf(c.presetId)))]
}

export interface OverlayInput {
  /** 1-based. */
  readonly shotNumber: number
  readonly shotName: string
  /** The frame on the whole sequence (the timecode) and within the shot. */
  readonly sequenceFrame: number
  readonly frameInShot: number
  readonly fps: number
  readonly moveNames: readonly string[]
}

export interface OverlayText {
  /** Top left: "Shot 2 · Name" ("Shot 2" when the shot has its default name). */
  readonly shot: string
  /** Top right: the sequence timecode. */
  readonly timecode: string
  /** Bottom: the moves playing, or "Hold". */
  readonly moves: string
}

export const overlayText = (o: OverlayInput): OverlayText => ({
  shot: o.shotName.trim() === `Shot ${o.shotNumber}` || !o.shotName.trim() ? `Shot ${o.shotNumber}` : `Shot ${o.shotNumber} · ${o.shotName}`,
  timecode: `${smpteTimecode(o.sequenceFrame, o.fps)}  f${o.frameInShot + 1}`,
  moves: o.moveNames.length ? o.moveNames.join(' + ') : 'Hold',
})
