/** Binds a LiveFrameSource to the studio store's playhead without React re-renders. */
import { useEffect, useState } from 'react'
import { invalidate } from '@react-three/fiber'
import { selectCurrentShot, studioStore, subscribeToPlayhead } from '../state'
import { LiveFrameSource } from './liveFrame'

/** One live frame per viewport: evaluated on playhead/document changes, each change requests a render. */
export const useShotFrame = (): LiveFrameSource => {
  const [source] = useState(() => {
    const s = studioStore.getState()
    return new LiveFrameSource(selectCurrentShot(s), s.playheadS)
  })
  useEffect(
    () =>
      subscribeToPlayhead((timeS, s) => {
        if (source.update(selectCurrentShot(s), timeS)) invalidate()
      }),
    [source],
  )
  return source
}
