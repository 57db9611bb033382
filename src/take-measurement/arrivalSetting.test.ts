import { afterEach, describe, expect, it, vi } from 'vitest'
import { ARRIVAL_SETTING_KEY, arrivalSettingStore, decodeArrivalSetting, encodeArrivalSetting, setMeasureOnArrival } from './arrivalSetting'
import { measureTakesAsTheyArrive } from './auto'

const measured: string[] = []
vi.mock('./service', () => ({
  measureTake: (id: string) => measured.push(id),
  loadKeptMeasurements: () => undefined,
}))

describe('measuring takes as they arrive: the switch', () => {
  afterEach(() => {
    measured.length = 0
    arrivalSettingStore.setState({ on: true })
  })

  it('reads its stored value, and anything unreadable as on', () => {
    expect(decodeArrivalSetting(encodeArrivalSetting(false))).toBe(false)
    expect(decodeArrivalSetting(encodeArrivalSetting(true))).toBe(true)
    for (const raw of [null, '', 'off', '{"on":false}', '{"v":2,"on":false}', '{"v":1,"on":"no"}']) expect(decodeArrivalSetting(raw), String(raw)).toBe(true)
  })

  it('off: an arriving take is not measured; on again: the next one is', async () => {
    let emit: (e: unknown) => void = () => undefined
    const stop = measureTakesAsTheyArrive({ subscribe: (listener) => ((emit = listener as (e: unknown) => void), () => undefined) })
    setMeasureOnArrival(false)
    emit({ type: 'succeeded', take: { id: 'take:1' } })
    await vi.dynamicImportSettled()
    expect(measured).toEqual([])
    setMeasureOnArrival(true)
    emit({ type: 'succeeded', take: { id: 'take:2' } })
    await vi.dynamicImportSettled()
    expect(measured).toEqual(['take:2'])
    stop()
  })

  it('keeps the choice in this browser when storage is there, and works without it', () => {
    const store = new Map<string, string>()
    vi.stubGlobal('localStorage', { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) })
    setMeasureOnArrival(false)
    expect(store.get(ARRIVAL_SETTING_KEY)).toBe(encodeArrivalSetting(false))
    vi.stubGlobal('localStorage', { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError') } })
    expect(() => setMeasureOnArrival(true)).not.toThrow()
    expect(arrivalSettingStore.getState().on).toBe(true)
    vi.unstubAllGlobals()
  })
})
