/** The three times a storyboard panel shows: the first frame, the middle of the shot and the last frame. */
import type { Seconds } from '../core/units'
import { frameCount } from '../timeline/sample'

export interface PanelTimes {
  readonly startS: Seconds
  readonly middleS: Seconds
  /** The last frame's time, (frameCount − 1) / fps: the frame a render of the shot ends on. */
  readonly endS: Seconds
}

export const panelTimes = (shot: { readonly durationS: Seconds; readonly fps: number }): PanelTimes => ({
  startS: 0,
  middleS: shot.durationS / 2,
  endS: (frameCount(shot.durationS, shot.fps) - 1) / shot.fps,
})

export const PANEL_FRAMES = ['start', 'middle', 'end'] as const
export type PanelFrame = (typeof PANEL_FRAMES)[number]

export const panelTimeList = (shot: { readonly durationS: Seconds; readonly fps: number }): readonly [Seconds, Seconds, Seconds] => {
  const t = panelTimes(shot)
  return [t.startS, t.middleS, t.endS]
}
