/** The scratch track's controls in its header (a lazy chunk): gain in dB (Enter, blur or an arrow step commits: one undo step each), Replace, Remove. */
import { studioActions } from '../../state'
import { NumberField } from '../primitives'
import { MAX_SCRATCH_GAIN_DB, MIN_SCRATCH_GAIN_DB } from '../../timeline/media'
import { IconButton } from './IconButton'

export default function ScratchTrackControls({ gainDb, onReplace }: { readonly gainDb: number; readonly onReplace: () => void }) {
  const a = studioActions()
  return (
    <>
      <NumberField
        value={gainDb}
        onCommit={(v) => a.updateScratchTrack({ gainDb: v })}
        min={MIN_SCRATCH_GAIN_DB}
        max={MAX_SCRATCH_GAIN_DB}
        step={1}
        decimals={1}
        unit="dB"
        ariaLabel="Scratch track gain (dB)"
        title="Scratch track gain in decibels (0 = as recorded); Enter commits, ↑/↓ step 1 dB"
        testId="timeline.audio-gain"
        className="w-[62px] text-[10px]"
      />
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
