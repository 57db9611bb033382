/** The measured-takes log database: one line per take (measuring again replaces it), bad records skipped with a reason, clear. */
import 'fake-indexeddb/auto'
import { openDB } from 'idb'
import { beforeEach, describe, expect, it } from 'vitest'
import { perfectlyMeasured, projectOf } from '../measure-log/testing'
import { MEASURE_LOG_DB_NAME, appendMeasureLogEntry, clearMeasureLog, listMeasureLog, logMeasuredTake, onMeasureLogChange, resetMeasureLogDbForTests } from './measureLogDb'

beforeEach(() => resetMeasureLogDbForTests())

const orbitTake = (id: string) => perfectlyMeasured(projectOf('orbit-left'), 'luma', 'luma', id)

describe('measure log database', () => {
  it('logs a measured hosted take; measuring it again replaces its line', async () => {
    const first = await logMeasuredTake(orbitTake('take:a'), 100)
    expect(first.logged).toBe(true)
    await logMeasuredTake(perfectlyMeasured(projectOf('pan-left'), 'luma', 'luma', 'take:b'), 200)
    const again = await logMeasuredTake(orbitTake('take:a'), 300)
    const { entries, problems } = await listMeasureLog()
    expect(problems).toEqual([])
    expect(entries.map((e) => [e.takeId, e.measuredAt])).toEqual([
      ['take:b', 200],
      ['take:a', 300],
    ])
    expect(again.logged && entries[1]).toEqual(again.logged ? again.entry : null)
  })

  it('does not log a previs take, and says why', async () => {
    const t = orbitTake('take:p')
    const outcome = await logMeasuredTake({ ...t, take: { ...t.take, route: 'previs', target: 'trajectory' } })
    expect(outcome).toEqual({ logged: false, reason: 'A previs take renders the design exactly: there is no calibration to check.' })
    expect((await listMeasureLog()).entries).toEqual([])
  })

  it('skips a bad record with a reason and keeps the good ones', async () => {
    const ok = await logMeasuredTake(orbitTake('take:good'), 1)
    if (!ok.logged) throw new Error(ok.reason)
    // a record written by something else: damaged, and one from a newer version
    const raw = await openDB(MEASURE_LOG_DB_NAME)
    await raw.put('entries', { kind: 'framewright.measure-log-entry', version: 1, entry: { ...ok.entry, takeId: 'take:bad', channels: 'none' } })
    await raw.put('entries', { kind: 'framewright.measure-log-entry', version: 7, entry: { ...ok.entry, takeId: 'take:new' } })
    raw.close()
    const { entries, problems } = await listMeasureLog()
    expect(entries.map((e) => e.takeId)).toEqual(['take:good'])
    expect(problems.sort()).toEqual(['a damaged measured-take log entry (channels)', 'a measured-take log entry saved by a newer Framewright (version 7)'])
  })

  it('clears, and tells listeners of every change', async () => {
    const seen: string[] = []
    const off = onMeasureLogChange(() => seen.push('change'))
    const ok = await logMeasuredTake(orbitTake('take:c'), 1)
    if (!ok.logged) throw new Error(ok.reason)
    await appendMeasureLogEntry({ ...ok.entry, takeId: 'take:d' })
    await clearMeasureLog()
    off()
    await appendMeasureLogEntry(ok.entry)
    expect(seen).toEqual(['change', 'change', 'change'])
    expect((await listMeasureLog()).entries.map((e) => e.takeId)).toEqual(['take:c'])
  })
})
