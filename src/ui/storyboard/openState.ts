/**
 * Whether the storyboard view is open: the one piece of the storyboard the studio loads up front
 * (the TopBar button, Shift+B and Esc read and set it); the view itself is a lazy chunk.
 */
import { createStore } from 'zustand/vanilla'
import { useStore } from 'zustand'

interface StoryboardOpenState {
  readonly open: boolean
  setOpen(open: boolean): void
}

export const storyboardOpenStore = createStore<StoryboardOpenState>()((set) => ({ open: false, setOpen: (open) => set({ open }) }))

export const isStoryboardOpen = (): boolean => storyboardOpenStore.getState().open
export const setStoryboardOpen = (open: boolean): void => storyboardOpenStore.getState().setOpen(open)
export const useStoryboardOpen = (): boolean => useStore(storyboardOpenStore, (s) => s.open)
