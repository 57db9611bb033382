/**
 * The saved forms and their one load path each (decode, migrate when there is a version to migrate
 * from, validate with zod):
 * - a database record `framewright.measure-log-entry` version 1 (`toMeasureLogRecord`, `loadMeasureLogRecord`);
 * - the exported file `framewright.measure-log` version 1: the entries and the summary
 *   (`measureLogFileText`, `loadMeasureLogFile`).
 * A record or file that fails gives one sentence and nothing half-loaded.
 */
import { z } from 'zod'
import { CHANNELS } from '../camera-measure/compare/types'
import { summarise } from './summary'
import type { MeasureLogEntry, MeasureLogRow } from './types'

export const MEASURE_LOG_RECORD_KIND = 'framewright.measure-log-entry'
export const MEASURE_LOG_RECORD_VERSION = 1
export const MEASURE_LOG_FILE_FORMAT = 'framewright.measure-log'
export const MEASURE_LOG_FILE_VERSION = 1

export interface MeasureLogFile {
  readonly format: typeof MEASURE_LOG_FILE_FORMAT
  readonly version: typeof MEASURE_LOG_FILE_VERSION
  /** ISO 8601, UTC. */
  readonly exportedAt: string
  readonly entries: readonly MeasureLogEntry[]
  readonly summary: readonly MeasureLogRow[]
}

export interface MeasureLogRecord {
  readonly kind: typeof MEASURE_LOG_RECORD_KIND
  readonly version: number
  readonly entry: MeasureLogEntry
}

const finite = z.number().finite()
const text = z.string().max(1000)
const unit = z.enum(['deg', 'x', 'dir'])
const amountKind = z.enum(['units', 'strength', 'count'])

export const entrySchema = z.strictObject({
  takeId: z.string().min(1).max(300),
  projectId: z.string().min(1).max(300),
  shotName: text,
  route: z.string().min(1).max(100),
  target: z.string().min(1).max(100),
  model: z.string().max(200).nullable(),
  takeCreatedAt: finite,
  measuredAt: finite,
  moves: z.array(z.strictObject({ key: text.min(1), label: text.min(1), amount: finite, amountKind })).max(50),
  channels: z
    .array(
      z.strictObject({
        channel: z.enum(CHANNELS),
        unit,
        moves: z.array(text.min(1)).min(1).max(50),
        amount: finite.nullable(),
        amountKind: amountKind.nullable(),
        calibrated: finite,
        measured: finite,
        travelShare: finite.min(0).max(1).nullable(),
        score: finite.min(0).max(1).nullable(),
      }),
    )
    .min(1)
    .max(CHANNELS.length),
  score: finite.min(0).max(1),
}) satisfies z.ZodType<MeasureLogEntry>

export const rowSchema = z.strictObject({
  route: z.string().min(1),
  routeLabel: z.string().min(1),
  model: z.string().nullable(),
  move: z.string().min(1),
  channel: z.enum(CHANNELS),
  unit,
  per: z.enum(['', 'per unit', 'at strength 1']),
  direction: z.string(),
  takes: z.number().int().positive(),
  measuredMean: finite,
  measuredSpread: finite.nonnegative(),
  calibrated: finite,
  ratio: finite.nullable(),
  agreeing: z.number().int().nonnegative().nullable(),
  sentence: z.string().min(1),
}) satisfies z.ZodType<MeasureLogRow>

export const measureLogFileSchema = z.strictObject({
  format: z.literal(MEASURE_LOG_FILE_FORMAT),
  version: z.literal(MEASURE_LOG_FILE_VERSION),
  exportedAt: z.iso.datetime(),
  entries: z.array(entrySchema),
  summary: z.array(rowSchema),
}) satisfies z.ZodType<MeasureLogFile>

const where = (issues: readonly { readonly path: readonly PropertyKey[] }[]) => issues[0]?.path.map(String).join('.') || 'top level'

export const toMeasureLogRecord = (entry: MeasureLogEntry): MeasureLogRecord => ({ kind: MEASURE_LOG_RECORD_KIND, version: MEASURE_LOG_RECORD_VERSION, entry })

export type MeasureLogRecordLoad = { readonly ok: true; readonly entry: MeasureLogEntry } | { readonly ok: false; readonly message: string }

/** A database record back as an entry, or why it is skipped. Version 1 is the first: nothing to migrate yet. */
export const loadMeasureLogRecord = (raw: unknown): MeasureLogRecordLoad => {
  if (typeof raw !== 'object' || raw === null || (raw as { kind?: unknown }).kind !== MEASURE_LOG_RECORD_KIND) return { ok: false, message: 'not a measured-take log entry' }
  const { version, entry } = raw as { version?: unknown; entry?: unknown }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, message: 'a measured-take log entry without a valid version' }
  if (version > MEASURE_LOG_RECORD_VERSION) return { ok: false, message: `a measured-take log entry saved by a newer Framewright (version ${version})` }
  const parsed = entrySchema.safeParse(entry)
  if (!parsed.success) return { ok: false, message: `a damaged measured-take log entry (${where(parsed.error.issues)})` }
  return { ok: true, entry: parsed.data }
}

/** The exported JSON file: the entries and their summary, validated before it is written. */
export const measureLogFileText = (entries: readonly MeasureLogEntry[], exportedAt: Date): string => {
  const file: MeasureLogFile = {
    format: MEASURE_LOG_FILE_FORMAT,
    version: MEASURE_LOG_FILE_VERSION,
    exportedAt: exportedAt.toISOString(),
    entries,
    summary: summarise(entries),
  }
  return `${JSON.stringify(measureLogFileSchema.parse(file), null, 2)}\n`
}

export type MeasureLogFileLoad = { readonly ok: true; readonly file: MeasureLogFile } | { readonly ok: false; readonly message: string }

/** An exported file read back: decode, check the format and version, validate. */
export const loadMeasureLogFile = (text: string): MeasureLogFileLoad => {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return { ok: false, message: 'This is not a measured-take log: the file is not JSON.' }
  }
  const head = raw as { format?: unknown; version?: unknown } | null
  if (typeof head !== 'object' || head === null || head.format !== MEASURE_LOG_FILE_FORMAT) return { ok: false, message: `This is not a measured-take log (no "format": "${MEASURE_LOG_FILE_FORMAT}").` }
  if (typeof head.version === 'number' && head.version > MEASURE_LOG_FILE_VERSION) return { ok: false, message: `This measured-take log was written by a newer Framewright (version ${head.version}).` }
  const parsed = measureLogFileSchema.safeParse(raw)
  if (!parsed.success) return { ok: false, message: `This measured-take log is damaged at ${where(parsed.error.issues)}.` }
  return { ok: true, file: parsed.data }
}

/** "framewright-measure-log-2026-11-30.csv" */
export const measureLogFileName = (at: Date, extension: 'csv' | 'json'): string => `framewright-measure-log-${at.toISOString().slice(0, 10)}.${extension}`
