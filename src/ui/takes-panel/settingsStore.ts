/** What the next Generate uses: route, size, depth pass. Session state of the Takes panel. */
import { createStore } from 'zustand/vanilla'
import { useStore } from 'zustand'
import { DEFAULT_PREVIS_SIZE, type PrevisSize } from '../../previs/size'

export interface GenerateSettings {
  readonly routeId: string
  readonly size: PrevisSize
  readonly depth: boolean
}

export const generateSettingsStore = createStore<GenerateSettings & { set(patch: Partial<GenerateSettings>): void }>()((set) => ({
  routeId: 'previs',
  size: DEFAULT_PREVIS_SIZE,
  depth: false,
  set: (patch) => set(patch),
}))

export const useGenerateSettings = <T,>(selector: (s: GenerateSettings & { set(patch: Partial<GenerateSettings>): void }) => T): T =>
  useStore(generateSettingsStore, selector)
