/**
 * The Node shell of the CLI: real files and streams around runCli. bin/framewright.mjs imports
 * this through tsx. Files are written to a temporary file beside the target, then renamed, so a
 * failed run never leaves a partial file.
 */
import { randomBytes } from 'node:crypto'
import { readFile, rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import '../exporters' // registers the targets that need three.js (gltf)
import { readVideoFrames } from './ffmpegVideo'
import { type CliIo, runCli } from './run'

const REASONS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EISDIR: 'it is a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is not a folder',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
}

const plainError = (e: unknown): Error => {
  const code = (e as { code?: string } | null)?.code
  return new Error(code && REASONS[code] ? REASONS[code] : e instanceof Error ? e.message : String(e))
}

export const writeFileAtomic = async (path: string, data: string | Uint8Array): Promise<void> => {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
  try {
    await writeFile(temp, data, typeof data === 'string' ? { encoding: 'utf8', flag: 'wx' } : { flag: 'wx' })
    await rename(temp, path)
  } catch (e) {
    await rm(temp, { force: true }).catch(() => undefined)
    throw plainError(e)
  }
}

export const nodeIo: CliIo = {
  readTextFile: (path) => readFile(path, 'utf8').catch((e: unknown) => Promise.reject(plainError(e))),
  readBytesFile: (path) => readFile(path).then((b) => new Uint8Array(b), (e: unknown) => Promise.reject(plainError(e))),
  writeFile: writeFileAtomic,
  stdout: (text) => void process.stdout.write(text),
  stdoutBytes: (bytes) => void process.stdout.write(bytes),
  get stdoutIsTerminal() {
    return process.stdout.isTTY === true
  },
  stderr: (text) => void process.stderr.write(text),
  readVideo: (path) => readVideoFrames(path),
  generate: {
    fetch: (input, init) => fetch(input, init),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    newKey: () => `cli-${randomBytes(12).toString('hex')}`,
  },
}

export const main = (argv: readonly string[]): Promise<number> => {
  // `framewright presets | head`: a closed pipe is not an error
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0)
    throw e
  })
  return runCli(argv, nodeIo)
}
