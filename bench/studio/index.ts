/**
 * The studio-vs-bare section of `npm run bench` (issue 12): builds the studio (production) and the
 * two bare pages, serves each through the real server's static serving (`server/app.ts`,
 * compression included) on its own port, and measures them in headless Chromium (SwiftShader,
 * 1280x800, device pixel ratio 1) in alternating rounds (studio, bare, studio, bare, …), each in
 * a fresh browser context; each figure is the median of the rounds. The bare three.js page gets the
 * studio's canvas size and WebGL context attributes as the first studio round saw them, and draws
 * the studio's own stage; each round also loads it once with the box scene it drew before session
 * 14, for that first frame only (a row of its own). Bounded in time; a `skipped` line when
 * Chromium or a build is missing.
 */
import { CHROMIUM_ARGS, chromiumPath } from '../browser'
import type { AddressInfo } from 'node:net'
import { buildBare, buildStudio, initialGzipBytes, outDir } from './builds'
import { figureRows, medianFigures, type FigureRow, type Figures } from './figures'
import { measureSession, type CanvasFacts, type SessionOptions } from './session'

export interface StudioBenchOptions {
  readonly rounds?: number
  /** The previs render rate (frames/s) from the previs section, shown in the table. */
  readonly previsRenderFps?: number
  readonly limitMs?: number
}

export type StudioBenchOutcome =
  | {
      ok: true
      chromium: string
      wallS: number
      rounds: number
      canvas: CanvasFacts | null
      rows: FigureRow[]
      studio: Figures
      bare: Figures
      perRound: { studio: Figures[]; bare: Figures[]; box: Figures[] }
      heapBeforeMiB: { studio?: number; bare?: number }
      missedKeys: { studio: string[]; bare: string[] }
    }
  | { ok: false; skipped: string }

/** The whole section, builds included, aims to end within this. */
const LIMIT_MS = 300_000

export { CHROMIUM_ARGS, chromiumPath } from '../browser'

/** Serves a build folder through the real server on a free loopback port. */
export const serveBuild = async (distDir: string, withApi: boolean): Promise<{ url: string; close: () => Promise<void> }> => {
  const { serve } = await import('@hono/node-server')
  const fetch = withApi ? (await import('../../server/app')).createApp({ env: {}, distDir }).fetch : (await import('../../server/static')).serveStudio(distDir).fetch
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s))
  })
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(() => r())) }
}

/** Fetches every file of the initial load once, so the server's compression cache is warm. */
const warm = async (url: string, paths: readonly string[]) => {
  for (const p of ['/', ...paths]) await (await fetch(new URL(p, url), { headers: { 'Accept-Encoding': 'br, gzip' } })).arrayBuffer()
}

