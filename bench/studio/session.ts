/**
 * One measured visit to a page (the studio or the bare three.js page) in a fresh browser context
 * (empty cache and storage), driven only through the keyboard and the DOM, as a user would:
 * navigation to the first drawn frame, one edit, frame steps (→), undo / redo (Ctrl+Z /
 * Ctrl+Shift+Z), playback (Space) and, when asked, the JS heap after many undo/redo cycles.
 */
import type { Browser, Page } from '@playwright/test'
import { median, redrawRate, type Figures } from './figures'
import { PROBE_SCRIPT, type ProbeState } from './probe'

export type PageKind = 'studio' | 'bare'

export interface SessionOptions {
  readonly url: string
  readonly kind: PageKind
  /** The paths index.html loads up front, to sum what was sent for them. */
  readonly initialPaths: readonly string[]
  readonly frameSteps: number
  readonly undoRedoCycles: number
  readonly playbackMs: number
  /** Undo/redo cycles before reading the heap; 0 skips the heap. */
  readonly heapCycles: number
  /** Only the navigation to the first drawn frame (and its getContext): no edit, keys or playback. */
  readonly firstFrameOnly?: boolean
}

export interface CanvasFacts {
  readonly type: string
  readonly attrs: WebGLContextAttributes
  readonly width: number
  readonly height: number
  readonly cssWidth: number
  readonly cssHeight: number
  readonly dpr: number
}

export interface SessionResult {
  readonly figures: Figures
  readonly canvas: CanvasFacts | null
  readonly heapBeforeMiB?: number
  /** Keys whose frame never came (a figure from fewer samples). */
  readonly missedKeys: string[]
}

export const VIEWPORT = { width: 1280, height: 800 } as const
const KEY_FRAME_TIMEOUT_MS = 3000

const probe = (page: Page): Promise<ProbeState> => page.evaluate(() => (window as unknown as { __bench: ProbeState }).__bench)
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Two animation frames' round trip, in ms: long while the browser's frame pipeline still has work queued. */
const frameRoundTripMs = (page: Page): Promise<number> =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const t0 = performance.now()
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t0)))
      }),
  )

/**
 * Waits until nothing has been drawn for `quietMs`, then until the frame pipeline is free (two
 * animation frames within 60 ms: with a software GPU the compositor can still be busy with the last
 * drawn frames, or compiling what an edit first showed, after the page stopped drawing), at most
 * `maxMs` in all. Keys are then timed in the steady state, in both pages alike.
 */
const settle = async (page: Page, quietMs = 300, maxMs = 5000): Promise<void> => {
  const end = Date.now() + maxMs
  let last = -1
  while (Date.now() < end) {
    const n = await page.evaluate(() => (window as unknown as { __bench: ProbeState }).__bench.frames.length)
    if (n === last) break
    last = n
    await sleep(quietMs)
  }
  while (Date.now() < end && (await frameRoundTripMs(page)) > 60) await sleep(50)
}

/** Presses a key and returns its keydown-to-drawn-frame latency (NaN if no frame came). */
const pressForFrame = async (page: Page, key: string): Promise<number> => {
  const before = (await probe(page)).keys.length
  await page.keyboard.press(key)
  try {
    await page.waitForFunction((n) => (window as unknown as { __bench: ProbeState }).__bench.keys.length > n, before, { timeout: KEY_FRAME_TIMEOUT_MS, polling: 10 })
  } catch {
    await page.evaluate(() => ((window as unknown as { __bench: ProbeState }).__bench.pendingKey = null))
    return NaN
  }
  const s = await probe(page)
  return s.keys[s.keys.length - 1].ms
}

const heapMiB = async (page: Page): Promise<number> => {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  await cdp.detach()
  return usedSize / 1024 / 1024
}

/** One edit that goes through the page's undo history. */
const makeEdit = async (page: Page, kind: PageKind): Promise<void> => {
  if (kind === 'bare') {
    await page.keyboard.press('Shift+N')
    return
  }
  // the studio: add the first preset matching "orbit" from the library's search (Enter), then
  // leave the field so the studio's shortcuts apply
  const search = page.getByTestId('presets.search')
  await search.fill('orbit')
  await search.press('Enter')
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
}

export const measureSession = async (browser: Browser, o: SessionOptions): Promise<SessionResult> => {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 })
  try {
    await context.addInitScript(PROBE_SCRIPT)
    const page = await context.newPage()
    await page.goto(o.url, { waitUntil: 'commit' })
    await page.waitForFunction(() => (window as unknown as { __bench: ProbeState }).__bench.ready !== null, undefined, { timeout: 90_000, polling: 20 })
    const atReady = await probe(page)
    const figures: Figures = { firstFrameMs: atReady.ready ?? NaN, getContextMs: atReady.context?.ms ?? NaN }
    if (o.firstFrameOnly) return { figures, canvas: null, missedKeys: [] }

    const sent = await page.evaluate((paths) => {
      const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[]
      let bytes = 0
      for (const p of paths) {
        const e = entries.find((x) => new URL(x.name).pathname === p)
        if (!e) return NaN
        bytes += e.encodedBodySize
      }
      return bytes
    }, o.initialPaths)
    figures.initialSentKiB = sent / 1024

    const canvas = await page.evaluate((ctx) => {
      const c = document.querySelector<HTMLCanvasElement>('canvas[data-ready="true"]')
      if (!c || !ctx) return null
      const r = c.getBoundingClientRect()
      return { type: ctx.type, attrs: ctx.attrs, width: c.width, height: c.height, cssWidth: r.width, cssHeight: r.height, dpr: devicePixelRatio }
    }, atReady.context)

    await settle(page, 300, 8000)
    await makeEdit(page, o.kind)
    await settle(page)

    const missedKeys: string[] = []
    const timed = async (key: string) => {
      const ms = await pressForFrame(page, key)
      if (!Number.isFinite(ms)) missedKeys.push(key)
      await settle(page, 100, 2000) // each key from a free frame pipeline, like a user's deliberate press
      return ms
    }
    const steps: number[] = []
    for (let i = 0; i < o.frameSteps; i++) steps.push(await timed('ArrowRight'))
    figures.frameStepMs = median(steps)

    const undoRedo: number[] = []
    for (let i = 0; i < o.undoRedoCycles; i++) {
      undoRedo.push(await timed('Control+KeyZ'))
      undoRedo.push(await timed('Control+Shift+KeyZ'))
    }
    figures.undoRedoMs = median(undoRedo)
    await settle(page)

    // playback: a warm-up, then the window counted
    await page.keyboard.press('Space')
    await sleep(300)
    const from = await page.evaluate(() => performance.now())
    await sleep(o.playbackMs)
    const to = await page.evaluate(() => performance.now())
    await page.keyboard.press('Space')
    const rate = redrawRate((await probe(page)).frames, from, to)
    figures.playbackRedrawsPerS = rate.perSecond
    figures.playbackP95GapMs = rate.p95GapMs
    await settle(page)

    let heapBeforeMiB: number | undefined
    if (o.heapCycles > 0) {
      heapBeforeMiB = await heapMiB(page)
      // keydowns are handled in order; frames come when they come (not waited for one by one)
      for (let i = 0; i < o.heapCycles; i++) {
        await page.keyboard.press('Control+KeyZ')
        await page.keyboard.press('Control+Shift+KeyZ')
      }
      await settle(page, 500, 30_000)
      figures.heapAfterUndoRedoMiB = await heapMiB(page)
    }
    return { figures, canvas, heapBeforeMiB, missedKeys }
  } finally {
    await context.close()
  }
}
