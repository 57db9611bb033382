/**
 * What the share dialogs show: the Share dialog open or not (for the project and its shots, or for
 * one custom preset), and a decoded link waiting for the person to open it or not. Session state
 * (never saved, never undoable); the dialogs themselves are lazy.
 */
import { createStore } from 'zustand/vanilla'
import { useStore } from 'zustand'
import type { CustomPresetDefinition } from '../../camera-presets/custom'
import type { DecodedLink } from '../../share-links'

export interface ShareState {
  readonly shareOpen: boolean
  /** The custom preset the Share dialog shares (`#m=`), when it was opened from My presets. */
  readonly sharePreset: CustomPresetDefinition | null
  /** A link read from the address bar, shown before anything changes. */
  readonly preview: DecodedLink | null
}

export const shareStore = createStore<ShareState>(() => ({ shareOpen: false, sharePreset: null, preview: null }))

export const useShare = <T,>(selector: (s: ShareState) => T): T => useStore(shareStore, selector)

export const openShareDialog = () => shareStore.setState({ shareOpen: true, sharePreset: null })
/** The Share dialog for one custom preset (My presets › ⋯ › Share link…). */
export const openPresetShareDialog = (preset: CustomPresetDefinition) => shareStore.setState({ shareOpen: true, sharePreset: preset })
export const closeShareDialog = () => shareStore.setState({ shareOpen: false, sharePreset: null })
/** A shared link's preview is asking its question (the two-tab dialog waits for it). */
export const useLinkPreviewOpen = (): boolean => useShare((s) => s.preview !== null)
export const showLinkPreview = (preview: DecodedLink) => shareStore.setState({ preview })
export const closeLinkPreview = () => shareStore.setState({ preview: null })
