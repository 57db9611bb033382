/** Binds a LiveFrameSource to the studio store's playhead without React re-renders. */
import { useEffect, useState } from 'react'
import { advance, invalidate } from '@react-three/fiber'
import { registryFor } from '../camera-presets/custom'
import { selectCurrentShot, studioStore, subscribeToPlayhead } from '../state'
import { LiveFrameSource } from './liveFrame'

/**
 * One live frame per viewport: evaluated on playhead/document changes, each change requests a render.
 * While playing, the clock's tick (an animation frame) draws the canvas at once (`advance`), in the
 * same frame as the page's other per-frame changes (the timeline's playhead, the timecode): one
 * composited frame per shot frame. With `invalidate` the canvas came a frame later, so the browser
 * composited twice per shot frame, and compositing is what playback waits on without a GPU.
 */
export const useShotFrame = (): LiveFrameSource => {
  const [source] = useState(() => {
    const s = studioStore.getState()
    return new LiveFrameSource(selectCurrentShot(s), s.playheadS, registryFor(s.document))
  })
  useEffect(
    () =>
      subscribeToPlayhead((timeS, s) => {
        if (!source.update(selectCurrentShot(s), timeS, registryFor(s.document))) return
        if (s.playing) advance(performance.now())
        else invalidate()
      }),
    [source],
  )
  return source
}
