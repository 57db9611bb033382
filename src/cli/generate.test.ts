/**
 * `framewright generate` against the real server app (ledger, signed ids, Kling adapter) whose
 * Kling is the fake Kling on 127.0.0.1: the video is written, errors are one line with exit 2 and
 * no file.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createApiApp } from '../../server/app'
import { createGenerationsFromEnv } from '../../server/generations/setup'
import { type FakeKling, startFakeKling } from '../../server/providers/fakes/kling'
import { type CliIo, runCli } from './run'

let fake: FakeKling
let app: ReturnType<typeof createApiApp>

beforeEach(async () => {
  fake = await startFakeKling({ accessKey: 'ak-cli', secretKey: 'sk-cli', pollsToFinish: 2 })
  const env = { KLING_ACCESS_KEY: 'ak-cli', KLING_SECRET_KEY: 'sk-cli', KLING_BASE_URL: fake.baseUrl, FRAMEWRIGHT_DATA_DIR: mkdtempSync(join(tmpdir(), 'fw-cli-')) }
  app = createApiApp({ env, generations: await createGenerationsFromEnv(env, '/nowhere', { pollIntervalMs: 1 }) })
})
afterEach(() => fake.close())

const memoryIo = (files: Record<string, string | Uint8Array>, reachable = true) => {
  const out = { stderr: '', written: {} as Record<string, string | Uint8Array> }
  const io: CliIo = {
    readTextFile: async (p) => {
      const f = files[p]
      if (typeof f !== 'string') throw new Error('no such file or folder')
      return f
    },
    writeFile: async (p, data) => void (out.written[p] = data),
    stdout: () => undefined,
    stdoutBytes: () => undefined,
    stdoutIsTerminal: true,
    stderr: (t) => void (out.stderr += t),
    generate: {
      fetch: async (input, init) => {
        if (!reachable) throw new TypeError('fetch failed')
        return app.request(input, init)
      },
      sleep: async () => undefined,
      newKey: () => `cli-test-${Math.random().toString(36).slice(2)}`,
    },
  }
  return { io, out }
}

const project = async (prompt?: string) => {
  const { io, out } = memoryIo({})
  const args = ['new', '--preset', 'pan-left', '--duration', '5', ...(prompt ? ['--prompt', prompt] : []), '-o', 'p.json']
  expect(await runCli(args, io)).toBe(0)
  return out.written['p.json'] as string
}

describe('framewright generate', () => {
  it('sends the shot through the server and writes the video, with progress on stderr', async () => {
    const { io, out } = memoryIo({ 'p.json': await project('A fox crossing a snowy field') })
    expect(await runCli(['generate', 'p.json', '--route', 'kling', '-o', 'shot.mp4'], io)).toBe(0)
    expect(out.written['shot.mp4']).toEqual(fake.video)
    expect(out.stderr).toMatch(/Kling: sent Shot 1 \(kling\)/)
    expect(out.stderr).toMatch(/Kling: succeeded/)
    expect(fake.submits).toBe(1)
  })

  it.each([
    [['generate', 'p.json', '--route', 'kling', '-o', 'x.mp4'], undefined, /does not say what it is of/],
    [['generate', 'p.json', '--route', 'luma', '-o', 'x.mp4'], 'A fox', /Luma Dream Machine is not set up on the server: Set LUMAAI_API_KEY/],
    [['generate', 'p.json', '--route', 'nope', '-o', 'x.mp4'], 'A fox', /unknown route 'nope'/],
    [['generate', 'p.json', '--route', 'kling', '--shot', '3', '-o', 'x.mp4'], 'A fox', /Shot 3 does not exist/],
    [['generate', 'p.json', '--route', 'kling'], 'A fox', /give -o FILE/],
    [['generate', 'p.json', '--route', 'kling', '--server', 'ftp://x', '-o', 'x.mp4'], 'A fox', /--server must be an http/],
    [['generate', 'p.json', '-o', 'x.mp4'], 'A fox', /needs --route/],
  ])('%j: one line, exit 2, no file', async (args, prompt, message) => {
    const { io, out } = memoryIo({ 'p.json': await project(prompt) })
    expect(await runCli(args, io)).toBe(2)
    expect(out.stderr).toMatch(message)
    expect(out.stderr.trim().split('\n').pop()).toMatch(/^framewright: /)
    expect(out.written).toEqual({})
    expect(fake.submits).toBe(0)
  })

  it('says how to start the server when it is not running', async () => {
    const { io, out } = memoryIo({ 'p.json': await project('A fox') }, false)
    expect(await runCli(['generate', 'p.json', '--route', 'kling', '-o', 'x.mp4'], io)).toBe(2)
    expect(out.stderr).toMatch(/cannot reach the Framewright server at http:\/\/127\.0\.0\.1:5173 \(start it with 'npm start'/)
  })

  it('a provider refusal is one line and no file', async () => {
    fake.failNextTask('Content policy: risk control triggered.')
    const { io, out } = memoryIo({ 'p.json': await project('A fox') })
    expect(await runCli(['generate', 'p.json', '--route', 'kling', '-o', 'x.mp4'], io)).toBe(2)
    expect(out.stderr).toMatch(/Kling could not make the video/)
    expect(out.written).toEqual({})
  })
})
