/**
 * The browser section of `npm run bench`: the previs renderer in headless Chromium at 1280x720 on
 * a 2 s, 24 fps shot (dolly in + orbit). Builds the app in e2e mode (the test API), serves it with
 * `vite preview` on a free port, and reports frames rendered + encoded per second of wall time,
 * render only and encode only (frames pre-rendered), beside the real-time rate. Bounded in time;
 * returns a `skipped` line when Chromium or the app build is missing.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export interface PrevisBenchFigures {
  width: number
  height: number
  fps: number
  frames: number
  codec: string
  renderEncodeFps: number
  renderOnlyFps: number
  encodeOnlyFps: number
}

export type PrevisBenchOutcome = { ok: true; figures: PrevisBenchFigures; chromium: string } | { ok: false; skipped: string }

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const OUT_DIR = 'dist-e2e'
const LIMIT_MS = 240_000

export const chromiumPath = (): string | null => {
  if (process.env.CHROMIUM_PATH) return existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : null
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : null
}

export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const s = createServer()
    s.once('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const a = s.address()
      s.close(() => (a && typeof a === 'object' ? resolve(a.port) : reject(new Error('no port'))))
    })
  })

export const waitForServer = async (url: string, ms: number): Promise<void> => {
  const end = Date.now() + ms
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`vite preview did not answer at ${url}`)
}

export const runPrevisBench = async (): Promise<PrevisBenchOutcome> => {
  const executablePath = chromiumPath()
  if (!executablePath) return { ok: false, skipped: 'no Chromium (set CHROMIUM_PATH or apt-get install chromium)' }
  const built = spawnSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--mode', 'e2e', '--outDir', OUT_DIR, '--logLevel', 'error'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
  })
  if (built.status !== 0 || !existsSync(join(ROOT, OUT_DIR, 'index.html')))
    return { ok: false, skipped: `the app did not build (${(built.stderr || built.error?.message || '').split('\n').find((l) => l.trim()) ?? 'vite build failed'})` }

  const port = await freePort()
  const url = `http://127.0.0.1:${port}/`
  let server: ChildProcess | null = null
  const { chromium } = await import('@playwright/test')
  let browser: Awaited<ReturnType<typeof chromium.launch>> | null = null
  const timer = setTimeout(() => {
    void browser?.close()
    server?.kill()
  }, LIMIT_MS)
  try {
    server = spawn(join(ROOT, 'node_modules/.bin/vite'), ['preview', '--outDir', OUT_DIR, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
      cwd: ROOT,
      stdio: 'ignore',
    })
    await waitForServer(url, 30_000)
    browser = await chromium.launch({
      executablePath,
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
    })
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 })
    await page.goto(url)
    await page.waitForSelector('canvas[data-ready="true"]', { timeout: 60_000 })
    const figures = (await page.evaluate(async () => {
      interface Actions {
        selectedShotId: string
        addPresetClip(id: string, at: { startS: number }): string
        setClipTiming(id: string, startS: number, durationS: number): void
        updateShotSettings(id: string, patch: object): void
      }
      const studio = (window as unknown as { __studio: { store: { getState(): Actions }; previs: { bench(size: string): Promise<unknown> } } }).__studio
      const store = studio.store
      const dolly = store.getState().addPresetClip('dolly-in', { startS: 0 })
      store.getState().setClipTiming(dolly, 0, 2)
      const orbit = store.getState().addPresetClip('orbit-left', { startS: 0 })
      store.getState().setClipTiming(orbit, 0, 2)
      const s = store.getState()
      s.updateShotSettings(s.selectedShotId, { durationS: 2, fps: 24, aspect: '16:9' })
      return studio.previs.bench('720p')
    })) as PrevisBenchFigures
    return { ok: true, figures, chromium: browser.version() }
  } catch (e) {
    return { ok: false, skipped: `the browser run failed (${(e as Error).message.split('\n')[0]})` }
  } finally {
    clearTimeout(timer)
    await browser?.close().catch(() => {})
    server?.kill()
  }
}

/** Table rows: name, frames per second, times real time. */
export const previsRows = (f: PrevisBenchFigures): string[][] => {
  const row = (name: string, fps: number) => [name, `${fps.toFixed(1)} frames/s`, `${(fps / f.fps).toFixed(2)}x real time (${f.fps} fps)`]
  const what = `${f.width}x${f.height}, ${f.frames} frames, ${f.codec}`
  return [
    row(`previs render + encode (${what})`, f.renderEncodeFps),
    row('  render only (+ frame capture)', f.renderOnlyFps),
    row('  encode only (pre-rendered frames)', f.encodeOnlyFps),
  ]
}
