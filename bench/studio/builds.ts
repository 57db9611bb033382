/**
 * The three builds the studio bench compares, all with the libraries in node_modules: the studio's
 * production build (`vite build` with the project's own config), the bare Vite + React + R3F page
 * (bench/bare/r3f) and the bare three.js dual view (bench/bare/three). Written under
 * node_modules/.cache/framewright-bench (ignored by git, never the studio's own dist/), plus the
 * initial JS+CSS of a build: what its index.html loads before anything else.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
export const OUT_ROOT = join(ROOT, 'node_modules', '.cache', 'framewright-bench')

export type BuildName = 'studio' | 'bare-r3f' | 'bare-three' | 'bare-three-smoke'
export const outDir = (name: BuildName): string => join(OUT_ROOT, name)

/** The studio's production build, as `npm run build` makes it. Returns an error line or null. */
export const buildStudio = (): string | null => {
  const built = spawnSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--outDir', outDir('studio'), '--emptyOutDir', '--logLevel', 'error'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 180_000,
  })
  if (built.status === 0 && existsSync(join(outDir('studio'), 'index.html'))) return null
  return `the studio did not build (${(built.stderr || built.error?.message || '').split('\n').find((l) => l.trim()) ?? 'vite build failed'})`
}

/** A bare page from bench/bare/<page>, built in production mode with no project config. */
export const buildBare = async (page: 'r3f' | 'three', dir: string = outDir(page === 'r3f' ? 'bare-r3f' : 'bare-three')): Promise<void> => {
  const { build } = await import('vite')
  const plugins = page === 'r3f' ? [(await import('@vitejs/plugin-react')).default()] : []
  await build({
    root: join(ROOT, 'bench', 'bare', page),
    configFile: false,
    logLevel: 'error',
    plugins,
    build: { outDir: dir, emptyOutDir: true, chunkSizeWarningLimit: 5000 },
  })
}

/**
 * The paths (`/assets/…`) index.html loads up front: module scripts, modulepreloads and
 * stylesheets, in document order, each once.
 */
export const initialAssetPaths = (indexHtml: string): string[] => {
  const paths: string[] = []
  for (const tag of indexHtml.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const isScript = /^<script/i.test(tag)
    const rel = /\brel\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1]?.toLowerCase()
    if (!isScript && rel !== 'modulepreload' && rel !== 'stylesheet') continue
    const url = (isScript ? /\bsrc\s*=\s*["']([^"']+)["']/i : /\bhref\s*=\s*["']([^"']+)["']/i).exec(tag)?.[1]
    if (url && !/^(https?:)?\/\//i.test(url) && !paths.includes(url)) paths.push(url)
  }
  return paths
}

/** The initial JS+CSS of a build, each file gzipped (zlib's default level, as Vite's report does). */
export const initialGzipBytes = (dir: string): { paths: string[]; rawBytes: number; gzipBytes: number } => {
  const paths = initialAssetPaths(readFileSync(join(dir, 'index.html'), 'utf8'))
  let rawBytes = 0
  let gzipBytes = 0
  for (const p of paths) {
    const bytes = readFileSync(join(dir, p.replace(/^\.?\//, '')))
    rawBytes += bytes.length
    gzipBytes += gzipSync(bytes).length
  }
  return { paths, rawBytes, gzipBytes }
}
