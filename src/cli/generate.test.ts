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
import { assetIdOf, bytesToBase64 } from '../assets'
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
    readBytesFile: async (p) => {
      const f = files[p]
      if (!(f instanceof Uint8Array)) throw new Error('no such file or folder')
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

/** The first bytes of a PNG of w x h (signature + IHDR), padded: enough for the server's header check. */
const png = (w: number, h: number) => {
  const b = new Uint8Array(400)
  b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])
  new DataView(b.buffer).setUint32(16, w)
  new DataView(b.buffer).setUint32(20, h)
  return b
}

const project = async (prompt?: string, durationS = 5) => {
  const { io, out } = memoryIo({})
  const args = ['new', '--preset', 'pan-left', '--duration', String(durationS), ...(prompt ? ['--prompt', prompt] : []), '-o', 'p.json']
  expect(await runCli(args, io)).toBe(0)
  return out.written['p.json'] as string
}

describe('framewright generate', () => {
  it('sends the shot through the server and writes the video, with progress on stderr', async () => {
    const { io, out } = memoryIo({ 'p.json': await project('A fox crossing a snowy field') })
    expect(await runCli(['generate', 'p.json', '--route', 'kling', '-o', 'shot.mp4'], io)).toBe(0)
    expect(out.written['shot.mp4']).toEqual(fake.video)
    expect(out.stderr).toMatch(/Kling: sent Shot 1 \(kling, kling-v1\)/)
    expect(out.stderr).toMatch(/Kling \(kling-v1\): about \$0\.\d\d/)
    expect(out.stderr).toMatch(/Kling: succeeded/)
    expect(fake.submits).toBe(1)
  })

  it('a shot too long for one generation: says to trim it, or send the chained split from the studio', async () => {
    const { io, out } = memoryIo({ 'p.json': await project('A fox', 6) })
    expect(await runCli(['generate', 'p.json', '--route', 'kling', '-o', 'x.mp4'], io)).toBe(2)
    expect(out.stderr).toMatch(/^framewright: Shot 1 cannot be sent to Kling: .*this one is 6 s.* This command sends one generation: trim the shot, or send it as chained generations from the studio’s Takes panel\.\n$/)
    expect(out.written['x.mp4']).toBeUndefined()
    expect(fake.submits).toBe(0)
  })

  it.each([
    [['generate', 'p.json', '--route', 'kling', '-o', 'x.mp4'], undefined, /does not say what it is of/],
    [['generate', 'p.json', '--route', 'luma', '-o', 'x.mp4'], 'A fox', /Luma Dream Machine is not set up on the server: Set LUMAAI_API_KEY/],
    [['generate', 'p.json', '--route', 'nope', '-o', 'x.mp4'], 'A fox', /unknown route 'nope'/],
    [['generate', 'p.json', '--route', 'previs', '-o', 'x.mp4'], 'A fox', /previs route renders in the studio .* \(Import…\) and press Generate, or use --route kling/],
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

  it('sends another model of the route, with its start image, and says what it will cost first', async () => {
    const { io, out } = memoryIo({ 'p.json': await project('A fox crossing a snowy field'), 'first.png': png(1280, 720) })
    expect(await runCli(['generate', 'p.json', '--route', 'kling', '--model', 'kling-v1-5', '--start-image', 'first.png', '-o', 'shot.mp4'], io)).toBe(0)
    expect(out.written['shot.mp4']).toEqual(fake.video)
    const [task] = [...fake.tasks.values()]
    expect(task.kind).toBe('image2video')
    expect(task.body).toMatchObject({ model_name: 'kling-v1-5', mode: 'pro', image: Buffer.from(png(1280, 720)).toString('base64') })
    expect(out.stderr).toMatch(/Kling \(kling-v1-5 pro\): about \$\d+\.\d\d, a (reported|published) price|Kling \(kling-v1-5\): about \$\d+\.\d\d/)
    expect(out.stderr.indexOf('about $')).toBeLessThan(out.stderr.indexOf('sent Shot 1'))
    expect(out.stderr).toMatch(/sent Shot 1 \(kling, kling-v1-5, with its start image\)/)
  })

  it("without --start-image, an image-first model gets the shot's reference image the exported file carries", async () => {
    const file = JSON.parse(await project('A fox crossing a snowy field'))
    const bytes = png(1280, 720)
    const id = await assetIdOf(bytes)
    file.project.shots[0].referenceImage = { assetId: id, fileName: 'fox-still.png', mimeType: 'image/png', widthPx: 1280, heightPx: 720 }
    file.assets = { [id]: { mimeType: 'image/png', base64: bytesToBase64(bytes) } }
    const { io, out } = memoryIo({ 'p.json': JSON.stringify(file) })
    expect(await runCli(['generate', 'p.json', '--route', 'kling', '--model', 'kling-v1-5', '-o', 'shot.mp4'], io)).toBe(0)
    const [task] = [...fake.tasks.values()]
    expect(task.body).toMatchObject({ image: Buffer.from(bytes).toString('base64') })
    expect(out.stderr).toMatch(/the start image is shot 1's reference image \(fox-still\.png\)/)
  })

  it.each([
    [['--model', 'kling-v9'], {}, /unknown model 'kling-v9' for Kling: use kling-v1, kling-v1-5/],
    [['--model', 'kling-v1-5'], {}, /Kling v1\.5 · pro · image to video starts from an image: pass --start-image FILE/],
    [['--model', 'kling-v1-5', '--start-image', 'notes.txt'], { 'notes.txt': new TextEncoder().encode('hello there, not a picture') }, /the start image is not a PNG, JPEG or WebP image/],
    [['--model', 'kling-v1-5', '--start-image', 'missing.png'], {}, /cannot read start image 'missing.png': no such file/],
    [['--model', 'kling-v1-5', '--start-image', 'square.png'], { 'square.png': png(512, 512) }, /aspect|16:9/i],
  ])('%j: a wrong model or start image is one line, exit 2, no file, nothing spent', async (extra, files, message) => {
    const { io, out } = memoryIo({ 'p.json': await project('A fox'), ...files })
    expect(await runCli(['generate', 'p.json', '--route', 'kling', ...extra, '-o', 'x.mp4'], io)).toBe(2)
    expect(out.stderr).toMatch(message)
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
