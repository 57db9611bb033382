/**
 * The library's offer for moves that need a moving subject (tracking, head tracking, action run, the
 * car rigs): the path it gives the subject and the words for it. Pure.
 */
import type { SubjectMotionNeed } from '../../camera-presets'
import type { Seconds } from '../../core/units'
import type { SubjectPath } from '../../timeline'

const PACE_WORDS: Readonly<Record<SubjectMotionNeed['pace'], string>> = { walk: 'walking', run: 'running', drive: 'driving' }

/** A straight path ahead at the move's pace over the whole shot (the subject's path spans the shot), to 0.1 m. */
export const offeredPath = (need: SubjectMotionNeed, shotDurationS: Seconds): SubjectPath => ({
  kind: 'line',
  distanceM: Math.round(need.speedMps * Math.max(0, shotDurationS) * 10) / 10,
})

export const offerButtonLabel = (need: SubjectMotionNeed): string => `Give it a ${PACE_WORDS[need.pace]} path`

export const offerTitle = (need: SubjectMotionNeed, shotDurationS: Seconds): string => {
  const path = offeredPath(need, shotDurationS)
  const kmh = Math.round(need.speedMps * 3.6)
  return `Sets this shot's subject to travel ${path.kind === 'line' ? path.distanceM : 0} m straight ahead over the shot (about ${kmh} km/h). One undo step; edit it under Subject.`
}
