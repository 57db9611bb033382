/**
 * The Measured takes dialog (a lazy chunk): the log's summary per route, move and channel (measured
 * mean ± spread against the calibration table, ratios more than 15 % off highlighted), the same in
 * sentences, Export CSV / JSON, and Clear (after a confirmation).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { measureLogCsv } from '../../measure-log/csv'
import { measureLogFileName, measureLogFileText } from '../../measure-log/record'
import { isRatioOff, summarise } from '../../measure-log/summary'
import type { MeasureLogEntry, MeasureLogRow } from '../../measure-log/types'
import { downloadText } from '../../persistence/files'
import { clearMeasureLog, listMeasureLog, onMeasureLogChange } from '../../persistence/measureLogDb'
import { buttonBase, cx } from '../primitives/styles'
import { primaryButton } from '../share/Modal'
import { useDialogKeys } from './useDialogKeys'
import { OverlayPortal } from '../primitives/OverlayPortal'

type Load = { readonly state: 'loading' } | { readonly state: 'ready'; readonly entries: MeasureLogEntry[]; readonly problems: string[] } | { readonly state: 'failed'; readonly message: string }

const fixed = (x: number, digits: number) => {
  const s = x.toFixed(digits)
  return Number(s) === 0 ? (0).toFixed(digits) : s
}

/** "28°", "1.45×", "+0.80" (travel: the mean direction component along the move). */
const value = (row: MeasureLogRow, x: number): string => (row.unit === 'deg' ? `${fixed(x, Math.abs(x) < 9.95 ? 1 : 0)}°` : row.unit === 'x' ? `${fixed(x, 2)}×` : `${x >= 0 ? '+' : '−'}${fixed(Math.abs(x), 2)}`)

const spreadText = (row: MeasureLogRow): string => (row.takes < 2 ? '' : ` ± ${row.unit === 'deg' ? `${fixed(row.measuredSpread, 1)}°` : fixed(row.measuredSpread, 2)}`)

const calibratedText = (row: MeasureLogRow): string => (row.unit === 'dir' ? `${fixed(row.calibrated, 2)} subj. dist.` : value(row, row.calibrated))

const ratioText = (row: MeasureLogRow): string => (row.ratio !== null ? `${Math.round(row.ratio * 100)} %` : `${row.agreeing} of ${row.takes} agree`)

const channelText = (row: MeasureLogRow): string => `${row.channel}${row.unit === 'dir' ? ' (direction)' : ''}`

