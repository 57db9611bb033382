/**
 * Measurements of takes (and of the previs of their designs) in IndexedDB: one database apart from
 * the takes', records keyed by take id or `previs:<design key>`, read through the record's one load
 * path. Derived data: a record that cannot be read is skipped and measured again on demand.
 */
import type { DBSchema } from 'idb'
import { lazyDatabase } from './lazyDatabase'
import { type MeasurementRecord, loadMeasurementRecord } from '../take-measurement/record'

export const MEASUREMENTS_DB_NAME = 'framewright-measurements'
const DB_VERSION = 1

interface MeasurementsSchema extends DBSchema {
  records: { key: string; value: MeasurementRecord }
}

const db = lazyDatabase<MeasurementsSchema>(MEASUREMENTS_DB_NAME, DB_VERSION, (database) => {
  database.createObjectStore('records', { keyPath: 'key' })
})

export const saveMeasurement = async (record: MeasurementRecord): Promise<void> => {
  await (await db()).put('records', record)
}

/** The readable records of these keys (missing and unreadable ones are left out). */
export const loadMeasurements = async (keys: readonly string[]): Promise<MeasurementRecord[]> => {
  if (keys.length === 0) return []
  const tx = (await db()).transaction('records')
  const values = await Promise.all(keys.map((k) => tx.store.get(k)))
  await tx.done
  const out: MeasurementRecord[] = []
  for (const v of values) {
    if (v === undefined) continue
    const loaded = loadMeasurementRecord(v)
    if (loaded.ok) out.push(loaded.record)
  }
  return out
}

export const deleteMeasurement = async (key: string): Promise<void> => {
  await (await db()).delete('records', key)
}

/** Tests: close the connection and delete the database. */
export const resetMeasurementsDbForTests = (): Promise<void> => db.destroy()
