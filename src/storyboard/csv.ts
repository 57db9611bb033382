/**
 * The shot list as CSV (RFC 4180): every field quoted, quotes doubled, CRLF line ends, and a UTF-8
 * byte-order mark so Excel reads non-ASCII text as UTF-8. Newlines inside notes stay inside their
 * quoted field.
 */
import type { StoryboardRow } from './rows'

export const CSV_HEADER = ['Shot', 'Name', 'Start', 'Duration (s)', 'Moves', 'Lens', 'Route', 'Chosen take', 'Notes'] as const

const BOM = '\uFEFF'

export const csvField = (value: string | number): string => `"${String(value).replace(/"/g, '""')}"`

export const csvLine = (fields: readonly (string | number)[]): string => fields.map(csvField).join(',')

/** The cells of a row, in CSV_HEADER's order. */
export const csvCells = (row: StoryboardRow): (string | number)[] => [
  row.number,
  row.name,
  row.startTimecode,
  Number(row.durationS.toFixed(3)),
  row.moves,
  row.lens,
  row.route,
  row.chosenTake,
  // one kind of line break inside a field, as spreadsheets write them
  row.notes.replace(/\r\n?/g, '\n'),
]

/** The whole file as text (BOM first, a CRLF after every record, the last one too). */
export const shotListCsv = (rows: readonly StoryboardRow[]): string => BOM + [CSV_HEADER, ...rows.map(csvCells)].map((r) => `${csvLine(r)}\r\n`).join('')
