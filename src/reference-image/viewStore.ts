/**
 * View state of reference images (session only, never the document): the lens view overlay's
 * opacity, whether the director view shows the card, an image being dragged over the window, and
 * the shot whose image is being read.
 */
import { createStore } from 'zustand/vanilla'
import { useStore } from 'zustand'

export interface ReferenceView {
  /** Opacity of the overlay in the lens view, 0..1 (0 hides it). */
  readonly overlayOpacity: number
  /** Whether the director view shows the card at the subject's depth. */
  readonly showCard: boolean
  /** An image file is being dragged over the window (the shot strip says where to drop it). */
  readonly imageDragActive: boolean
  /** The shot whose dropped or chosen image is being read, resized and stored. */
  readonly busyShotId: string | null
}

type ReferenceViewStore = ReferenceView & { set(patch: Partial<ReferenceView>): void }

export const DEFAULT_OVERLAY_OPACITY = 0.5

export const referenceViewStore = createStore<ReferenceViewStore>()((set) => ({
  overlayOpacity: DEFAULT_OVERLAY_OPACITY,
  showCard: true,
  imageDragActive: false,
  busyShotId: null,
  set: (patch) => set(patch),
}))

export const useReferenceView = <T>(selector: (s: ReferenceViewStore) => T): T => useStore(referenceViewStore, selector)
