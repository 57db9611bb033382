import { existsSync } from 'node:fs'
import { defineConfig } from '@playwright/test'

/** Debian's chromium (or CHROMIUM_PATH); otherwise Playwright's own download if one exists. */
const chromiumPath = (): string | undefined => {
  if (process.env.CHROMIUM_PATH) {
    if (!existsSync(process.env.CHROMIUM_PATH)) throw new Error(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist.`)
    return process.env.CHROMIUM_PATH
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium'
  return undefined // Playwright's downloaded browser; its own error says how to get one
}

const executablePath = chromiumPath()

export default defineConfig({
  testDir: './e2e',
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  outputDir: 'test-results',
  reporter: [['list']],
  use: { baseURL: 'http://127.0.0.1:4174', trace: 'retain-on-failure' },
  webServer: [
    {
      command: './node_modules/.bin/vite preview --outDir dist-e2e --host 127.0.0.1 --port 4174 --strictPort',
      url: 'http://127.0.0.1:4174',
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    // hosted generation: a fake Kling that follows Kling's documented contract, and the real server
    // (`npm start`'s bin/serve.mjs) serving the e2e build with the fake's keys and origin
    {
      command: './node_modules/.bin/tsx scripts/fake-provider.ts kling --port 4191 --polls 3 --video e2e/fixtures/hosted-clip.mp4',
      port: 4191,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      command: 'node bin/serve.mjs',
      url: 'http://127.0.0.1:4175/api/routes',
      env: {
        PORT: '4175',
        HOST: '127.0.0.1',
        FRAMEWRIGHT_DIST_DIR: 'dist-e2e',
        FRAMEWRIGHT_DATA_DIR: `test-results/e2e-data-${process.pid}`,
        KLING_ACCESS_KEY: 'e2e-kling-access',
        KLING_SECRET_KEY: 'e2e-kling-secret',
        KLING_BASE_URL: 'http://127.0.0.1:4191',
      },
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
  projects: [
    {
      name: 'chromium-swiftshader',
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 720 },
        deviceScaleFactor: 1,
        launchOptions: {
          executablePath,
          args: [
            '--no-sandbox',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--use-angle=swiftshader',
            '--enable-unsafe-swiftshader',
          ],
        },
      },
    },
  ],
})
