import { describe, expect, it } from 'vitest'
import { type MeasurementRecord, loadMeasurementRecord } from './record'

const record: MeasurementRecord = {
  kind: 'framewright.take-measurement',
  version: 1,
  key: 'take_1',
  measuredAt: 1_700_000_000_000,
  fps: 24,
  widthPx: 1280,
  heightPx: 720,
  durationS: 0.083,
  hfovDeg: 54.4,
  unmatchedFrames: 0,
  frames: [
    { t: 0, panDeg: 0, tiltDeg: 0, rollDeg: 0, zoom: 1, parallax: false, travel: null },
    { t: 1 / 24, panDeg: 1.2, tiltDeg: -0.1, rollDeg: 0, zoom: 1.01, parallax: true, travel: [0, 0, 1] },
  ],
}

describe('loadMeasurementRecord', () => {
  it('loads a saved record as it was written (through JSON, as IndexedDB would keep it)', () => {
    const loaded = loadMeasurementRecord(JSON.parse(JSON.stringify(record)))
    expect(loaded).toEqual({ ok: true, record })
  })
  it('skips what is not a measurement, a newer version, and damaged frames, each with a reason', () => {
    expect(loadMeasurementRecord({ kind: 'framewright.take' })).toEqual({ ok: false, message: 'not a saved measurement' })
    expect(loadMeasurementRecord({ ...record, version: 2 })).toMatchObject({ ok: false, message: expect.stringContaining('newer Framewright (version 2)') })
    const broken = { ...record, frames: [{ ...record.frames[0], zoom: 0 }] }
    expect(loadMeasurementRecord(broken)).toMatchObject({ ok: false, message: expect.stringMatching(/^a damaged measurement \(frames\.0\.zoom/) })
    expect(loadMeasurementRecord({ ...record, extra: 1 })).toMatchObject({ ok: false })
    expect(loadMeasurementRecord(null)).toMatchObject({ ok: false })
  })
})
