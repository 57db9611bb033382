// Fails with one clear line when no Chromium is available for the end-to-end tests.
import { existsSync, readdirSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'

const env = process.env.CHROMIUM_PATH
if (env) {
  if (!existsSync(env)) {
    console.error(`CHROMIUM_PATH=${env} does not exist. Point it at a Chromium binary, or unset it to use /usr/bin/chromium.`)
    process.exit(2)
  }
  process.exit(0)
}
if (existsSync('/usr/bin/chromium')) process.exit(0)
const cache = join(process.env.PLAYWRIGHT_BROWSERS_PATH ?? join(homedir(), '.cache', 'ms-playwright'))
if (existsSync(cache) && readdirSync(cache).some((d) => d.startsWith('chromium'))) process.exit(0)
console.error('No Chromium for the end-to-end tests: install Debian\'s (apt-get install -y chromium), or set CHROMIUM_PATH to a Chromium binary.')
process.exit(2)
