/**
 * The server's environment: process.env, plus a `.env` file beside the project if there is one
 * (values already in the environment win). Keys stay on the server: nothing here is logged.
 */
import { existsSync, readFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { parseEnv } from 'node:util'
import type { ServerEnv } from './routes'

export const loadServerEnv = (rootDir: string, processEnv: ServerEnv = process.env): ServerEnv => {
  const file = join(rootDir, '.env')
  const fromFile = existsSync(file) ? parseEnv(readFileSync(file, 'utf8')) : {}
  return { ...fromFile, ...processEnv }
}

/** Whether Google application default credentials can be found (env var, or gcloud's default file). */
export const googleCredentialsAvailable = (env: ServerEnv): boolean => {
  if ((env.GOOGLE_APPLICATION_CREDENTIALS ?? '').trim()) return true
  const configDir = env.CLOUDSDK_CONFIG ?? join(homedir(), '.config', 'gcloud')
  return existsSync(join(configDir, 'application_default_credentials.json'))
}
