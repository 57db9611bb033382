/** The field of view a shot's video is measured with: its lens across the gate its aspect cuts from the sensor. */
import { aspectValue, fieldOfViewDeg, gateSize } from '../../core/camera/lens'
import type { Degrees } from '../../core/units'
import type { Project } from '../../timeline/model'

/** The shot's horizontal field of view at its start: its starting focal length across the gate its aspect cuts from the sensor. */
export const shotHfovDeg = (project: Project, shotIndex: number): Degrees => {
  const shot = project.shots[shotIndex]
  if (!shot) throw new Error(`The project has no shot ${shotIndex + 1}.`)
  const gate = gateSize(shot.lens.sensorWidthMm, shot.lens.sensorHeightMm, aspectValue(shot.aspect))
  return fieldOfViewDeg(gate.widthMm, shot.lens.focalLengthMm)
}
