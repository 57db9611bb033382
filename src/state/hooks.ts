import { useStore } from 'zustand'
import { useShallow } from 'zustand/react/shallow'
import type { StudioState } from './types'
import { studioStore } from './store'

/** Subscribe a component to a slice of the store. Never select the playhead here: use `subscribeToPlayhead`. */
export const useStudio = <T,>(selector: (s: StudioState) => T): T => useStore(studioStore, selector)
export const useStudioShallow = <T,>(selector: (s: StudioState) => T): T => useStore(studioStore, useShallow(selector))
/** Actions never change identity, so reading them does not re-render. */
export const studioActions = (): StudioState => studioStore.getState()

/** Transient subscription for frame-rate data: calls `fn` on playhead changes without React. */
export const subscribeToPlayhead = (fn: (timeS: number, state: StudioState) => void): (() => void) => {
  fn(studioStore.getState().playheadS, studioStore.getState())
  return studioStore.subscribe((s, prev) => {
    if (s.playheadS !== prev.playheadS || s.document !== prev.document || s.selectedShotId !== prev.selectedShotId) fn(s.playheadS, s)
  })
}
