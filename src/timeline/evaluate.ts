/**
 * Shot evaluation: the camera at any time of a shot, as a pure, total function.
 *
 * Clips are folded in order of start time (ties: track order, then clip order). At time t each
 * clip that has started applies its move operator with its eased progress; a clip that has ended
 * applies fully. So clips in sequence continue from where the previous one left the camera, and
 * clips that overlap in time combine (orbit + crane-up gives a rising helix). A clip of a composite
 * move (a custom preset) plays as the clips of its parts (`expandShot`).
 */
import { type Quat } from '../core/math/quat'
import { type Vec3, distance } from '../core/math/vec3'
import { orientationQuaternion } from '../core/camera/pose'
import { evaluateEasing } from '../core/math/easing'
import type { Degrees, Meters, Millimeters, Seconds } from '../core/units'
import { clamp } from '../core/units'
import { expandShot } from './composite'
import type { Clip, Shot } from './model'
import type { MoveDefinition, MoveRegistry, MoveState, ResolvedParams } from './moves'
import { resolveParams } from './params'
import { type SubjectState, subjectAt } from './subject'

export interface ShotFrame {
  readonly timeS: Seconds
  /** Time of the subject's own motion (differs from timeS under bullet time). */
  readonly sceneTimeS: Seconds
  readonly position: readonly [number, number, number]
  readonly yawDeg: Degrees
  readonly pitchDeg: Degrees
  readonly rollDeg: Degrees
  readonly quaternion: Quat
  readonly focalLengthMm: Millimeters
  readonly focusDistanceM: Meters
  readonly fStop: number
  readonly subject: SubjectState
}

interface PreparedClip {
  readonly clip: Clip
  readonly move: MoveDefinition
  readonly params: ResolvedParams
  readonly sceneTimeRate: number
  /** Where the subject is when the clip starts, and when it ends (a finished move keeps seeing that). */
  readonly subjectPointAtStart: Vec3
  readonly subjectPointAtEnd: Vec3
  /** The subject's facing when the clip starts and when it ends. */
  readonly subjectFacingAtStart: Degrees
  readonly subjectFacingAtEnd: Degrees
}

/** What scene time needs of a clip. */
type TimedClip = Pick<PreparedClip, 'clip' | 'sceneTimeRate'>

interface PreparedShot {
  readonly registry: MoveRegistry
  readonly clips: readonly PreparedClip[]
}

const prepared = new WeakMap<Shot, PreparedShot>()

const prepareShot = (shot: Shot, registry: MoveRegistry): PreparedShot => {
  const cached = prepared.get(shot)
  if (cached && cached.registry === registry) return cached
  const list: { p: Omit<PreparedClip, 'subjectPointAtStart' | 'subjectPointAtEnd' | 'subjectFacingAtStart' | 'subjectFacingAtEnd'>; track: number; index: number }[] = []
  // composite moves (custom presets) play as the clips of their parts
  expandShot(shot, registry).tracks.forEach((track, trackIndex) => {
    track.clips.forEach((clip, index) => {
      const move = registry.get(clip.presetId)
      if (!move) return // unknown presets are rejected on load; evaluation stays total
      const params = resolveParams(move.params, clip.params)
      const rate = move.sceneTimeRate ? move.sceneTimeRate(params) : 1
      list.push({ p: { clip, move, params, sceneTimeRate: rate }, track: trackIndex, index })
    })
  })
  list.sort((a, b) => a.p.clip.startS - b.p.clip.startS || a.track - b.track || a.index - b.index)
  const timed = list.map((x) => x.p)
  // subject points depend on scene time, which needs every clip's time rate: computed once all are known
  const subjectStateAt = (t: Seconds) => subjectAt(shot.subject, sceneTimeAt(timed, t), shot.durationS)
  const clips: PreparedClip[] = timed.map((p) => {
    const atStart = subjectStateAt(p.clip.startS)
    const atEnd = subjectStateAt(p.clip.startS + p.clip.durationS)
    return { ...p, subjectPointAtStart: atStart.point, subjectPointAtEnd: atEnd.point, subjectFacingAtStart: atStart.facingDeg, subjectFacingAtEnd: atEnd.facingDeg }
  })
  const result: PreparedShot = { registry, clips }
  prepared.set(shot, result)
  return result
}

/** The initial move state of a shot: its starting framing and lens. */
export const initialMoveState = (shot: Shot): MoveState => ({
  position: shot.start.position,
  yawDeg: shot.start.yawDeg,
  pitchDeg: shot.start.pitchDeg,
  rollDeg: shot.start.rollDeg,
  focalLengthMm: shot.lens.focalLengthMm,
  focusDistanceM: shot.lens.focusDistanceM ?? 0,
  focusOnSubject: shot.lens.focusDistanceM === null,
  fStop: shot.lens.fStop,
  subjectSpinDeg: 0,
})

/** Scene time at shot time t: real time, slowed where time-remapping moves (bullet time) run. */
export const sceneTimeAt = (clips: readonly TimedClip[], t: Seconds): Seconds => {
  let scene = t
  for (const { clip, sceneTimeRate } of clips) {
    if (sceneTimeRate === 1) continue
    const overlap = clamp(t - clip.startS, 0, clip.durationS)
    scene -= (1 - sceneTimeRate) * overlap
  }
  return scene
}

/** The camera, lens and subject of `shot` at time `timeS` (clamped to the shot). */
export const evaluateShot = (shot: Shot, timeS: Seconds, registry: MoveRegistry): ShotFrame => {
  const t = Number.isNaN(timeS) ? 0 : clamp(timeS, 0, shot.durationS)
  const { clips } = prepareShot(shot, registry)
  const sceneTimeS = sceneTimeAt(clips, t)
  const subjectNow = subjectAt(shot.subject, sceneTimeS, shot.durationS)
  let state = initialMoveState(shot)
  for (const pc of clips) {
    const { clip } = pc
    if (clip.startS > t) break
    const local = clamp(t - clip.startS, 0, clip.durationS)
    const linear = clip.durationS > 0 ? local / clip.durationS : 1
    // a finished move keeps what it did: it sees the subject as it was when the move ended
    const running = local < clip.durationS
    const subjectPoint = running ? subjectNow.point : pc.subjectPointAtEnd
    state = pc.move.apply(
      state,
      {
        progress: evaluateEasing(clip.easing, linear),
        linearProgress: linear,
        localTimeS: local,
        durationS: clip.durationS,
        subjectPoint,
        subjectPointAtStart: pc.subjectPointAtStart,
        subjectTurnDeg: (running ? subjectNow.facingDeg : pc.subjectFacingAtEnd) - pc.subjectFacingAtStart,
      },
      pc.params,
    )
  }
  const focusDistanceM = state.focusOnSubject ? distance(state.position, subjectNow.point) : state.focusDistanceM
  return {
    timeS: t,
    sceneTimeS,
    position: [state.position[0], state.position[1], state.position[2]],
    yawDeg: state.yawDeg,
    pitchDeg: state.pitchDeg,
    rollDeg: state.rollDeg,
    quaternion: orientationQuaternion(state),
    focalLengthMm: state.focalLengthMm,
    focusDistanceM,
    fStop: state.fStop,
    subject: { ...subjectNow, facingDeg: subjectNow.facingDeg + state.subjectSpinDeg },
  }
}
