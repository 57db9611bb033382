import type { Seconds } from '../core/units'
import type { Clip } from '../timeline/model'
import { defaultParams, type ParamValues } from '../timeline/params'
import type { CameraPreset } from './types'

/** A new clip of a preset with its default duration, easing and (unless given) default parameters. */
export const createClip = (preset: CameraPreset, id: string, startS: Seconds, params?: ParamValues, durationS?: Seconds): Clip => ({
  id,
  presetId: preset.id,
  presetVersion: preset.version,
  startS,
  durationS: durationS ?? preset.defaultDurationS,
  params: { ...defaultParams(preset.params), ...params },
  easing: preset.defaultEasing,
})
