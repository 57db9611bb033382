/** `npm run bench`: prints a table and writes bench/results.json. `--quick` for a smoke pass. */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createCases, measure } from './cases'

const quick = process.argv.includes('--quick')
const sizes: Record<string, number> = { 'poses/s': quick ? 200 : 200_000, 'shots/s': quick ? 1 : 60 }
const results = createCases().map((c) => measure(c, sizes[c.unit] ?? 100, quick ? 1 : 5))

const fmt = (x: number) => (x >= 100 ? Math.round(x).toLocaleString('en-US') : x.toPrecision(3))
console.log('benchmark'.padEnd(46) + 'rate'.padStart(16) + '   baseline'.padEnd(50) + 'x baseline time')
for (const r of results)
  console.log(
    r.name.padEnd(46) + `${fmt(r.opsPerSecond)} ${r.unit}`.padStart(16) + `   ${r.baselineLabel} ${fmt(r.baselineOpsPerSecond)}/s`.padEnd(50) + r.ratioToBaseline.toFixed(2),
  )
const out = join(dirname(fileURLToPath(import.meta.url)), 'results.json')
mkdirSync(dirname(out), { recursive: true })
writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), node: process.version, quick, results }, null, 2) + '\n')
console.log(`wrote ${out}`)
