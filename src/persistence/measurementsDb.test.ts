import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it } from 'vitest'
import type { MeasurementRecord } from '../take-measurement/record'
import { deleteMeasurement, loadMeasurements, resetMeasurementsDbForTests, saveMeasurement } from './measurementsDb'

const record = (key: string, panDeg: number): MeasurementRecord => ({
  kind: 'framewright.take-measurement',
  version: 1,
  key,
  measuredAt: 1,
  fps: 24,
  widthPx: 640,
  heightPx: 360,
  durationS: 1,
  hfovDeg: 50,
  unmatchedFrames: 0,
  frames: [{ t: 0, panDeg, tiltDeg: 0, rollDeg: 0, zoom: 1, parallax: false, travel: null }],
})

beforeEach(() => resetMeasurementsDbForTests())

describe('measurementsDb', () => {
  it('keeps a record per key, replaced when measured again, and deletes it', async () => {
    await saveMeasurement(record('take:a', 1))
    await saveMeasurement(record('previs:x', 2))
    await saveMeasurement(record('take:a', 3))
    const loaded = await loadMeasurements(['take:a', 'take:missing', 'previs:x'])
    expect(loaded.map((r) => [r.key, r.frames[0].panDeg])).toEqual([
      ['take:a', 3],
      ['previs:x', 2],
    ])
    await deleteMeasurement('take:a')
    expect((await loadMeasurements(['take:a'])).length).toBe(0)
  })
})
