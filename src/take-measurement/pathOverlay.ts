/**
 * The measured camera path of one take, drawn in the studio's director view beside the shot's own
 * path (Compare › Show in 3D view). A small vanilla store the viewport reads; cleared by Hide.
 */
import { createStore } from 'zustand/vanilla'
import { useStore } from 'zustand'

export interface MeasuredPathOverlay {
  readonly takeId: string
  /** Drawn only while this shot is the selected one. */
  readonly shotId: string
  /** "Kling take, 05:54" */
  readonly label: string
  /** World positions, one per measured frame (scale borrowed from the design). */
  readonly points: readonly (readonly [number, number, number])[]
}

interface OverlayState {
  readonly overlay: MeasuredPathOverlay | null
  show(overlay: MeasuredPathOverlay): void
  hide(): void
}

export const measuredPathOverlay = createStore<OverlayState>()((set) => ({
  overlay: null,
  show: (overlay) => set({ overlay }),
  hide: () => set({ overlay: null }),
}))

export const useMeasuredPathOverlay = (): MeasuredPathOverlay | null => useStore(measuredPathOverlay, (s) => s.overlay)
