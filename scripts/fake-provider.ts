/**
 * A fake provider for the end-to-end tests, run by Playwright as a web server:
 *   tsx scripts/fake-provider.ts kling --port 4191 --video e2e/fixtures/clip.mp4 [--polls 4]
 * It follows the provider's documented contract (see server/providers/fakes). Test keys only.
 */
import { readFileSync } from 'node:fs'
import { startFakeKling } from '../server/providers/fakes/kling'

export const E2E_KLING_KEYS = { accessKey: 'e2e-kling-access', secretKey: 'e2e-kling-secret' }

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? process.argv[i + 1] : undefined
}

const route = process.argv[2]
if (route !== 'kling') {
  console.error(`fake-provider: unknown route '${route}' (known: kling)`)
  process.exit(2)
}
const fake = await startFakeKling({
  ...E2E_KLING_KEYS,
  port: Number(arg('port') ?? 4191),
  pollsToFinish: Number(arg('polls') ?? 3),
  ...(arg('video') ? { video: new Uint8Array(readFileSync(arg('video')!)) } : {}),
})
console.log(`fake ${route} on ${fake.baseUrl}`)
const stop = () => void fake.close().then(() => process.exit(0))
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
