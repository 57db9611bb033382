/**
 * The measured-takes log in IndexedDB (`framewright-measure-log`, through `lazyDatabase`): one
 * versioned record per measured hosted take, keyed by take id, so measuring a take again replaces
 * its line. Records are read through measure-log's one load path; a bad one is skipped with a reason.
 *
 * `logMeasuredTake` is the studio's entry point: call it after each measurement.
 */
import type { DBSchema } from 'idb'
import { lazyDatabase } from './lazyDatabase'
import { type MeasuredTake, entryOf } from '../measure-log/entry'
import { type MeasureLogRecord, loadMeasureLogRecord, toMeasureLogRecord } from '../measure-log/record'
import type { MeasureLogEntry } from '../measure-log/types'

export const MEASURE_LOG_DB_NAME = 'framewright-measure-log'
const DB_VERSION = 1

interface MeasureLogSchema extends DBSchema {
  entries: { key: string; value: MeasureLogRecord }
}

const db = lazyDatabase<MeasureLogSchema>(MEASURE_LOG_DB_NAME, DB_VERSION, (database) => {
  database.createObjectStore('entries', { keyPath: 'entry.takeId' })
})

const listeners = new Set<() => void>()
const changed = () => listeners.forEach((fn) => fn())

/** Calls `fn` after every change to the log made in this page (an open dialog reloads); returns the unsubscribe. */
export const onMeasureLogChange = (fn: () => void): (() => void) => {
  listeners.add(fn)
  return () => listeners.delete(fn)
}

/** Adds an entry, replacing the one of the same take (a take measured again). */
export const appendMeasureLogEntry = async (entry: MeasureLogEntry): Promise<void> => {
  await (await db()).put('entries', toMeasureLogRecord(entry))
  changed()
}

export interface LoadedMeasureLog {
  /** Oldest measurement first. */
  readonly entries: MeasureLogEntry[]
  /** One line per record that could not be read (skipped). */
  readonly problems: string[]
}

export const listMeasureLog = async (): Promise<LoadedMeasureLog> => {
  const records: unknown[] = await (await db()).getAll('entries')
  const entries: MeasureLogEntry[] = []
  const problems: string[] = []
  for (const r of records) {
    const loaded = loadMeasureLogRecord(r)
    if (loaded.ok) entries.push(loaded.entry)
    else problems.push(loaded.message)
  }
  return { entries: entries.sort((a, b) => a.measuredAt - b.measuredAt), problems }
}

export const clearMeasureLog = async (): Promise<void> => {
  await (await db()).clear('entries')
  changed()
}

export type LogOutcome = { readonly logged: true; readonly entry: MeasureLogEntry } | { readonly logged: false; readonly reason: string }

/**
 * After a take is measured: its log entry, appended (replacing an earlier one of the same take).
 * Previs takes, words-only routes and moves a video cannot measure are not logged; the outcome says why.
 */
export const logMeasuredTake = async (measured: MeasuredTake, now: number = Date.now()): Promise<LogOutcome> => {
  const result = entryOf(measured, now)
  if (!result.ok) return { logged: false, reason: result.reason }
  await appendMeasureLogEntry(result.entry)
  return { logged: true, entry: result.entry }
}

/** Tests: close the connection and delete the database. */
export const resetMeasureLogDbForTests = (): Promise<void> => db.destroy()
