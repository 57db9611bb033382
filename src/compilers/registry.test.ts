import { describe, expect, it } from 'vitest'
import { expectGolden } from './__fixtures__/golden'
import { presetRegistry } from '../camera-presets'
import { COMPILE_TARGETS, compileChain, compileShot, getTarget } from '.'
import { firstJsonDifference } from './__fixtures__/goldenDiff'
import { smallProject } from './__fixtures__/projects'
import { chainPartLimitS, longestGenerationS } from './registry'
import { shotProject } from './sora/testShots'


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

describe('a shot too long for one generation', () => {
  // one move longer than every hosted target's longest clip, and two moves each longer than Kling's
  const oneLongMove = shotProject([{ presetId: 'orbit-left', durationS: 13 }], { durationS: 13, aspect: '16:9' })
  const twoLongMoves = shotProject([{ presetId: 'truck-left', durationS: 6.5 }, { presetId: 'pedestal-up', startS: 6.5, durationS: 6.5 }], { durationS: 13, aspect: '16:9' })
  const refusing = COMPILE_TARGETS.flatMap((target) => {
    const r = compileShot(target.id, oneLongMove, 0, presetRegistry)
    return !r.ok && r.error.fixes?.some((f) => f.kind === 'split') ? [target] : []
  })

  it('is refused by every video-model target that limits its clips, with trim and split fixes', () => {
    expect(refusing.map((t) => t.id).sort()).toEqual(['comfyui-wan-camera', 'higgsfield', 'kling', 'minimax', 'pixverse', 'runway', 'seedance', 'sora', 'veo', 'veo-vertex'])
  })

  it('a model that drifts past its training length is split into parts of that length, as its warning says (Wan: 7 s of 5)', () => {
    const seven = shotProject([{ presetId: 'orbit-left', durationS: 7 }], { durationS: 7, aspect: '16:9' })
    const r = compileShot('comfyui-wan-camera', seven, 0, presetRegistry)
    const split = r.ok ? r.warnings.find((w) => w.fix?.kind === 'split')?.fix : undefined
    expect(split).toMatchObject({ kind: 'split', parts: 2 })
    const parts = compileChain('comfyui-wan-camera', seven, 0, presetRegistry)
    expect(parts.map((p) => p.durationS)).toEqual([3.5, 3.5])
    for (const p of parts) expect(p.result.ok && p.result.warnings.some((w) => w.fix?.kind === 'split')).toBe(false)
  })

  it.each([
    ['one long move', oneLongMove],
    ['two long moves', twoLongMoves],
  ])('%s: the split fix cuts it into as many parts as it says, each short enough to compile', (_, project) => {
    for (const target of refusing) {
      const r = compileShot(target.id, project, 0, presetRegistry)
      if (r.ok) continue
      const trim = r.error.fixes?.find((f) => f.kind === 'trim')
      const split = r.error.fixes?.find((f) => f.kind === 'split')
      expect(trim && trim.toS, target.id).toBe(longestGenerationS(target))
      const parts = compileChain(target.id, project, 0, presetRegistry)
      expect(parts.length, target.id).toBe(split?.kind === 'split' ? split.parts : NaN)
      for (const part of parts) {
        expect(part.durationS, target.id).toBeLessThanOrEqual(chainPartLimitS(target)! + 1e-9)
        expect(part.result.ok ? '' : part.result.error.message, target.id).toBe('')
      }
      // the parts tile the shot without gaps
      expect(parts[0].startS).toBe(0)
      for (let i = 1; i < parts.length; i++) expect(parts[i].startS).toBeCloseTo(parts[i - 1].startS + parts[i - 1].durationS, 9)
      expect(parts.reduce((sum, p) => sum + p.durationS, 0)).toBeCloseTo(13, 9)
    }
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
