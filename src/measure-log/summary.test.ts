/** The summary of constructed entries (several takes on three routes), its CSV read back and its JSON file validated. */
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { MEASURE_LOG_CSV_HEADER, measureLogCsv } from './csv'
import { loadMeasureLogFile, loadMeasureLogRecord, measureLogFileName, measureLogFileText, toMeasureLogRecord } from './record'
import { isRatioOff, summarise } from './summary'
import type { LoggedChannel, MeasureLogEntry } from './types'

let n = 0
const entry = (route: string, model: string | null, moves: MeasureLogEntry['moves'], channels: LoggedChannel[]): MeasureLogEntry => {
  n += 1
  return { takeId: `take:${n}`, projectId: 'project:1', shotName: `Shot ${n}`, route, target: route, model, takeCreatedAt: n, measuredAt: 1000 + n, moves, channels, score: 0.8 }
}
const fixed = (key: string) => ({ key, label: key, amount: 1, amountKind: 'count' as const })
const channel = (c: Partial<LoggedChannel> & Pick<LoggedChannel, 'channel' | 'unit' | 'moves' | 'calibrated' | 'measured'>): LoggedChannel => ({
  amount: 1,
  amountKind: 'count',
  travelShare: null,
  score: null,
  ...c,
})

const orbit = (measuredDeg: number) =>
  entry('luma', 'ray-2', [fixed('orbit_left')], [channel({ channel: 'orbit', unit: 'deg', moves: ['orbit_left'], calibrated: 45, measured: measuredDeg, travelShare: 0.9 })])
const zoomIn = (ratio: number) => entry('luma', 'ray-2', [fixed('zoom_in')], [channel({ channel: 'zoom', unit: 'x', moves: ['zoom_in'], calibrated: 1.6, measured: ratio })])
/** Kling tilt axis: 4.5 degrees of (measured) pan per unit in the table. */
const klingTilt = (value: number, measuredDeg: number) =>
  entry(
    'kling',
    'kling-v1',
    [{ key: 'config.tilt', label: `config.tilt = ${value}`, amount: value, amountKind: 'units' }],
    [channel({ channel: 'pan', unit: 'deg', moves: ['config.tilt'], amount: value, amountKind: 'units', calibrated: 4.5 * value, measured: measuredDeg })],
  )
const klingTruck = (value: number, component: number) =>
  entry(
    'kling',
    'kling-v1-5',
    [{ key: 'config.horizontal', label: `config.horizontal = ${value}`, amount: value, amountKind: 'units' }],
    [channel({ channel: 'truck', unit: 'dir', moves: ['config.horizontal'], amount: value, amountKind: 'units', calibrated: 0.06 * value, measured: component, travelShare: 0.6 })],
  )
const higgsPanLeft = (strength: number, measuredDeg: number) =>
  entry(
    'higgsfield',
    'dop-turbo',
    [{ key: 'Pan Left', label: `Pan Left @ ${strength}`, amount: strength, amountKind: 'strength' }],
    [channel({ channel: 'pan', unit: 'deg', moves: ['Pan Left'], amount: strength, amountKind: 'strength', calibrated: -30 * strength, measured: measuredDeg })],
  )

const ENTRIES = [orbit(26), klingTilt(5, 20), orbit(28), zoomIn(1.5), orbit(30), klingTilt(-4, -18), klingTruck(5, 0.8), orbit(27), klingTilt(8, 28), zoomIn(1.4), orbit(29), klingTruck(-5, 0.7), higgsPanLeft(0.5, -14)]

