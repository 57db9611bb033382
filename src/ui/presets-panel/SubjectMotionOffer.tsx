import type { KeyboardEvent, MouseEvent } from 'react'
import type { SubjectMotionNeed } from '../../camera-presets'
import { selectCurrentShot, studioActions, useStudio } from '../../state'
import { cx } from '../primitives'
import { needLabel, offerButtonLabel, offerTitle, offeredSubjectPatch, subjectLacks } from './subjectOffer'

export interface SubjectMotionOfferProps {
  readonly presetId: string
  readonly need: SubjectMotionNeed
}

/** "Needs a moving subject", and while the shot's subject lacks it, a button that gives it a path at the move's pace (and the car rigs a vehicle). */
export function SubjectMotionOffer({ presetId, need }: SubjectMotionOfferProps) {
  const lacking = useStudio((s) => subjectLacks(need, selectCurrentShot(s).subject))
  const shotDurationS = useStudio((s) => selectCurrentShot(s).durationS)
  const give = (e: MouseEvent) => {
    // the item around it adds the preset on click: this button only changes the subject
    e.stopPropagation()
    studioActions().updateSubject(offeredSubjectPatch(need, shotDurationS))
  }
  const keepKeys = (e: KeyboardEvent) => e.stopPropagation()
  return (
    <span className="flex flex-wrap items-center gap-x-1.5 gap-y-0.5 pt-0.5 text-[10px] leading-snug" data-testid={`presets.item.${presetId}.needs-moving-subject`}>
      <span className={cx('whitespace-nowrap', lacking ? 'text-amber-300/90' : 'text-neutral-500')}>{needLabel(need, lacking)}</span>
      {lacking && (
        <button
          type="button"
          className="rounded border border-neutral-600 px-1 py-px whitespace-nowrap text-neutral-200 hover:border-amber-400/70 hover:text-amber-200 focus-visible:border-amber-400 focus-visible:outline-none"
          title={offerTitle(need, shotDurationS)}
          data-testid={`presets.item.${presetId}.give-path`}
          onClick={give}
          onKeyDown={keepKeys}
        >
          {offerButtonLabel(need)}
        </button>
      )}
    </span>
  )
}
