import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import * as THREE from 'three'
import { describe, expect, it } from 'vitest'
import * as fiberCatalogue from './fiberCatalogue'

const srcDir = join(dirname(new URL(import.meta.url).pathname), '..')
const exported = new Set(Object.keys(fiberCatalogue))

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
  it('has the class behind every three.js JSX element our scenes write', () => {
    const written = threeElementsWeWrite()
    expect(written.has('Mesh')).toBe(true) // the scan reads our scenes
    const missing = [...written].filter(([name]) => !exported.has(name)).map(([name, file]) => `${name} (${file})`)
    expect(missing).toEqual([])
  })

  it("no module imports fiber's <Canvas> (it registers, and so bundles, all of three.js)", () => {
    const importers = tsxFiles(srcDir).filter((file) => /import\s*{[^}]*\bCanvas\b[^}]*}\s*from '@react-three\/fiber'/.test(readFileSync(file, 'utf8')))
    expect(importers.map((file) => file.slice(srcDir.length + 1))).toEqual([])
  })

  it("holds three.js's own classes under their own names", () => {
    for (const [name, value] of Object.entries(fiberCatalogue)) expect(value).toBe((THREE as Record<string, unknown>)[name])
  })
})
