/** `npm run bench`: prints a table and writes bench/results.json. `--quick` for a smoke pass. */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createCases, measure } from './cases'
import { measureRows, runMeasureBench } from './measure'
import { previsRows, runPrevisBench } from './previs'

const quick = process.argv.includes('--quick')
const sizes: Record<string, number> = { 'poses/s': quick ? 200 : 200_000, 'shots/s': quick ? 1 : 60, 'all-target compiles/s': quick ? 1 : 10 }
const results = createCases().map((c) => measure(c, sizes[c.unit] ?? 100, quick ? 1 : 5))

const fmt = (x: number) => (x >= 100 ? Math.round(x).toLocaleString('en-US') : x.toPrecision(3))
const ms = (opsPerSecond: number) => `${(1000 / opsPerSecond).toPrecision(3)} ms`
const rows = [
  ['benchmark', 'rate', 'time/op', 'baseline (same run)', 'baseline time/op', 'x baseline time'],
  ...results.map((r) => [r.name, `${fmt(r.opsPerSecond)} ${r.unit}`, ms(r.opsPerSecond), r.baselineLabel, ms(r.baselineOpsPerSecond), r.ratioToBaseline.toFixed(2)]),
]
const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)))
for (const row of rows) console.log(row.map((cell, c) => (c === 0 || c === 3 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '))

// the browser section: the previs renderer in headless Chromium (skipped with a line when it cannot run)
const previs = quick ? ({ ok: false, skipped: '--quick' } as const) : await runPrevisBench()
if (previs.ok) {
  const prow = previsRows(previs.figures)
  const pw = [0, 1, 2].map((c) => Math.max(...prow.map((row) => row[c].length)))
  console.log(`\nprevis in headless Chromium ${previs.chromium} (SwiftShader)`)
  for (const row of prow) console.log(`${row[0].padEnd(pw[0])}  ${row[1].padStart(pw[1])}  ${row[2]}`)
} else console.log(`\nprevis bench skipped: ${previs.skipped}`)

// the camera-motion estimator on previs renders of ten known moves, clean and encoded (issue 11)
const estimator = quick ? ({ ok: false, skipped: '--quick' } as const) : previs.ok ? await runMeasureBench() : ({ ok: false, skipped: 'needs the previs section (the e2e build)' } as const)
if (estimator.ok) {
  const mrow = measureRows(estimator.runs)
  const mw = mrow[0].map((_, c) => Math.max(...mrow.map((row) => row[c].length)))
  console.log(`\ncamera-motion estimator on previs renders in headless Chromium ${estimator.chromium} (${estimator.wallS.toFixed(0)} s): largest error per channel, clean / H.264 high / low`)
  for (const row of mrow) console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(mw[c]) : cell.padStart(mw[c]))).join('  '))
  const failing = estimator.runs.filter((r) => r.source === 'clean' && r.failures.length > 0)
  for (const r of failing) console.log(`  clean ${r.move}: ${r.failures.map((f) => f.replace(`${r.move}: `, '')).join('; ')}`)
} else console.log(`\nestimator bench skipped: ${estimator.skipped}`)

const out = join(dirname(fileURLToPath(import.meta.url)), 'results.json')
mkdirSync(dirname(out), { recursive: true })
writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), node: process.version, quick, results, previs, estimator }, null, 2) + '\n')
console.log(`wrote ${out}`)

// the studio against bare pages in headless Chromium (issue 12): startup, playback, keys, heap; its own key in results.json
const { runStudioSection } = await import('./studio/section')
await runStudioSection({ quick, previsRenderFps: previs.ok ? previs.figures.renderOnlyFps : undefined, resultsPath: out })
