/** bin/serve.mjs, spawned as `npm start` runs it: prints its URL and answers the API. */
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
let child: ChildProcess | undefined
afterAll(() => void child?.kill())

const firstLine = (proc: ChildProcess): Promise<string> =>
  new Promise((resolve, reject) => {
    let out = ''
    proc.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      if (out.includes('\n')) resolve(out.split('\n')[0])
    })
    proc.on('exit', (code) => reject(new Error(`server exited with ${code}`)))
  })

describe('bin/serve.mjs', { timeout: 30_000 }, () => {
  it('prints the URL and serves /api/routes', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'fw-serve-'))
    const env = { ...process.env, PORT: '0', HOST: '127.0.0.1', KLING_ACCESS_KEY: '', KLING_SECRET_KEY: '', FRAMEWRIGHT_DATA_DIR: dataDir }
    child = spawn(process.execPath, ['bin/serve.mjs'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] })
    const line = await firstLine(child)
    expect(line).toMatch(/^Framewright studio: http:\/\/127\.0\.0\.1:\d+$/)
    const url = line.replace('Framewright studio: ', '')
    const routes = (await (await fetch(`${url}/api/routes`)).json()) as { id: string; enabled: boolean; reason?: string }[]
    expect(routes.find((r) => r.id === 'previs')?.enabled).toBe(true)
    expect(routes.find((r) => r.id === 'kling')?.reason).toBe('Set KLING_ACCESS_KEY and KLING_SECRET_KEY on the server')
  })
})
