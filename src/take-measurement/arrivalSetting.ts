/**
 * Whether takes are measured as they arrive (on by default): a preference of this browser, kept in
 * localStorage under one versioned key and read through `decodeArrivalSetting` (anything unreadable
 * reads as the default). Measuring by hand (a take's Measure button) works either way.
 */
import { createStore } from 'zustand/vanilla'

export const ARRIVAL_SETTING_KEY = 'framewright.measure-on-arrival'
const VERSION = 1

/** The stored text to the setting: `{"v":1,"on":false}` turns it off; a missing, broken or newer value is the default (on). */
export const decodeArrivalSetting = (raw: string | null): boolean => {
  if (!raw) return true
  try {
    const value = JSON.parse(raw) as { v?: unknown; on?: unknown }
    return value.v === VERSION && typeof value.on === 'boolean' ? value.on : true
  } catch {
    return true
  }
}

export const encodeArrivalSetting = (on: boolean): string => JSON.stringify({ v: VERSION, on })

const storage = (): Storage | null => {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null // storage blocked (private mode): the setting lives for this tab only
  }
}

const read = (): boolean => {
  try {
    return decodeArrivalSetting(storage()?.getItem(ARRIVAL_SETTING_KEY) ?? null)
  } catch {
    return true
  }
}

export const arrivalSettingStore = createStore<{ on: boolean }>(() => ({ on: read() }))

/** Turns measuring on arrival on or off, for this tab now and for this browser from now on. */
export const setMeasureOnArrival = (on: boolean): void => {
  arrivalSettingStore.setState({ on })
  try {
    storage()?.setItem(ARRIVAL_SETTING_KEY, encodeArrivalSetting(on))
  } catch {
    // a full or blocked storage keeps the choice for this tab only
  }
}
