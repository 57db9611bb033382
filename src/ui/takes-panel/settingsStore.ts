/** What the next Generate uses: route, the model chosen per route, size, depth pass. Session state of the Takes panel. */
import { createStore } from 'zustand/vanilla'
import { useStore } from 'zustand'
import { DEFAULT_PREVIS_SIZE, type PrevisSize } from '../../previs/size'

export interface GenerateSettings {
  readonly routeId: string
  /** The model chosen for each route (absent: the one the compiler emits). */
  readonly models: Readonly<Record<string, string>>
  readonly size: PrevisSize
  readonly depth: boolean
}

type SettingsStore = GenerateSettings & { set(patch: Partial<GenerateSettings>): void; setModel(routeId: string, modelId: string): void }

export const generateSettingsStore = createStore<SettingsStore>()((set) => ({
  routeId: 'previs',
  models: {},
  size: DEFAULT_PREVIS_SIZE,
  depth: false,
  set: (patch) => set(patch),
  setModel: (routeId, modelId) => set((s) => ({ models: { ...s.models, [routeId]: modelId } })),
}))

export const useGenerateSettings = <T,>(selector: (s: SettingsStore) => T): T => useStore(generateSettingsStore, selector)
