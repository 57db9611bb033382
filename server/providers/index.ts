/**
 * `createAdapter(route, env)`: the provider adapter for a route, built from the server's env
 * (keys and `<ROUTE>_BASE_URL`), or null when the route has no adapter yet or its keys are missing.
 * One file per route; add a route by adding its `<route>FromEnv` to FACTORIES.
 */
import type { ProviderAdapter } from '../generations/types'
import type { ServerEnv } from '../routes'
import { higgsfieldFromEnv } from './higgsfield'
import { comfyuiFromEnv } from './comfyui'
import { falFromEnv } from './fal'
import { klingFromEnv } from './kling'
import { replicateFromEnv } from './replicate'
import { soraFromEnv } from './sora'
import { veoFromEnv } from './veo'
import { veoVertexFromEnv } from './veoVertex'
import { minimaxFromEnv } from './minimax'
import { lumaFromEnv } from './luma'
import { runwayFromEnv } from './runway'

export type AdapterFactory = (env: ServerEnv) => ProviderAdapter | null

/** Every hosted route of CONTRACTS.md section 4 has its adapter here, one file each. */
export const FACTORIES: Readonly<Record<string, AdapterFactory>> = {
  kling: klingFromEnv,
  fal: falFromEnv,
  replicate: replicateFromEnv,
  higgsfield: higgsfieldFromEnv,
  sora: soraFromEnv,
  veo: veoFromEnv,
  'veo-vertex': veoVertexFromEnv,
  minimax: minimaxFromEnv,
  luma: lumaFromEnv,
  runway: runwayFromEnv,
  comfyui: comfyuiFromEnv,
}

export const createAdapter = (route: string, env: ServerEnv): ProviderAdapter | null => (Object.hasOwn(FACTORIES, route) ? FACTORIES[route](env) : null)

export { ProviderError, classifyProviderError, providerFetch, readProviderJson } from './http'
export { createKlingAdapter } from './kling'
