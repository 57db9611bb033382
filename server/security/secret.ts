/** The server's signing secret: 32 random bytes created on first start in the data folder, readable by the user only. */
import { randomBytes } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export const SECRET_FILE = 'secret'

export const loadOrCreateSecret = (dataDir: string): Uint8Array => {
  const file = join(dataDir, SECRET_FILE)
  if (existsSync(file)) {
    const hex = readFileSync(file, 'utf8').trim()
    if (!/^[0-9a-f]{64,}$/.test(hex)) throw new Error(`The server secret in ${file} is damaged; delete it to make a new one (existing generation ids stop working).`)
    return Buffer.from(hex, 'hex')
  }
  mkdirSync(dataDir, { recursive: true, mode: 0o700 })
  const secret = randomBytes(32)
  writeFileSync(file, `${secret.toString('hex')}\n`, { mode: 0o600, flag: 'wx' })
  chmodSync(file, 0o600)
  return secret
}