describe('summarise', () => {
  const rows = summarise(ENTRIES)
  const row = (route: string, move: string) => {
    const r = rows.find((x) => x.route === route && x.move === move)
    if (!r) throw new Error(`${route} ${move}`)
    return r
  }

  it('one row per route, model, move and channel, in the order first logged', () => {
    expect(rows.map((r) => [r.route, r.model, r.move, r.channel, r.takes])).toEqual([
      ['luma', 'ray-2', 'orbit_left', 'orbit', 5],
      ['kling', 'kling-v1', 'config.tilt', 'pan', 3],
      ['luma', 'ray-2', 'zoom_in', 'zoom', 2],
      ['kling', 'kling-v1-5', 'config.horizontal', 'truck', 2],
      ['higgsfield', 'dop-turbo', 'Pan Left', 'pan', 1],
    ])
  })

  it('Luma orbit_left: mean, spread, calibrated, ratio and the sentence', () => {
    const r = row('luma', 'orbit_left')
    expect(r.measuredMean).toBeCloseTo(28, 12)
    expect(r.measuredSpread).toBeCloseTo(Math.sqrt(2.5), 12)
    expect(r.calibrated).toBe(45)
    expect(r.ratio).toBeCloseTo(28 / 45, 12)
    expect(r.direction).toBe('left around the subject')
    expect(r.sentence).toBe('Luma orbit_left: measured 28 degrees on average over 5 takes; the calibration table says 45')
    expect(isRatioOff(r)).toBe(true)
  })

  it('Kling axes per unit, both signs summed along the move; the model named where the route used two', () => {
    const r = row('kling', 'config.tilt')
    // 20 / 5, -18 / -4, 28 / 8
    expect(r.measuredMean).toBeCloseTo(4, 12)
    expect(r.measuredSpread).toBeCloseTo(0.5, 12)
    expect(r.calibrated).toBeCloseTo(4.5, 12)
    expect(r.ratio).toBeCloseTo(4 / 4.5, 12)
    expect(r.per).toBe('per unit')
    expect(r.sentence).toBe('Kling (kling-v1) config.tilt, pan: measured 4.0 degrees per unit on average over 3 takes; the calibration table says 4.5')
    expect(isRatioOff(r)).toBe(false)
  })

  it('zoom as focal ratios, the ratio of their logarithms', () => {
    const r = row('luma', 'zoom_in')
    expect(r.measuredMean).toBeCloseTo(1.45, 12)
    expect(r.ratio).toBeCloseTo(Math.log(1.45) / Math.log(1.6), 12)
    expect(r.sentence).toBe('Luma zoom_in: measured 1.45x on average over 2 takes; the calibration table says 1.60x')
  })

  it('travel by direction only: the takes that went the calibrated way, no ratio', () => {
    const r = row('kling', 'config.horizontal')
    expect(r.ratio).toBeNull()
    expect(r.agreeing).toBe(1)
    // the second take was asked to go left (-5) and went right: -0.7 along the move
    expect(r.measuredMean).toBeCloseTo((0.8 - 0.7) / 2, 12)
    expect(r.sentence).toBe(
      'Kling (kling-v1-5) config.horizontal, truck: travelled the way the calibration table says (right) in 1 of 2 takes (direction only: a video has no scale); the table says 0.06 of the subject distance per unit',
    )
    expect(isRatioOff(r)).toBe(true)
  })

  it('Higgsfield at strength 1', () => {
    const r = row('higgsfield', 'Pan Left')
    expect(r.measuredMean).toBeCloseTo(28, 12)
    expect(r.calibrated).toBeCloseTo(30, 12)
    expect(r.direction).toBe('left')
    expect(r.sentence).toBe('Higgsfield Pan Left: measured 28 degrees at strength 1 on average over 1 take; the calibration table says 30')
  })

  it('a take that turned the other way counts against the mean and says so', () => {
    const [r] = summarise([orbit(-10)])
    expect(r.measuredMean).toBe(-10)
    expect(r.sentence).toBe('Luma orbit_left: measured 10 degrees the other way on average over 1 take; the calibration table says 45')
  })

  it('nothing logged, nothing to sum', () => {
    expect(summarise([])).toEqual([])
  })
})

