/**
 * A take's measurement as the studio shows it: the take's design (from the one-shot project it
 * remembers) sampled on its frame grid, the previs measurement of that design as the reference (the
 * same estimator on both sides, so its bias cancels), the take's frames mapped onto the design's
 * time, and the comparison. Pure functions over plain data.
 */
import { registryFor } from '../camera-presets/custom'
import {
  type DesignedMotion,
  type MeasuredMotion,
  type MotionFrame,
  type HeldBias,
  againstPrevis,
  compareMotion,
  designedMotion,
} from '../camera-measure/compare'
import { loadProject } from '../schema'
import { hash64 } from '../takes/fingerprint'
import type { Take } from '../takes/model'
import type { Project } from '../timeline/model'
import { sampleShot } from '../timeline/sample'
import type { MeasurementRecord } from './record'
import type { MeasuredTakeView, WorldPose } from './types'

export type { MeasuredTakeView } from './types'


/** The take's design as a project of one shot, or a sentence why it cannot be read. */
export const takeDesign = (take: Pick<Take, 'design'>): { ok: true; project: Project } | { ok: false; message: string } => {
  const loaded = loadProject(take.design)
  if (!loaded.ok) return { ok: false, message: `The design this take was made from cannot be read (${loaded.error.message}).` }
  if (loaded.project.shots.length === 0) return { ok: false, message: 'The design this take was made from has no shot.' }
  return { ok: true, project: loaded.project }
}

/** Where the previs measurement of a take's design is kept: one per design text and frame rate. */
export const previsKeyOf = (take: Pick<Take, 'design'>, fps: number): string => `previs:${hash64(take.design)}:${fps}`

export const motionOfRecord = (record: MeasurementRecord): MeasuredMotion => ({ fps: record.fps, frames: record.frames })

const lastT = (frames: readonly MotionFrame[]): number => frames[frames.length - 1]?.t ?? 0

/**
 * The take's frames on the design's clock: when the clip's length differs from the design's by more
 * than a frame (a model makes clips of its own lengths and runs the move over the whole clip), its
 * times are scaled so first and last frames meet. Returns the note to show, or null.
 */
export const onDesignTime = (measured: MeasuredMotion, designDurationS: number): { measured: MeasuredMotion; note: string | null } => {
  const takeS = lastT(measured.frames)
  if (takeS <= 0 || designDurationS <= 0 || Math.abs(takeS - designDurationS) <= 1 / measured.fps) return { measured, note: null }
  const k = designDurationS / takeS
  return {
    measured: { fps: measured.fps / k, frames: measured.frames.map((f) => ({ ...f, t: f.t * k })) },
    note: `The ${(takeS + 1 / measured.fps).toFixed(1)} s clip is read against the ${(designDurationS + 1 / measured.fps).toFixed(1)} s design: its times are scaled by ${k.toFixed(2)}, so its first and last frames meet the design's.`,
  }
}

/** A window [fromS, toS] of a motion, cumulative again from its first frame (a part of a chained generation). */
export const windowOf = <M extends MeasuredMotion>(motion: M, fromS: number, toS: number): M => {
  const eps = 1e-6
  const idx = motion.frames.map((f, i) => [f, i] as const).filter(([f]) => f.t >= fromS - eps && f.t <= toS + eps)
  if (idx.length < 2) return motion
  const [first] = idx[0]
  const frames = idx.map(([f]) => ({ ...f, t: f.t - first.t, panDeg: f.panDeg - first.panDeg, tiltDeg: f.tiltDeg - first.tiltDeg, rollDeg: f.rollDeg - first.rollDeg, zoom: f.zoom / first.zoom }))
  const designed = motion as unknown as Partial<DesignedMotion>
  if (!designed.dollyM) return { ...motion, frames }
  const pick = (xs: readonly number[]) => idx.map(([, i]) => xs[i] - xs[idx[0][1]])
  return { ...motion, frames, dollyM: pick(designed.dollyM), truckM: pick(designed.truckM!), pedestalM: pick(designed.pedestalM!), orbitDeg: pick(designed.orbitDeg!) } as M
}

const heldWords = (b: HeldBias): string =>
  b.channel === 'zoom' ? `a ${b.previsEnd.toFixed(2)}x zoom` : `${Math.abs(b.previsEnd).toFixed(1)}\u00b0 of ${b.channel}`

/** Everything the Compare view and the takes list show of a measured take; a sentence when the design cannot be read. */
export const measuredTakeView = (take: Take, record: MeasurementRecord, previs: MeasurementRecord | null): { ok: true; view: MeasuredTakeView } | { ok: false; message: string } => {
  const design = takeDesign(take)
  if (!design.ok) return design
  const project = design.project
  const shot = project.shots[0]
  const registry = registryFor(project)
  let designed = designedMotion(project, 0, registry, shot.fps)
  let previsMotion = previs && previs.frames.length === designed.frames.length ? motionOfRecord(previs) : null
  const notes: string[] = []
  let poses: WorldPose[] = sampleShot(shot, registry, shot.fps).map((f) => ({ position: f.position, quaternion: f.quaternion }))
  if (take.chain) {
    const { startS, durationS } = take.chain
    designed = windowOf(designed, startS, startS + durationS)
    previsMotion = previsMotion ? windowOf(previsMotion, startS, startS + durationS) : null
    poses = poses.filter((_, i) => i / shot.fps >= startS - 1e-6 && i / shot.fps <= startS + durationS + 1e-6)
    notes.push(`Part ${take.chain.part} of ${take.chain.parts}: scored against ${startS.toFixed(1)}–${(startS + durationS).toFixed(1)} s of the design.`)
  }
  const aligned = onDesignTime(motionOfRecord(record), lastT(designed.frames))
  if (aligned.note) notes.push(aligned.note)
  let reference: DesignedMotion | null = null
  let measured = aligned.measured
  if (previsMotion) {
    const cancelled = againstPrevis(designed, previsMotion, measured)
    reference = cancelled.reference
    measured = cancelled.measured
    for (const b of cancelled.held) notes.push(`The previs of this design reads ${heldWords(b)} that the design does not have: that is the measurement\u2019s own error during this move, so it is taken out of the take\u2019s reading.`)
  }
  if (take.route === 'previs') notes.push('A previs take is scored against the design itself: what is left is the measurement\u2019s own error.')
  else if (!reference) notes.push('Scored against the design itself (the previs of this design could not be measured here).')
  if (record.unmatchedFrames > 0) notes.push(`${record.unmatchedFrames} of ${record.frames.length} frames could not be matched; the motion is held there.`)
  const comparison = compareMotion(reference ?? designed, measured)
  return { ok: true, view: { designed, reference, measured, comparison, designPoses: poses, notes } }
}
