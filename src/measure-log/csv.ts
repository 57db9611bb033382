/**
 * The summary as CSV (RFC 4180 through the storyboard's writer: every field quoted, quotes doubled,
 * CRLF line ends, a UTF-8 byte-order mark for spreadsheets), one row per route, model, move and channel.
 */
import { csvLine } from '../storyboard/csv'
import type { MeasureLogRow } from './types'

export const MEASURE_LOG_CSV_HEADER = [
  'Route',
  'Model',
  'Move',
  'Channel',
  'Unit',
  'Normalised',
  'Direction',
  'Takes',
  'Measured mean',
  'Measured spread',
  'Calibrated',
  'Ratio',
  'Takes travelling the calibrated way',
  'Summary',
] as const

const BOM = '\uFEFF'
const UNIT_WORDS = { deg: 'degrees', x: 'focal ratio', dir: 'direction only (mean travel component -1..1; calibrated in subject distances)' } as const

const num = (x: number | null, digits: number): string | number => (x === null ? '' : Number(x.toFixed(digits)))

/** The cells of a row, in MEASURE_LOG_CSV_HEADER's order. */
export const measureLogCells = (r: MeasureLogRow): (string | number)[] => {
  const digits = r.unit === 'deg' ? 2 : 4
  return [
    r.routeLabel,
    r.model ?? '',
    r.move,
    r.channel,
    UNIT_WORDS[r.unit],
    r.per,
    r.direction,
    r.takes,
    num(r.measuredMean, digits),
    num(r.measuredSpread, digits),
    num(r.calibrated, digits),
    num(r.ratio, 3),
    r.agreeing ?? '',
    r.sentence,
  ]
}

/** The whole file (BOM first, a CRLF after every record, the last one too). */
export const measureLogCsv = (rows: readonly MeasureLogRow[]): string =>
  BOM + [MEASURE_LOG_CSV_HEADER, ...rows.map(measureLogCells)].map((r) => `${csvLine(r)}\r\n`).join('')