export default function MeasureLogDialog({ onClose }: { readonly onClose: () => void }) {
  const dialogRef = useRef<HTMLDivElement>(null)
  const [confirming, setConfirming] = useState(false)
  // Escape first takes back a Clear that is being confirmed, then closes
  useDialogKeys(dialogRef, confirming ? () => setConfirming(false) : onClose)
  const [load, setLoad] = useState<Load>({ state: 'loading' })
  const [error, setError] = useState<string | null>(null)

  const reload = useCallback(() => {
    listMeasureLog().then(
      ({ entries, problems }) => setLoad({ state: 'ready', entries, problems }),
      (e: unknown) => setLoad({ state: 'failed', message: `The measured-takes log could not be read: ${(e as Error).message}` }),
    )
  }, [])
  useEffect(() => {
    reload()
    return onMeasureLogChange(reload)
  }, [reload])

  const entries = useMemo(() => (load.state === 'ready' ? load.entries : []), [load])
  const rows = useMemo(() => summarise(entries), [entries])
  const empty = load.state === 'ready' && entries.length === 0

  const exportFile = (kind: 'csv' | 'json') => {
    const now = new Date()
    try {
      if (kind === 'csv') downloadText(measureLogCsv(rows), measureLogFileName(now, 'csv'), 'text/csv;charset=utf-8')
      else downloadText(measureLogFileText(entries, now), measureLogFileName(now, 'json'), 'application/json')
      setError(null)
    } catch (e) {
      setError(`The ${kind.toUpperCase()} file could not be written: ${(e as Error).message}`)
    }
  }
  const clear = () => {
    setConfirming(false)
    clearMeasureLog().then(
      () => setError(null),
      (e: unknown) => setError(`The log could not be cleared: ${(e as Error).message}`),
    )
  }

  return (
    <OverlayPortal>
      <div className="fixed inset-0 z-50 flex items-center justify-center bg-black/60" onClick={onClose}>
        <div
          ref={dialogRef}
          role="dialog"
          aria-modal="true"
          aria-labelledby="measure-log-title"
          tabIndex={-1}
          data-testid="measureLog.dialog"
          className="flex max-h-[88vh] w-[980px] max-w-[94vw] flex-col rounded-lg border border-neutral-700 bg-neutral-900 p-5 text-neutral-200 shadow-2xl outline-none"
          onClick={(e) => e.stopPropagation()}
        >
          <div className="mb-1 flex items-center gap-2">
            <h2 id="measure-log-title" className="text-base font-semibold text-neutral-100">
              Measured takes
            </h2>
            <span className="text-xs text-neutral-500" data-testid="measureLog.count">
              {load.state === 'ready' && entries.length > 0 ? `${entries.length} take${entries.length === 1 ? '' : 's'} measured` : ''}
            </span>
            <button type="button" className="ml-auto rounded px-2 text-neutral-400 hover:bg-neutral-800" onClick={onClose} aria-label="Close">
              ✕
            </button>
          </div>
          <p className="mb-3 text-xs text-neutral-400">
            What hosted models did with each named move, against what the calibration table says it does. Travel is checked by direction only: a video has no scale. Sizes are along
            each move’s own direction; Kling axes per unit, Higgsfield motions at strength 1.
          </p>

          <div className="min-h-0 flex-1 overflow-y-auto">
            {load.state === 'loading' && <p className="py-6 text-center text-xs text-neutral-500">Reading the log…</p>}
            {load.state === 'failed' && (
              <p className="py-6 text-center text-xs text-red-300" role="alert">
                {load.message}
              </p>
            )}
            {empty && (
              <p className="py-10 text-center text-sm text-neutral-400" data-testid="measureLog.empty">
                Nothing measured yet. Measure hosted takes (Compare › Measure) and their moves appear here.
              </p>
            )}
            {rows.length > 0 && (
              <>
                <table className="w-full border-collapse text-xs tabular-nums" data-testid="measureLog.table">
                  <caption className="sr-only">Measured against calibrated, per route, move and channel</caption>
                  <thead>
                    <tr className="border-b border-neutral-700 text-left text-[11px] text-neutral-400">
                      <th scope="col" className="py-1 pr-3 font-medium">Route</th>
                      <th scope="col" className="py-1 pr-3 font-medium">Move</th>
                      <th scope="col" className="py-1 pr-3 font-medium">Channel</th>
                      <th scope="col" className="py-1 pr-3 text-right font-medium">Takes</th>
                      <th scope="col" className="py-1 pr-3 text-right font-medium">Measured</th>
                      <th scope="col" className="py-1 pr-3 text-right font-medium">Calibrated</th>
                      <th scope="col" className="py-1 text-right font-medium">Ratio</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((row) => {
                      const off = isRatioOff(row)
                      return (
                        <tr
                          key={`${row.route}|${row.model ?? ''}|${row.move}|${row.channel}|${row.per}`}
                          className={cx('border-b border-neutral-800', off && 'bg-amber-400/10')}
                          data-testid="measureLog.row"
                          data-off={off ? 'true' : 'false'}
                        >
                          <td className="py-1 pr-3 align-top">
                            <div className="text-neutral-200">{row.routeLabel}</div>
                            {row.model && <div className="text-[10px] text-neutral-500">{row.model}</div>}
                          </td>
                          <td className="py-1 pr-3 align-top">
                            <div className="font-mono text-[11px] text-neutral-100">{row.move}</div>
                            <div className="text-[10px] text-neutral-500">
                              {row.direction}
                              {row.per ? `, ${row.per}` : ''}
                            </div>
                          </td>
                          <td className="py-1 pr-3 align-top text-neutral-300">{channelText(row)}</td>
                          <td className="py-1 pr-3 text-right align-top">{row.takes}</td>
                          <td className="py-1 pr-3 text-right align-top text-neutral-100">
                            {value(row, row.measuredMean)}
                            <span className="text-neutral-500">{spreadText(row)}</span>
                          </td>
                          <td className="py-1 pr-3 text-right align-top">{calibratedText(row)}</td>
                          <td className={cx('py-1 text-right align-top', off ? 'font-semibold text-amber-300' : 'text-neutral-300')}>
                            {ratioText(row)}
                            {off && <span className="sr-only"> (more than 15 % off)</span>}
                          </td>
                        </tr>
                      )
                    })}
                  </tbody>
                </table>
                <p className="mt-1 text-[10px] text-neutral-500">
                  Highlighted: measured more than 15 % away from the table (for travel, fewer than 85 % of the takes went the table’s way). Travel “measured” is the mean direction
                  component along the move (+1: exactly its way).
                </p>
                <ul className="mt-3 list-disc space-y-1 pl-5 text-xs text-neutral-300" data-testid="measureLog.sentences">
                  {rows.map((row) => (
                    <li key={`${row.route}|${row.model ?? ''}|${row.move}|${row.channel}|${row.per}`}>{row.sentence}.</li>
                  ))}
                </ul>
              </>
            )}
            {load.state === 'ready' && load.problems.length > 0 && (
              <p className="mt-3 text-[11px] text-amber-200/80" data-testid="measureLog.problems">
                {load.problems.length} saved line{load.problems.length === 1 ? ' was' : 's were'} skipped: {[...new Set(load.problems)].join('; ')}.
              </p>
            )}
          </div>

          {error && (
            <p className="mt-3 text-xs text-red-300" role="alert" data-testid="measureLog.error">
              {error}
            </p>
          )}
          <div className="mt-4 flex items-center justify-end gap-2">
            {confirming ? (
              <div className="mr-auto flex items-center gap-2 text-xs text-neutral-300" role="group" aria-label="Confirm clearing the log" data-testid="measureLog.confirm">
                <span>
                  Clear all {entries.length} measured take{entries.length === 1 ? '' : 's'} from the log? The takes and their measurements stay; only this log is emptied.
                </span>
                <button type="button" className={cx(buttonBase, 'border-red-500/60 text-red-200')} data-testid="measureLog.clearConfirm" onClick={clear}>
                  Clear the log
                </button>
                <button type="button" className={buttonBase} data-testid="measureLog.clearCancel" onClick={() => setConfirming(false)} autoFocus>
                  Keep it
                </button>
              </div>
            ) : (
              <button type="button" className={cx(buttonBase, 'mr-auto')} data-testid="measureLog.clear" disabled={entries.length === 0} onClick={() => setConfirming(true)}>
                Clear…
              </button>
            )}
            <button type="button" className={buttonBase} data-testid="measureLog.exportCsv" disabled={rows.length === 0} onClick={() => exportFile('csv')}>
              Export CSV
            </button>
            <button type="button" className={primaryButton} data-testid="measureLog.exportJson" disabled={entries.length === 0} onClick={() => exportFile('json')}>
              Export JSON
            </button>
          </div>
        </div>
      </div>
    </OverlayPortal>
  )
}
