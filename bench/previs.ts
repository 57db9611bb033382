/**
 * The browser section of `npm run bench`: the previs renderer in headless Chromium at 1280x720 on
 * a 2 s, 24 fps shot (dolly in + orbit). Builds the app in e2e mode (the test API), serves it with
 * `vite preview` on a free port, and reports frames rendered + encoded per second of wall time,
 * render only and encode only (frames pre-rendered), beside the real-time rate. Bounded in time;
 * returns a `skipped` line when Chromium or the app build is missing.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromiumPath, withStudioPage } from './browser'

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

  try {
    return await withStudioPage(OUT_DIR, LIMIT_MS, async (page, browser) => {
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
      return { ok: true, figures, chromium: browser.version() } as const
    })
  } catch (e) {
    return { ok: false, skipped: `the browser run failed (${(e as Error).message.split('\n')[0]})` }
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
