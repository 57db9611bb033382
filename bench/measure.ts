/**
 * The browser section of `npm run bench` for issue 11: the camera-motion estimator on previs
 * renders of the ten known moves (src/camera-measure/validation), clean and encoded at two
 * bitrates, with the error per channel against the designed trajectory. Uses the e2e build and
 * `vite preview` through bench/browser.ts as bench/previs.ts does (call after it: the app is already built).
 */
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ValidationRun } from '../src/take-measurement/validation'
import { chromiumPath, withStudioPage } from './browser'

export type MeasureBenchOutcome = { ok: true; runs: MeasureBenchRow[]; chromium: string; wallS: number } | { ok: false; skipped: string }

/** One move and source: the errors and the failures against its bounds. */
export interface MeasureBenchRow {
  move: string
  label: string
  source: string
  frames: number
  panDeg: number
  tiltDeg: number
  rollDeg: number
  zoomPct: number
  travelMeanDeg: number | null
  travelFoundPct: number | null
  falseTravelFrames: number
  dollyZoomPct: number
  signsOk: boolean
  bitrate: number | null
  bytes: number | null
  measureMs: number
  failures: readonly string[]
}

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const OUT_DIR = 'dist-e2e'
const LIMIT_MS = 480_000

const rowOf = (r: ValidationRun): MeasureBenchRow => ({
  move: r.move,
  label: r.label,
  source: r.source,
  frames: r.frames,
  panDeg: r.errors.rotationDeg.pan,
  tiltDeg: r.errors.rotationDeg.tilt,
  rollDeg: r.errors.rotationDeg.roll,
  zoomPct: r.errors.zoomRelative * 100,
  travelMeanDeg: r.errors.travel && Number.isFinite(r.errors.travel.meanAngleDeg) ? r.errors.travel.meanAngleDeg : null,
  travelFoundPct: r.errors.travel ? r.errors.travel.foundShare * 100 : null,
  falseTravelFrames: r.errors.falseTravelFrames,
  dollyZoomPct: r.errors.dollyZoomShare * 100,
  signsOk: r.errors.signs.every((s) => s.ok || (s.channel === 'zoom' && r.unmeasured.zoom !== undefined)),
  bitrate: r.bitrate ?? null,
  bytes: r.bytes ?? null,
  measureMs: r.measureMs,
  failures: r.failures,
})

export const runMeasureBench = async (): Promise<MeasureBenchOutcome> => {
  const executablePath = chromiumPath()
  if (!executablePath) return { ok: false, skipped: 'no Chromium (set CHROMIUM_PATH or apt-get install chromium)' }
  if (!existsSync(join(ROOT, OUT_DIR, 'index.html'))) return { ok: false, skipped: 'no e2e build (the previs section builds it)' }
  try {
    return await withStudioPage(OUT_DIR, LIMIT_MS, async (page, browser) => {
    const t0 = Date.now()
    const runs = (await page.evaluate(() =>
      (window as unknown as { __studio: { measure: { validate(o: object): Promise<unknown> } } }).__studio.measure.validate({}),
    )) as ValidationRun[]
      return { ok: true, runs: runs.map(rowOf), chromium: browser.version(), wallS: (Date.now() - t0) / 1000 } as const
    })
  } catch (e) {
    return { ok: false, skipped: `the browser run failed (${(e as Error).message.split('\n')[0]})` }
  }
}

const f1 = (x: number | null, unit = '') => (x === null ? '-' : `${x.toFixed(x < 10 ? 2 : 1)}${unit}`)

/** Table rows: a header, then one row per move with the three sources side by side per channel. */
export const measureRows = (rows: readonly MeasureBenchRow[]): string[][] => {
  const sources = ['clean', 'high', 'low'].filter((s) => rows.some((r) => r.source === s))
  const moves = [...new Set(rows.map((r) => r.move))]
  const channels: [string, (r: MeasureBenchRow) => string][] = [
    ['pan °', (r) => f1(r.panDeg)],
    ['tilt °', (r) => f1(r.tiltDeg)],
    ['roll °', (r) => f1(r.rollDeg)],
    ['zoom %', (r) => f1(r.zoomPct)],
    ['travel °', (r) => f1(r.travelMeanDeg)],
    ['found %', (r) => (r.travelFoundPct === null ? '-' : r.travelFoundPct.toFixed(0))],
    ['signs', (r) => (r.signsOk ? 'ok' : 'WRONG')],
  ]
  const header = ['move', ...channels.map(([name]) => `${name} (${sources.join('/')})`)]
  return [
    header,
    ...moves.map((m) => [
      rows.find((r) => r.move === m)?.label ?? m,
      ...channels.map(([, cell]) => sources.map((s) => {
        const r = rows.find((x) => x.move === m && x.source === s)
        return r ? cell(r) : '-'
      }).join(' / ')),
    ]),
  ]
}
