import { describe, expect, it } from 'vitest'
import { buildBare, initialAssetPaths, initialGzipBytes, outDir } from './builds'
import { FIGURES, figureRows, gaps, markdownTable, median, medianFigures, percentile, redrawRate, tableLines } from './figures'
import { CHROMIUM_ARGS, chromiumPath, serveBuild } from './index'
import { measureSession } from './session'

describe('studio bench: statistics', () => {
  it('takes medians of odd and even counts, ignoring non-finite samples', () => {
    expect(median([5, 1, 3])).toBe(3)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(median([2, NaN, 4, Infinity])).toBe(3)
    expect(median([])).toBeNaN()
  })

  it('interpolates percentiles between closest ranks', () => {
    const xs = Array.from({ length: 101 }, (_, i) => i)
    expect(percentile(xs, 95)).toBe(95)
    expect(percentile([10, 20], 50)).toBe(15)
    expect(percentile([10, 20], 100)).toBe(20)
    expect(percentile([7], 95)).toBe(7)
    expect(percentile([], 95)).toBeNaN()
  })

  it('counts drawn frames inside the window and the p95 gap between them', () => {
    // 24 frames a second for one second, with one frame dropped (a 2-interval gap)
    const frames = Array.from({ length: 30 }, (_, i) => 1000 + (i * 1000) / 24).filter((_, i) => i !== 10)
    expect(gaps([0, 10, 25])).toEqual([10, 15])
    const r = redrawRate(frames, 1000, 2000)
    expect(r.perSecond).toBe(23)
    expect(r.p95GapMs).toBeGreaterThan(1000 / 24)
    expect(r.p95GapMs).toBeLessThanOrEqual(2000 / 24 + 1e-9)
  })
})

describe('studio bench: the table', () => {
  it('has one row per figure of the issue, with ratios studio / bare and dashes for what is missing', () => {
    const rows = figureRows({ initialGzipKiB: 429, firstFrameMs: 2000, previsRenderFps: 30 }, { initialGzipKiB: 300, firstFrameMs: 800 })
    expect(rows.map((r) => r.id)).toEqual(FIGURES.map((f) => f.id))
    expect(rows.find((r) => r.id === 'initialGzipKiB')?.ratio).toBeCloseTo(1.43, 2)
    expect(rows.find((r) => r.id === 'firstFrameMs')?.ratio).toBe(2.5)
    expect(rows.find((r) => r.id === 'previsRenderFps')).toMatchObject({ studio: 30, bare: null, ratio: null })
    const lines = tableLines(rows)
    expect(lines[0]).toMatch(/^figure\s+studio\s+bare\s+ratio\s+goal$/)
    expect(lines).toHaveLength(FIGURES.length + 1)
    expect(lines.find((l) => l.startsWith('initial JS+CSS, gzip'))).toMatch(/429 KiB\s+300 KiB\s+1\.43\s+<= 1\.2x bare/)
    const md = markdownTable(rows)
    expect(md.split('\n')).toHaveLength(FIGURES.length + 2)
    expect(md).toContain('| navigation to first drawn lens frame | 2000 ms | 800 ms | 2.50 | <= 1.3x bare |')
  })

  it('takes each figure as the median over rounds', () => {
    expect(medianFigures([{ frameStepMs: 3 }, { frameStepMs: 9 }, { frameStepMs: 4, undoRedoMs: 60 }])).toEqual({ frameStepMs: 4, undoRedoMs: 60 })
  })

  it('reads the initial scripts, modulepreloads and stylesheets of a built index.html', () => {
    const html = `<head>
      <link rel="icon" type="image/svg+xml" href="/favicon.svg" />
      <script type="module" crossorigin src="/assets/index-A.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/react-B.js">
      <link rel="modulepreload" crossorigin href="/assets/react-B.js">
      <link rel="stylesheet" crossorigin href="/assets/index-C.css">
      <script src="https://example.com/x.js"></script>
    </head>`
    expect(initialAssetPaths(html)).toEqual(['/assets/index-A.js', '/assets/react-B.js', '/assets/index-C.css'])
  })
})

// One short real run of the harness on the bare three.js page (the studio's build is too slow for
// `npm test`): every figure a session measures comes back a finite number. No timing is asserted.
describe.runIf(chromiumPath() !== null)('studio bench: a short browser run', () => {
  it('measures the bare page (the studio\'s stage; the box scene for its first frame): every figure finite', { timeout: 120_000 }, async () => {
    // its own folder, so a bench running at the same time keeps its build
    const dir = outDir('bare-three-smoke')
    await buildBare('three', dir)
    const initial = initialGzipBytes(dir)
    expect(initial.gzipBytes).toBeGreaterThan(0)
    const server = await serveBuild(dir, false)
    const { chromium } = await import('@playwright/test')
    const browser = await chromium.launch({ executablePath: chromiumPath()!, args: CHROMIUM_ARGS })
    try {
      const r = await measureSession(browser, { url: server.url, kind: 'bare', initialPaths: initial.paths, frameSteps: 2, undoRedoCycles: 1, playbackMs: 1000, heapCycles: 2 })
      for (const id of ['firstFrameMs', 'getContextMs', 'initialSentKiB', 'frameStepMs', 'undoRedoMs', 'playbackRedrawsPerS', 'playbackP95GapMs', 'heapAfterUndoRedoMiB'] as const)
        expect(Number.isFinite(r.figures[id]), id).toBe(true)
      expect(r.canvas?.type).toMatch(/^webgl2?$/)
      // the scene before session 14, its first frame only: nothing after it is measured
      const box = await measureSession(browser, { url: `${server.url}?scene=box`, kind: 'bare', initialPaths: initial.paths, frameSteps: 2, undoRedoCycles: 1, playbackMs: 1000, heapCycles: 2, firstFrameOnly: true })
      expect(Number.isFinite(box.figures.firstFrameMs)).toBe(true)
      expect(Object.keys(box.figures).sort()).toEqual(['firstFrameMs', 'getContextMs'])
    } finally {
      await browser.close()
      await server.close()
    }
  })
})
