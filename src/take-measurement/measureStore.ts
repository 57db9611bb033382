/**
 * What the studio knows of each take's measurement: in progress (with its phase), done (the saved
 * records and the score's headline, for the takes list) or failed. A vanilla zustand store, apart
 * from the document and its undo history (measurements are results). Small on purpose: it is in the
 * studio's first load; the measuring itself (service.ts) loads on first use.
 */
import { createStore } from 'zustand/vanilla'
import { useStore } from 'zustand'
import type { MeasurementRecord } from './record'

/** What the takes list shows of a measured take: the overall score and the verdict that matters most. */
export interface MeasureHeadline {
  /** 0..1 */
  readonly score: number
  readonly verdict: string | null
}

export type TakeMeasureState =
  | { readonly status: 'measuring'; readonly fraction: number; readonly phase: string }
  | { readonly status: 'done'; readonly record: MeasurementRecord; readonly previs: MeasurementRecord | null; readonly headline: MeasureHeadline }
  | { readonly status: 'failed'; readonly error: string }

export interface MeasureState {
  readonly byTake: Readonly<Record<string, TakeMeasureState>>
  set(takeId: string, state: TakeMeasureState | null): void
  /** Replaces everything (another project's takes were loaded). */
  reset(byTake: Readonly<Record<string, TakeMeasureState>>): void
}

export const createMeasureStore = () =>
  createStore<MeasureState>()((set, get) => ({
    byTake: {},
    set: (takeId, state) => {
      const { [takeId]: _old, ...rest } = get().byTake
      set({ byTake: state ? { ...rest, [takeId]: state } : rest })
    },
    reset: (byTake) => set({ byTake }),
  }))

export const measureStore = createMeasureStore()

export const useTakeMeasure = (takeId: string): TakeMeasureState | undefined => useStore(measureStore, (s) => s.byTake[takeId])
