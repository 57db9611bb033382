/**
 * SMPTE-style non-drop-frame timecode HH:MM:SS:FF. Frames count at the nominal whole rate of the
 * frame rate (23.976 counts 24 a second, as editing software shows it); the frame is the nearest one.
 */
import type { Seconds } from '../core/units'

const two = (n: number) => String(n).padStart(2, '0')

/** The whole frames a second a timecode counts at this frame rate (23.976 → 24). */
export const nominalFps = (fps: number): number => Math.max(1, Math.round(fps))

/** "00:01:02:12": `timeS` seconds at `fps` frames a second (negative times read as 0). */
export const timecode = (timeS: Seconds, fps: number): string => {
  const rate = nominalFps(fps)
  const frames = Math.max(0, Math.round(timeS * fps))
  const ff = frames % rate
  const totalSeconds = Math.floor(frames / rate)
  const ss = totalSeconds % 60
  const mm = Math.floor(totalSeconds / 60) % 60
  const hh = Math.floor(totalSeconds / 3600)
  return `${two(hh)}:${two(mm)}:${two(ss)}:${two(ff)}`
}