export const runStudioBench = async (options: StudioBenchOptions = {}): Promise<StudioBenchOutcome> => {
  const started = Date.now()
  const rounds = options.rounds ?? 3
  const executablePath = chromiumPath()
  if (!executablePath) return { ok: false, skipped: 'no Chromium (set CHROMIUM_PATH or apt-get install chromium)' }
  const studioError = buildStudio()
  if (studioError) return { ok: false, skipped: studioError }
  try {
    await buildBare('r3f')
    await buildBare('three')
  } catch (e) {
    return { ok: false, skipped: `a bare page did not build (${(e as Error).message.split('\n')[0]})` }
  }

  const studioInitial = initialGzipBytes(outDir('studio'))
  const r3fInitial = initialGzipBytes(outDir('bare-r3f'))
  const threeInitial = initialGzipBytes(outDir('bare-three'))
  const servers: { url: string; close: () => Promise<void> }[] = []
  const { chromium } = await import('@playwright/test')
  let browser: Awaited<ReturnType<typeof chromium.launch>> | null = null
  // a hard stop well past the soft deadline, for a page that hangs
  const timer = setTimeout(() => void browser?.close(), (options.limitMs ?? LIMIT_MS) + 120_000)
  try {
    const studio = await serveBuild(outDir('studio'), true)
    servers.push(studio)
    const bare = await serveBuild(outDir('bare-three'), false)
    servers.push(bare)
    const r3f = await serveBuild(outDir('bare-r3f'), false)
    servers.push(r3f)
    await warm(studio.url, studioInitial.paths)
    await warm(bare.url, threeInitial.paths)
    await warm(r3f.url, r3fInitial.paths)
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
    // the browser's first WebGL context also starts its GPU process (seconds with SwiftShader):
    // pay that here, not in the first measured page
    const warmUp = await browser.newPage()
    await warmUp.setContent('<canvas></canvas>')
    await warmUp.evaluate(() => document.querySelector('canvas')?.getContext('webgl2')?.clear(0x4000))
    await warmUp.close()

    const common = { frameSteps: 6, undoRedoCycles: 3, playbackMs: 3000 }
    const perRound = { studio: [] as Figures[], bare: [] as Figures[], box: [] as Figures[] }
    const heapBeforeMiB: { studio?: number; bare?: number } = {}
    const missedKeys = { studio: [] as string[], bare: [] as string[] }
    let canvas: CanvasFacts | null = null
    // the heap is read in the first round; a round is not started when the time left is less than
    // the first round took (the figures are then medians of fewer rounds, and `rounds` says so)
    const deadline = started + (options.limitMs ?? LIMIT_MS)
    let firstRoundMs = 0
    let done = 0
    for (let round = 0; round < rounds; round++) {
      const roundStart = Date.now()
      if (round > 0 && Date.now() + firstRoundMs * 0.8 > deadline) break
      const heapCycles = round === 0 ? 100 : 0
      const s = await measureSession(browser, { ...common, heapCycles, url: studio.url, kind: 'studio', initialPaths: studioInitial.paths })
      canvas ??= s.canvas
      const c = canvas
      const query = c
        ? `?${new URLSearchParams({ w: String(c.cssWidth), h: String(c.cssHeight), dpr: String(c.width / Math.max(1, c.cssWidth)), type: c.type, attrs: JSON.stringify(c.attrs) })}`
        : ''
      const opts: SessionOptions = { ...common, heapCycles, url: `${bare.url}${query}`, kind: 'bare', initialPaths: threeInitial.paths }
      const b = await measureSession(browser, opts)
      // the same page with the scene it drew before session 14 (a box on a plain floor): first frame only
      const box = await measureSession(browser, { ...opts, url: `${bare.url}${query ? `${query}&` : '?'}scene=box`, heapCycles: 0, firstFrameOnly: true })
      perRound.box.push(box.figures)
      if (s.heapBeforeMiB !== undefined) heapBeforeMiB.studio = s.heapBeforeMiB
      if (b.heapBeforeMiB !== undefined) heapBeforeMiB.bare = b.heapBeforeMiB
      missedKeys.studio.push(...s.missedKeys)
      missedKeys.bare.push(...b.missedKeys)
      perRound.studio.push(s.figures)
      perRound.bare.push(b.figures)
      if (round === 0) firstRoundMs = Date.now() - roundStart
      done++
    }
    const studioFigures: Figures = { ...medianFigures(perRound.studio), initialGzipKiB: studioInitial.gzipBytes / 1024 }
    // the bare R3F page is the baseline for what the first visit loads; the bare three.js page for the rest
    const bareFigures: Figures = { ...medianFigures(perRound.bare), initialGzipKiB: r3fInitial.gzipBytes / 1024 }
    delete bareFigures.initialSentKiB
    const r3fSent = await sentBytes(r3f.url, r3fInitial.paths)
    if (Number.isFinite(r3fSent)) bareFigures.initialSentKiB = r3fSent / 1024
    if (options.previsRenderFps !== undefined) studioFigures.previsRenderFps = options.previsRenderFps
    const boxFirstFrame = medianFigures(perRound.box).firstFrameMs
    if (studioFigures.firstFrameMs !== undefined && boxFirstFrame !== undefined) {
      studioFigures.firstFrameVsBoxMs = studioFigures.firstFrameMs
      bareFigures.firstFrameVsBoxMs = boxFirstFrame
    }
    return {
      ok: true,
      chromium: browser.version(),
      wallS: (Date.now() - started) / 1000,
      rounds: done,
      canvas,
      rows: figureRows(studioFigures, bareFigures),
      studio: studioFigures,
      bare: bareFigures,
      perRound,
      heapBeforeMiB,
      missedKeys,
    }
  } catch (e) {
    return { ok: false, skipped: `the browser run failed (${(e as Error).message.split('\n')[0]})` }
  } finally {
    clearTimeout(timer)
    await browser?.close().catch(() => {})
    for (const s of servers) await s.close().catch(() => {})
  }
}

/** Bytes the server sends for the initial files to a browser that accepts brotli and gzip. */
const sentBytes = async (url: string, paths: readonly string[]): Promise<number> => {
  let total = 0
  for (const p of paths) {
    const res = await fetch(new URL(p, url), { headers: { 'Accept-Encoding': 'br, gzip' } })
    const len = Number(res.headers.get('content-length'))
    await res.arrayBuffer()
    total += len
  }
  return total
}

