import { describe, expect, it } from 'vitest'
import { expectGolden } from './__fixtures__/golden'
import { presetRegistry } from '../camera-presets'
import { COMPILE_TARGETS, compileShot, getTarget } from '.'
import { firstJsonDifference } from './__fixtures__/goldenDiff'
import { smallProject } from './__fixtures__/projects'


describe('compile target registry', () => {
  it('declares every target as data with unique ids', () => {
    const ids = COMPILE_TARGETS.map((t) => t.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const t of COMPILE_TARGETS) {
      expect(t.id).toMatch(/^[a-z0-9-]+$/)
      expect(['payload', 'export']).toContain(t.kind)
      expect(t.label && t.description && t.fileExtension && t.mediaType).toBeTruthy()
      expect(getTarget(t.id)).toBe(t)
    }
  })

  it('reports an unknown target', () => {
    const r = compileShot('betamax', smallProject(), 0, presetRegistry)
    expect(r).toEqual({
      ok: false,
      error: { code: 'unknown-target', message: `Unknown target 'betamax'. Known targets: ${COMPILE_TARGETS.map((t) => t.id).join(', ')}.` },
    })
  })
})

describe('firstJsonDifference', () => {
  it('tolerates last-bit noise but not visible changes', () => {
    expect(firstJsonDifference({ a: [1, 'x'] }, { a: [1 + 1e-15, 'x'] })).toBeUndefined()
    expect(firstJsonDifference({ a: [1, 'x'] }, { a: [1.001, 'x'] })).toBe('$.a[0]: 1 differs from 1.001')
    expect(firstJsonDifference({ a: [1] }, { a: [1, 2] })).toBe('$.a: 1 items, expected 2')
    expect(firstJsonDifference({ a: 1 }, { b: 1 })).toBe('$: keys a, expected b')
    expect(firstJsonDifference({ a: 'x' }, { a: 'y' })).toBe('$.a: "x", expected "y"')
  })
})

/** Golden files: regenerate with `UPDATE_GOLDEN=1 npx vitest run src/compilers` and review the diff. */
describe.each(['trajectory'])('golden output: %s', (targetId) => {
  it('matches the committed golden file', () => {
    const r = compileShot(targetId, smallProject(), 0, presetRegistry)
    if (!r.ok) throw new Error(r.error.message)
    expectGolden(`${targetId}.small.json`, r.text)
  })
})
