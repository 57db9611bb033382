/**
 * `npm run bench`'s studio-vs-bare section: runs the bench (unless `--quick`), prints the table and
 * adds its outcome to bench/results.json under the key `studio`, leaving the other keys as they are.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { tableLines } from './figures'
import { runStudioBench, type StudioBenchOutcome } from './index'

export const runStudioSection = async (o: { quick: boolean; previsRenderFps?: number; resultsPath: string }): Promise<StudioBenchOutcome> => {
  const outcome: StudioBenchOutcome = o.quick ? { ok: false, skipped: '--quick' } : await runStudioBench({ previsRenderFps: o.previsRenderFps })
  if (outcome.ok) {
    const c = outcome.canvas
    const size = c ? `, canvas ${c.cssWidth}x${c.cssHeight} css px at ${c.dpr}x, ${c.type} ${JSON.stringify(c.attrs)}` : ''
    console.log(`\nthe studio against bare pages in headless Chromium ${outcome.chromium} (SwiftShader, 1280x800${size}), median of ${outcome.rounds} alternating round(s), ${outcome.wallS.toFixed(0)} s`)
    for (const line of tableLines(outcome.rows)) console.log(line)
    if (outcome.heapBeforeMiB.studio !== undefined)
      console.log(`heap before the 100 cycles: studio ${outcome.heapBeforeMiB.studio.toFixed(1)} MiB, bare ${outcome.heapBeforeMiB.bare?.toFixed(1) ?? '—'} MiB`)
    const missed = (keys: string[]) => (keys.length ? keys.join(', ') : 'none')
    if (outcome.missedKeys.studio.length + outcome.missedKeys.bare.length > 0)
      console.log(`keys with no drawn frame within 3 s (left out): studio ${missed(outcome.missedKeys.studio)}; bare ${missed(outcome.missedKeys.bare)}`)
  } else console.log(`\nstudio-vs-bare bench skipped: ${outcome.skipped}`)
  const results = existsSync(o.resultsPath) ? (JSON.parse(readFileSync(o.resultsPath, 'utf8')) as Record<string, unknown>) : {}
  writeFileSync(o.resultsPath, JSON.stringify({ ...results, studio: outcome }, null, 2) + '\n')
  return outcome
}
