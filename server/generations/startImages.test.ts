/** Start images: what the server accepts (by the bytes, not the label), keeps under a signed id, and hands to the adapter. */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createApiApp } from '../app'
import { openSqliteLedger } from '../ledger'
import { createIdSigner } from '../security/signedIds'
import { createGenerationService } from './service'
import { createStartImageStore, sniffImage } from './startImages'
import type { ProviderAdapter, StartImage } from './types'

/** The first bytes of a PNG of w x h (signature + IHDR), padded: enough for the header check. */
const png = (w: number, h: number, size = 200) => {
  const b = new Uint8Array(size)
  b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])
  new DataView(b.buffer).setUint32(16, w)
  new DataView(b.buffer).setUint32(20, h)
  return b
}
/** SOI, an APP0 segment, then SOF0 with h x w. */
const jpeg = (w: number, h: number) => {
  const app0 = [0xff, 0xe0, 0, 16, ...new Array(14).fill(0)]
  return new Uint8Array([0xff, 0xd8, ...app0, 0xff, 0xc0, 0, 17, 8, h >> 8, h & 255, w >> 8, w & 255, 3, ...new Array(12).fill(0)])
}
/** RIFF/WEBP with a VP8X chunk of w x h. */
const webp = (w: number, h: number) => {
  const b = new Uint8Array(40)
  b.set([...new TextEncoder().encode('RIFF'), 32, 0, 0, 0, ...new TextEncoder().encode('WEBPVP8X'), 10, 0, 0, 0, 0, 0, 0, 0])
  b.set([(w - 1) & 255, ((w - 1) >> 8) & 255, ((w - 1) >> 16) & 255, (h - 1) & 255, ((h - 1) >> 8) & 255, ((h - 1) >> 16) & 255], 24)
  return b
}

describe('sniffImage', () => {
  it('reads the type and size of PNG, JPEG and WebP from their bytes', () => {
    expect(sniffImage(png(1280, 720))).toEqual({ mimeType: 'image/png', width: 1280, height: 720 })
    expect(sniffImage(jpeg(1920, 1080))).toEqual({ mimeType: 'image/jpeg', width: 1920, height: 1080 })
    expect(sniffImage(webp(720, 1280))).toEqual({ mimeType: 'image/webp', width: 720, height: 1280 })
    expect(sniffImage(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull()
    expect(sniffImage(new Uint8Array([0xff, 0xd8, 0x00]))).toBeNull()
  })
})

const setup = () => {
  const seen: (StartImage | undefined)[] = []
  const adapter: ProviderAdapter = {
    route: 'runway',
    submit: async ({ startImage }) => {
      seen.push(startImage)
      return { taskId: `t${seen.length}` }
    },
    poll: async () => ({ status: 'running' }),
    fetchVideo: async () => new Response(null, { status: 404 }),
  }
  const secret = new Uint8Array(32).fill(9)
  const service = createGenerationService({
    ledger: openSqliteLedger(':memory:'),
    signer: createIdSigner(secret),
    adapterFor: (r) => (r === 'runway' ? adapter : null),
    targetsOf: (r) => (r === 'runway' ? ['runway'] : null),
    startImages: createStartImageStore(mkdtempSync(join(tmpdir(), 'fw-img-')), createIdSigner(secret, 'start-image')),
  })
  const app = createApiApp({ env: {}, generations: service })
  const upload = (bytes: Uint8Array, type: string) => app.request('/api/uploads/start-image', { method: 'POST', headers: { 'content-type': type }, body: bytes.slice().buffer as ArrayBuffer })
  const generate = (extra: Record<string, unknown>) =>
    app.request('/api/generations', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ route: 'runway', target: 'runway', payload: { promptText: 'x' }, idempotencyKey: `key-${Math.random()}`, ...extra }),
    })
  return { app, upload, generate, seen }
}

describe('POST /api/uploads/start-image and generations that name one', () => {
  it('keeps a checked image under a signed id and gives its bytes to the adapter', async () => {
    const { upload, generate, seen } = setup()
    const res = await upload(png(1280, 720), 'image/png')
    expect(res.status).toBe(201)
    const img = await res.json()
    expect(img).toMatchObject({ mimeType: 'image/png', width: 1280, height: 720, id: expect.any(String) })
    expect((await generate({ startImage: img.id, aspect: 16 / 9 })).status).toBe(202)
    expect(seen[0]).toMatchObject({ mimeType: 'image/png', width: 1280, height: 720 })
    expect(seen[0]!.bytes).toEqual(png(1280, 720))
  })

  it('refuses what is not an image, a mislabelled one, a huge one and one of the wrong size, each with one sentence', async () => {
    const { upload } = setup()
    expect(await (await upload(new TextEncoder().encode('hello'), 'image/png')).json()).toMatchObject({ error: { code: 'invalid-image', message: expect.stringMatching(/not a PNG, JPEG or WebP/) } })
    expect(await (await upload(jpeg(640, 360), 'image/png')).json()).toMatchObject({ error: { message: 'The start image is a JPEG sent as image/png.' } })
    expect((await upload(png(64, 64), 'text/plain')).status).toBe(415)
    expect((await upload(png(640, 360, 11 * 1024 * 1024), 'image/png')).status).toBe(413)
    expect(await (await upload(png(9000, 100), 'image/png')).json()).toMatchObject({ error: { message: expect.stringMatching(/16 to 8192/) } })
  })

  it('a start image whose aspect is not the shot’s, or a forged id, is refused before anything is sent', async () => {
    const { upload, generate, seen } = setup()
    const square = await (await upload(png(512, 512), 'image/png')).json()
    const wrong = await generate({ startImage: square.id, aspect: 16 / 9 })
    expect(wrong.status).toBe(400)
    expect(await wrong.json()).toMatchObject({ error: { code: 'start-image-aspect', message: expect.stringMatching(/512x512 .* crop it to the shot's frame or change the shot's aspect/) } })
    expect(await (await generate({ startImage: `${square.id.slice(0, -2)}xx` })).json()).toMatchObject({ error: { code: 'unknown-start-image' } })
    expect(seen).toEqual([])
  })
})
