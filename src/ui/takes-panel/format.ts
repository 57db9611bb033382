/** Words and numbers of the Takes panel: progress, elapsed time, sizes, statuses. Pure. */
import type { Take, TakeChain, TakeProgress, TakeStatus } from '../../takes/model'

export const formatDuration = (seconds: number): string => {
  const s = Math.max(0, Math.round(seconds))
  if (s < 60) return `${s} s`
  const m = Math.floor(s / 60)
  return `${m} min ${String(s % 60).padStart(2, '0')} s`
}

export const formatBytes = (bytes: number): string => {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}

/** "24 / 48 frames · 6.1 fps · 4 s left" (parts missing from the progress are left out). */
export const formatProgress = (p: TakeProgress): string => {
  const parts: string[] = []
  if (p.framesDone !== undefined && p.frameCount !== undefined) parts.push(`${p.framesDone} / ${p.frameCount} frames`)
  else if (p.phase) parts.push(p.phase)
  if (p.framesPerSecond !== undefined && p.framesPerSecond > 0) parts.push(`${p.framesPerSecond.toFixed(1)} fps`)
  if (p.secondsLeft !== undefined && p.secondsLeft !== null) parts.push(`${formatDuration(p.secondsLeft)} left`)
  else if (p.framesDone !== undefined) parts.push('estimating…')
  return parts.join(' · ')
}

export const STATUS_LABEL: Readonly<Record<TakeStatus, string>> = {
  queued: 'Queued',
  running: 'Rendering',
  succeeded: 'Done',
  failed: 'Failed',
  canceled: 'Canceled',
  interrupted: 'Interrupted',
}

export const STATUS_TONE: Readonly<Record<TakeStatus, string>> = {
  queued: 'bg-neutral-700 text-neutral-200',
  running: 'bg-sky-500/20 text-sky-300',
  succeeded: 'bg-emerald-500/15 text-emerald-300',
  failed: 'bg-red-500/20 text-red-300',
  canceled: 'bg-neutral-700 text-neutral-300',
  interrupted: 'bg-amber-500/20 text-amber-300',
}

/** "720p · 1280×720 · H.264 MP4 · 2.0 s · 412 KB" */
export const describeVideo = (take: Take): string => {
  const v = take.video
  if (!v) return take.settings.size
  const codec = v.codec.startsWith('avc') ? 'H.264' : v.codec.startsWith('vp09') || v.codec === 'vp9' ? 'VP9' : v.codec
  return `${v.width}×${v.height} · ${codec} ${v.container.toUpperCase()} · ${v.durationS.toFixed(1)} s · ${formatBytes(v.bytes)}`
}

const two = (n: number) => String(n).padStart(2, '0')
export const formatClock = (epochMs: number): string => {
  const d = new Date(epochMs)
  return `${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`
}

/** "Part 2 of 3 · 2.0–4.5 s": a part of a chained generation and its window in the shot. */
export const formatChainPart = (chain: TakeChain): string =>
  `Part ${chain.part} of ${chain.parts} · ${chain.startS.toFixed(1)}–${(chain.startS + chain.durationS).toFixed(1)} s`

/** "seed 48213" */
export const formatSeed = (seed: number): string => `seed ${seed}`
