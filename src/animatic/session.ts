/**
 * Session state of the scratch track (not saved, not undoable): muted in the studio. Tiny and
 * static so the timeline lane can show it without loading the audio code.
 */
import { createStore } from 'zustand/vanilla'
import { useStore } from 'zustand'

export interface ScratchSession {
  readonly muted: boolean
  /** Decoding or loading in progress / its error (for the lane). */
  readonly status: 'idle' | 'loading' | 'error'
  readonly error: string | null
}

export const scratchSession = createStore<ScratchSession>()(() => ({ muted: false, status: 'idle', error: null }))

export const useScratchSession = <T,>(selector: (s: ScratchSession) => T): T => useStore(scratchSession, selector)

export const setScratchMuted = (muted: boolean): void => scratchSession.setState({ muted })
