/**
 * Hosted generation as `npm start` and `npm run dev` run it: the ledger (SQLite in the data folder,
 * or Redis when REDIS_URL is set), the id-signing secret kept beside it, and one adapter per route
 * whose keys are set. Keys are read here from the server's environment and go no further than the
 * adapters.
 */
import { join } from 'node:path'
import { openLedger } from '../ledger'
import { createAdapter } from '../providers'
import { ROUTE_SPECS, type ServerEnv, listRoutes } from '../routes'
import { loadOrCreateSecret } from '../security/secret'
import { createIdSigner } from '../security/signedIds'
import { type GenerationService, createGenerationService } from './service'
import { createStartImageStore } from './startImages'
import type { ProviderAdapter } from './types'

/** FRAMEWRIGHT_DATA_DIR, else `.framewright/` beside the project. */
export const dataDirOf = (env: ServerEnv, rootDir: string): string => env.FRAMEWRIGHT_DATA_DIR?.trim() || join(rootDir, '.framewright')

export const createGenerationsFromEnv = async (
  env: ServerEnv,
  rootDir: string,
  options: { googleCredentialsAvailable?: boolean; pollIntervalMs?: number } = {},
): Promise<GenerationService> => {
  const dataDir = dataDirOf(env, rootDir)
  const ledger = await openLedger({ dataDir, redisUrl: env.REDIS_URL })
  const secret = loadOrCreateSecret(dataDir)
  const signer = createIdSigner(secret)
  // comfyui is enabled here whatever it answers now (listRoutes without reachability): it may start later
  const enabled = new Set(
    listRoutes(env, options)
      .filter((r) => r.enabled && r.kind !== 'embedded')
      .map((r) => r.id),
  )
  const adapters = new Map<string, ProviderAdapter | null>()
  const adapterFor = (route: string): ProviderAdapter | null => {
    if (!enabled.has(route)) return null
    if (!adapters.has(route)) adapters.set(route, createAdapter(route, env))
    return adapters.get(route) ?? null
  }
  const targetsOf = (route: string) => ROUTE_SPECS.find((s) => s.id === route && s.kind !== 'embedded')?.targets ?? null
  const startImages = createStartImageStore(dataDir, createIdSigner(secret, 'start-image'), { publicSigner: createIdSigner(secret, 'public-start-image') })
  return createGenerationService({ ledger, signer, adapterFor, targetsOf, pollIntervalMs: options.pollIntervalMs, startImages })
}
