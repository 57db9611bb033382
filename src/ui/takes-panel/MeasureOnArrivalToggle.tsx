/** "Measure new takes": whether each take is measured as it arrives (this browser's preference; a take's own Measure button works either way). */
import { useStore } from 'zustand'
import { arrivalSettingStore, setMeasureOnArrival } from '../../take-measurement/arrivalSetting'
import { Toggle } from '../primitives'

export function MeasureOnArrivalToggle() {
  const on = useStore(arrivalSettingStore, (s) => s.on)
  return (
    <span
      className="shrink-0"
      title="Measure the camera motion of each take as it arrives (in the background). Off: a take is measured only when you press its Measure button."
    >
      <Toggle checked={on} onChange={setMeasureOnArrival} label="Measure new takes" testId="takes.measureOnArrival" className="h-5 text-[11px]" />
    </span>
  )
}
