/**
 * The server's signing secret: 32 random bytes created on first start in the data folder, readable by
 * the user only. Replicas that share the folder (or are given a copy of the file) sign and verify the
 * same ids. Creating it is atomic: the bytes are written to a private temporary file and linked into
 * place, so two processes starting at once on an empty folder end with one secret, and neither reads
 * a half-written file.
 */
import { randomBytes } from 'node:crypto'
import { chmodSync, existsSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export const SECRET_FILE = 'secret'

const read = (file: string): Uint8Array => {
  const hex = readFileSync(file, 'utf8').trim()
  if (!/^[0-9a-f]{64,}$/.test(hex)) throw new Error(`The server secret in ${file} is damaged; delete it to make a new one (existing generation ids stop working).`)
  return Buffer.from(hex, 'hex')
}

export const loadOrCreateSecret = (dataDir: string): Uint8Array => {
  const file = join(dataDir, SECRET_FILE)
  if (existsSync(file)) return read(file)
  mkdirSync(dataDir, { recursive: true, mode: 0o700 })
  const secret = randomBytes(32)
  const text = `${secret.toString('hex')}\n`
  const draft = join(dataDir, `.${SECRET_FILE}.${process.pid}.${randomBytes(6).toString('hex')}`)
  writeFileSync(draft, text, { mode: 0o600, flag: 'wx' })
  chmodSync(draft, 0o600)
  try {
    // link() fails if the name exists: whoever links first made the secret everyone uses
    linkSync(draft, file)
    return secret
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'EEXIST') return read(file)
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw e
    // a filesystem without hard links: an exclusive create (one writer wins; a racing reader may
    // see it empty for a moment, which is read as damaged, so this is only the fallback)
    writeFileSync(file, text, { mode: 0o600, flag: 'wx' })
    chmodSync(file, 0o600)
    return secret
  } finally {
    unlinkSync(draft)
  }
}