describe('export', () => {
  const rows = summarise(ENTRIES)

  it('CSV: RFC 4180 with a header, read back through papaparse', () => {
    const csv = measureLogCsv(rows)
    expect(csv.startsWith('\uFEFF"Route","Model"')).toBe(true)
    expect(csv.endsWith('\r\n')).toBe(true)
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true })
    expect(parsed.errors).toEqual([])
    expect(parsed.data[0]).toEqual([...MEASURE_LOG_CSV_HEADER])
    expect(parsed.data).toHaveLength(rows.length + 1)
    const orbitLine = parsed.data[1]
    expect(orbitLine.slice(0, 8)).toEqual(['Luma', 'ray-2', 'orbit_left', 'orbit', 'degrees', '', 'left around the subject', '5'])
    expect(Number(orbitLine[8])).toBe(28)
    expect(Number(orbitLine[10])).toBe(45)
    expect(Number(orbitLine[11])).toBeCloseTo(0.622, 3)
    expect(orbitLine[13]).toBe(rows[0].sentence)
    const truckLine = parsed.data.find((l) => l[2] === 'config.horizontal')
    expect(truckLine?.[11]).toBe('')
    expect(truckLine?.[12]).toBe('1')
  })

  it('JSON: framewright.measure-log version 1, validated, read back through its one load path', () => {
    const at = new Date(Date.UTC(2026, 10, 30, 6, 30))
    const text = measureLogFileText(ENTRIES, at)
    const loaded = loadMeasureLogFile(text)
    if (!loaded.ok) throw new Error(loaded.message)
    expect(loaded.file).toMatchObject({ format: 'framewright.measure-log', version: 1, exportedAt: '2026-11-30T06:30:00.000Z' })
    expect(loaded.file.entries).toEqual(ENTRIES)
    expect(loaded.file.summary).toEqual(rows)
    expect(measureLogFileName(at, 'json')).toBe('framewright-measure-log-2026-11-30.json')
  })

  it('a file that is not a log, from a newer version, or damaged gives one sentence', () => {
    const good = JSON.parse(measureLogFileText(ENTRIES, new Date(0))) as Record<string, unknown>
    expect(loadMeasureLogFile('{')).toEqual({ ok: false, message: 'This is not a measured-take log: the file is not JSON.' })
    expect(loadMeasureLogFile('{"format":"framewright.project"}')).toEqual({ ok: false, message: 'This is not a measured-take log (no "format": "framewright.measure-log").' })
    expect(loadMeasureLogFile(JSON.stringify({ ...good, version: 2 }))).toEqual({ ok: false, message: 'This measured-take log was written by a newer Framewright (version 2).' })
    const damaged = { ...good, entries: [{ ...ENTRIES[0], channels: [{ ...ENTRIES[0].channels[0], measured: 'lots' }] }] }
    expect(loadMeasureLogFile(JSON.stringify(damaged))).toEqual({ ok: false, message: 'This measured-take log is damaged at entries.0.channels.0.measured.' })
  })
})

describe('database records', () => {
  it('round-trip, and a bad record is skipped with a reason', () => {
    const e = ENTRIES[0]
    expect(loadMeasureLogRecord(JSON.parse(JSON.stringify(toMeasureLogRecord(e))))).toEqual({ ok: true, entry: e })
    expect(loadMeasureLogRecord({ kind: 'framewright.take' })).toEqual({ ok: false, message: 'not a measured-take log entry' })
    expect(loadMeasureLogRecord({ ...toMeasureLogRecord(e), version: 9 })).toEqual({ ok: false, message: 'a measured-take log entry saved by a newer Framewright (version 9)' })
    expect(loadMeasureLogRecord({ ...toMeasureLogRecord(e), version: 0 })).toEqual({ ok: false, message: 'a measured-take log entry without a valid version' })
    expect(loadMeasureLogRecord({ ...toMeasureLogRecord(e), entry: { ...e, channels: [] } })).toEqual({ ok: false, message: 'a damaged measured-take log entry (channels)' })
  })
})
