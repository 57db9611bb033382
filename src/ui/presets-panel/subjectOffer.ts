/**
 * The library's offer for moves that need a moving subject (tracking, head tracking, action run, the
 * car rigs): the path (and for the car rigs the vehicle form) it gives the subject, and the words. Pure.
 */
import type { SubjectMotionNeed } from '../../camera-presets'
import type { Seconds } from '../../core/units'
import type { SubjectPath, SubjectSpec } from '../../timeline'

const PACE_WORDS: Readonly<Record<SubjectMotionNeed['pace'], string>> = { walk: 'walking', run: 'running', drive: 'driving' }

/** A straight path ahead at the move's pace over the whole shot (the subject's path spans the shot), to 0.1 m. */
export const offeredPath = (need: SubjectMotionNeed, shotDurationS: Seconds): SubjectPath => ({
  kind: 'line',
  distanceM: Math.round(need.speedMps * Math.max(0, shotDurationS) * 10) / 10,
})

/** What the offer changes on the shot's subject: a path, and for the car rigs a vehicle form. */
export const offeredSubjectPatch = (need: SubjectMotionNeed, shotDurationS: Seconds): Partial<SubjectSpec> =>
  need.pace === 'drive' ? { path: offeredPath(need, shotDurationS), form: 'vehicle' } : { path: offeredPath(need, shotDurationS) }

/** Whether the subject still lacks what the move needs: a path, and for the car rigs a vehicle. */
export const subjectLacks = (need: SubjectMotionNeed, subject: Pick<SubjectSpec, 'path' | 'form'>): boolean =>
  subject.path.kind === 'still' || (need.pace === 'drive' && subject.form !== 'vehicle')

/** The line under the description: what the move needs, or that it has it. */
export const needLabel = (need: SubjectMotionNeed, lacking: boolean): string => {
  const what = need.pace === 'drive' ? 'vehicle' : 'subject'
  return lacking ? `Needs a moving ${what}` : `Follows the moving ${what}`
}

export const offerButtonLabel = (need: SubjectMotionNeed): string => (need.pace === 'drive' ? 'Make it a driving car' : `Give it a ${PACE_WORDS[need.pace]} path`)

export const offerTitle = (need: SubjectMotionNeed, shotDurationS: Seconds): string => {
  const path = offeredPath(need, shotDurationS)
  const kmh = Math.round(need.speedMps * 3.6)
  const what = need.pace === 'drive' ? 'a vehicle that drives' : 'travel'
  return `Makes this shot's subject ${what} ${path.kind === 'line' ? path.distanceM : 0} m straight ahead over the shot (about ${kmh} km/h). One undo step; edit it under Subject.`
}
