/**
 * `createAdapter(route, env)`: the provider adapter for a route, built from the server's env
 * (keys and `<ROUTE>_BASE_URL`), or null when the route has no adapter yet or its keys are missing.
 * One file per route; add a route by adding its `<route>FromEnv` to FACTORIES.
 */
import type { ProviderAdapter } from '../generations/types'
import type { ServerEnv } from '../routes'
import { klingFromEnv } from './kling'

export type AdapterFactory = (env: ServerEnv) => ProviderAdapter | null

/** Routes with an adapter. Still to come, one file each: luma, runway, veo, veo-vertex, sora, higgsfield, minimax, fal, replicate, comfyui. */
export const FACTORIES: Readonly<Record<string, AdapterFactory>> = {
  kling: klingFromEnv,
}

export const createAdapter = (route: string, env: ServerEnv): ProviderAdapter | null => (Object.hasOwn(FACTORIES, route) ? FACTORIES[route](env) : null)

export { ProviderError, classifyProviderError, providerFetch, readProviderJson } from './http'
export { createKlingAdapter } from './kling'
