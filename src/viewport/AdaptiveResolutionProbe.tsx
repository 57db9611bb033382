/**
 * Inside the canvas: tells the adaptive resolution each frame drawn while playing, and the
 * viewport the scale when it changes (seldom; see adaptiveResolution.ts). Renders nothing.
 */
import { useFrame } from '@react-three/fiber'
import { selectCurrentShot, studioStore } from '../state'
import type { AdaptiveResolution } from './adaptiveResolution'

/** The shortest interval judged: a display's 60 Hz, whatever the shot's rate and speed. */
const MIN_INTERVAL_MS = 1000 / 60

export function AdaptiveResolutionProbe({ control, onScale }: { control: AdaptiveResolution; onScale: (scale: number) => void }) {
  useFrame(() => {
    const s = studioStore.getState()
    if (!s.playing) return
    const intervalMs = Math.max(MIN_INTERVAL_MS, 1000 / (selectCurrentShot(s).fps * Math.abs(s.playbackRate || 1)))
    const next = control.frameDrawn(performance.now(), intervalMs)
    if (next !== null) onScale(next)
  }, 2)
  return null
}
