/**
 * Loads what the scratch lane needs only when the project has a scratch track: the waveform peaks
 * (lazy audio chunk, cached per asset) and the transport's audio binding (bound once).
 */
import { useEffect, useState } from 'react'
import type { WaveformPeaks } from '../../animatic/core/waveformPeaks'
import { studioStore } from '../../state'
import type { AssetId } from '../../timeline/media'

export const useScratchAudio = (assetId: AssetId | undefined): WaveformPeaks | null => {
  const [peaks, setPeaks] = useState<{ id: AssetId; peaks: WaveformPeaks } | null>(null)
  useEffect(() => {
    if (!assetId) return
    let live = true
    void import('../../animatic/audioPlayback').then((m) => m.ensureScratchPlayback(studioStore))
    void import('../../animatic/scratchAudio')
      .then((m) => m.loadScratchPeaks(assetId))
      .then(
        (p) => {
          if (live) setPeaks({ id: assetId, peaks: p })
        },
        () => {}, // the lane shows the session's error
      )
    return () => {
      live = false
    }
  }, [assetId])
  return peaks && peaks.id === assetId ? peaks.peaks : null
}
