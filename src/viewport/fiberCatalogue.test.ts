import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { createRequire } from 'node:module'
import * as THREE from 'three'
import { describe, expect, it } from 'vitest'
import * as catalogue from './fiberCatalogue'

const require = createRequire(import.meta.url)
const srcDir = join(dirname(new URL(import.meta.url).pathname), '..')
const exported = new Set(Object.keys(catalogue))

/** Every `THREE.Name` in fiber's ES module build (the files the production bundle takes). */
function namesFiberUses(): string[] {
  const distDir = join(dirname(require.resolve('@react-three/fiber/package.json')), 'dist')
  const names = new Set<string>()
  for (const file of readdirSync(distDir).filter((f) => f.endsWith('.esm.js'))) {
    for (const m of readFileSync(join(distDir, file), 'utf8').matchAll(/\bTHREE\.([A-Za-z_$][\w$]*)/g)) names.add(m[1])
  }
  return [...names].sort()
}

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsxFiles(join(dir, e.name)) : e.name.endsWith('.tsx') ? [join(dir, e.name)] : [],
  )
}

/** SVG elements whose names three.js also has (`Line`, `Path`): DOM, not scene, in a file that draws an <svg>. */
const svgNames = new Set(['line', 'path', 'circle', 'rect', 'polygon', 'polyline', 'text', 'g'])

/**
 * Lower-case JSX elements naming a three.js class, in the files that may render inside fiber's
 * <Canvas>: all of `src/viewport` (fiber's only home) and anything else importing fiber or drei.
 */
function threeElementsWeWrite(): Map<string, string> {
  const found = new Map<string, string>()
  for (const file of tsxFiles(srcDir)) {
    const text = readFileSync(file, 'utf8')
    if (!file.includes('/viewport/') && !/from '@react-three\/(fiber|drei)'/.test(text)) continue
    const drawsSvg = text.includes('<svg')
    for (const m of text.matchAll(/<([a-z][A-Za-z0-9]*)[\s/>]/g)) {
      if (drawsSvg && svgNames.has(m[1])) continue
      const className = m[1][0].toUpperCase() + m[1].slice(1)
      if (className in THREE) found.set(className, file.slice(srcDir.length + 1))
    }
  }
  return found
}

describe("fiber's three.js catalogue", () => {
  it("exports every three.js name fiber's own code reads", () => {
    const used = namesFiberUses()
    expect(used.length).toBeGreaterThan(10) // the scan found fiber's sources
    expect(used.filter((name) => !exported.has(name))).toEqual([])
  })

  it('exports the class behind every three.js JSX element our scenes write', () => {
    const written = threeElementsWeWrite()
    expect(written.has('Mesh')).toBe(true) // the scan reads our scenes
    const missing = [...written].filter(([name]) => !exported.has(name)).map(([name, file]) => `${name} (${file})`)
    expect(missing).toEqual([])
  })

  it('re-exports three.js itself, nothing of its own', () => {
    for (const name of exported) expect((catalogue as Record<string, unknown>)[name]).toBe((THREE as Record<string, unknown>)[name])
  })
})
