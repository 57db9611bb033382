/** The storyboard's export bar: PDF (paper, panels a page), PNG contact sheet, CSV; progress, Cancel and errors in one sentence. */
import { useEffect, useRef, useState } from 'react'
import { PANELS_PER_PAGE, PAPER_LABEL, PAPER_SIZES, type Paper, type PanelsPerPage, type StoryboardRow } from '../../storyboard'
import { buttonBase, cx } from '../primitives'
import { type ExportPanel, exportContactSheet, exportCsv, exportPdf } from './exports'

export interface ExportBarProps {
  readonly projectName: string
  readonly rows: readonly StoryboardRow[]
  /** Every panel with its frames, or null while frames are still rendering. */
  readonly panels: readonly ExportPanel[] | null
}

type Job = { kind: 'pdf' | 'png'; fraction: number; what: string }

const select = 'h-7 rounded border border-neutral-700 bg-neutral-900 px-1.5 text-xs text-neutral-200'
const button = cx(buttonBase, 'h-7 px-2.5 text-xs')

export function ExportBar({ projectName, rows, panels }: ExportBarProps) {
  const [paper, setPaper] = useState<Paper>('a4')
  const [perPage, setPerPage] = useState<PanelsPerPage>(4)
  const [job, setJob] = useState<Job | null>(null)
  const [error, setError] = useState<string | null>(null)
  const controller = useRef<AbortController | null>(null)
  // closing the view cancels an export in progress (nothing is downloaded after)
  useEffect(() => () => controller.current?.abort(), [])

  const run = async (kind: Job['kind'], work: (signal: AbortSignal, progress: (f: number, what: string) => void) => Promise<void>) => {
    const c = new AbortController()
    controller.current = c
    setError(null)
    setJob({ kind, fraction: 0, what: 'Starting…' })
    try {
      await work(c.signal, (fraction, what) => {
        if (!c.signal.aborted) setJob({ kind, fraction, what })
      })
    } catch (e) {
      if (!(e instanceof Error && e.name === 'AbortError')) setError(e instanceof Error ? e.message : String(e))
    } finally {
      if (controller.current === c) controller.current = null
      setJob(null)
    }
  }

  const waiting = panels === null ? 'Waiting for the frames to render' : undefined
  return (
    <div className="flex flex-wrap items-center gap-2" data-testid="storyboard.exportBar">
      <label className="flex items-center gap-1 text-xs text-neutral-400">
        Paper
        <select className={select} value={paper} onChange={(e) => setPaper(e.currentTarget.value as Paper)} data-testid="storyboard.paper">
          {PAPER_SIZES.map((p) => (
            <option key={p} value={p}>
              {PAPER_LABEL[p]}
            </option>
          ))}
        </select>
      </label>
      <label className="flex items-center gap-1 text-xs text-neutral-400">
        Panels a page
        <select className={select} value={perPage} onChange={(e) => setPerPage(Number(e.currentTarget.value) as PanelsPerPage)} data-testid="storyboard.perPage">
          {PANELS_PER_PAGE.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className={cx(button, 'border-amber-400/60 text-amber-200')}
        disabled={!panels || job !== null}
        title={waiting ?? 'Download the storyboard as a PDF'}
        onClick={() => panels && void run('pdf', (signal, progress) => exportPdf(projectName, panels, paper, perPage, signal, progress))}
        data-testid="storyboard.exportPdf"
      >
        Export PDF
      </button>
      <button
        type="button"
        className={button}
        disabled={!panels || job !== null}
        title={waiting ?? 'Download every panel on one PNG image'}
        onClick={() => panels && void run('png', (signal, progress) => exportContactSheet(projectName, panels, signal, progress))}
        data-testid="storyboard.exportPng"
      >
        PNG contact sheet
      </button>
      <button type="button" className={button} onClick={() => exportCsv(projectName, rows)} title="Download the shot list as CSV (opens in any spreadsheet)" data-testid="storyboard.exportCsv">
        Shot list CSV
      </button>
      {job && (
        <div className="flex items-center gap-2" role="status" data-testid="storyboard.exportProgress">
          <progress className="h-1.5 w-28 accent-amber-400" max={1} value={job.fraction} />
          <span className="text-[11px] text-neutral-400">{job.what}</span>
          <button type="button" className={cx(buttonBase, 'h-6 px-2 text-[11px]')} onClick={() => controller.current?.abort()}>
            Cancel
          </button>
        </div>
      )}
      {error && (
        <p role="alert" className="text-xs text-red-300" data-testid="storyboard.exportError">
          {error}
        </p>
      )}
    </div>
  )
}
