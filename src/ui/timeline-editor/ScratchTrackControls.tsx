/** The scratch track's controls in its header (a lazy chunk): gain in dB (one undo step per change), Replace, Remove. */
import { studioActions } from '../../state'
import { MAX_SCRATCH_GAIN_DB, MIN_SCRATCH_GAIN_DB } from '../../timeline/media'
import { IconButton } from './IconButton'

export default function ScratchTrackControls({ gainDb, onReplace }: { readonly gainDb: number; readonly onReplace: () => void }) {
  const a = studioActions()
  return (
    <>
      <label className="flex items-center gap-1 text-[10px] text-neutral-500" title="Scratch track gain in decibels (0 = as recorded)">
        <input
          type="number"
          aria-label="Scratch track gain (dB)"
          data-testid="timeline.audio-gain"
          min={MIN_SCRATCH_GAIN_DB}
          max={MAX_SCRATCH_GAIN_DB}
          step={1}
          value={Math.round(gainDb * 10) / 10}
          onChange={(e) => {
            const v = Number(e.currentTarget.value)
            if (e.currentTarget.value !== '' && Number.isFinite(v)) a.updateScratchTrack({ gainDb: Math.min(MAX_SCRATCH_GAIN_DB, Math.max(MIN_SCRATCH_GAIN_DB, v)) })
          }}
          className="w-9 [appearance:textfield] rounded border border-neutral-700 bg-neutral-900 px-1 text-[10px] text-neutral-200 tabular-nums [&::-webkit-inner-spin-button]:appearance-none [&::-webkit-outer-spin-button]:appearance-none"
        />
        dB
      </label>
      <div className="flex items-center gap-0.5">
        <IconButton size="sm" icon="loop" label="Replace the scratch track audio…" testId="timeline.audio-replace" onClick={onReplace} />
        <IconButton
          size="sm"
          icon="trash"
          label="Remove the scratch track"
          testId="timeline.audio-remove"
          onClick={() => {
            a.setScratchTrack(null)
            a.notify('Removed the scratch track (Undo puts it back).')
          }}
        />
      </div>
    </>
  )
}
