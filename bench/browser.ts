/**
 * What the browser sections of `npm run bench` share: Debian's Chromium (or CHROMIUM_PATH) with the
 * SwiftShader flags of playwright.config.ts, and the e2e build of the studio served by `vite preview`
 * on a free port, opened in a page once its first lens frame is drawn. Bounded in time; everything
 * is closed afterwards, whatever happens.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser, Page } from '@playwright/test'

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
]

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

/**
 * Serves `outDir` (an e2e build, which has the test API) with `vite preview`, opens it in headless
 * Chromium at 1280x720 and runs `work` once the studio has drawn its first frame. Stops everything
 * after `limitMs`. Throws when Chromium is missing or the run fails.
 */
export const withStudioPage = async <T>(outDir: string, limitMs: number, work: (page: Page, browser: Browser) => Promise<T>): Promise<T> => {
  const executablePath = chromiumPath()
  if (!executablePath) throw new Error('no Chromium (set CHROMIUM_PATH or apt-get install chromium)')
  const port = await freePort()
  const url = `http://127.0.0.1:${port}/`
  const { chromium } = await import('@playwright/test')
  const server = spawn(join(ROOT, 'node_modules/.bin/vite'), ['preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { cwd: ROOT, stdio: 'ignore' })
  let browser: Browser | null = null
  const timer = setTimeout(() => {
    void browser?.close()
    server.kill()
  }, limitMs)
  try {
    await waitForServer(url, 30_000)
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 })
    await page.goto(url)
    await page.waitForSelector('canvas[data-ready="true"]', { timeout: 60_000 })
    return await work(page, browser)
  } finally {
    clearTimeout(timer)
    await browser?.close().catch(() => {})
    server.kill()
  }
}
