/**
 * What the share dialogs show: the Share dialog open or not, and a decoded link waiting for the
 * person to open it or not. Session state (never saved, never undoable); the dialogs themselves are lazy.
 */
import { createStore } from 'zustand/vanilla'
import { useStore } from 'zustand'
import type { DecodedLink } from '../../share-links'

export interface ShareState {
  readonly shareOpen: boolean
  /** A link read from the address bar, shown before anything changes. */
  readonly preview: DecodedLink | null
}

export const shareStore = createStore<ShareState>(() => ({ shareOpen: false, preview: null }))

export const useShare = <T,>(selector: (s: ShareState) => T): T => useStore(shareStore, selector)

export const openShareDialog = () => shareStore.setState({ shareOpen: true })
export const closeShareDialog = () => shareStore.setState({ shareOpen: false })
export const showLinkPreview = (preview: DecodedLink) => shareStore.setState({ preview })
export const closeLinkPreview = () => shareStore.setState({ preview: null })
