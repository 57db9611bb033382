/** Binds a LiveFrameSource to the studio store's playhead without React re-renders. */
import { useEffect, useState } from 'react'
import { invalidate } from '@react-three/fiber'
import { registryFor } from '../camera-presets/custom'
import { selectCurrentShot, studioStore, subscribeToPlayhead } from '../state'
import { LiveFrameSource } from './liveFrame'

/** One live frame per viewport: evaluated on playhead/document changes, each change requests a render. */
export const useShotFrame = (): LiveFrameSource => {
  const [source] = useState(() => {
    const s = studioStore.getState()
    return new LiveFrameSource(selectCurrentShot(s), s.playheadS, registryFor(s.document))
  })
  useEffect(
    () =>
      subscribeToPlayhead((timeS, s) => {
        if (source.update(selectCurrentShot(s), timeS, registryFor(s.document))) invalidate()
      }),
    [source],
  )
  return source
}
