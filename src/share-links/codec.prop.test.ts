import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { presetRegistry } from '../camera-presets'
import { type CustomPresetDefinition, checkCustomPreset } from '../camera-presets/custom'
import { validateProject } from '../schema'
import { canonicalPreset, canonicalProject, decodeLink, encodePresetLink, encodeProjectLink, encodeShotLink } from '.'
import { arbPreset, arbProject } from './arbitraries'
import { shotProject } from './canonical'

/** JSON equality (JSON writes -0 as 0, as a link does). */
const json = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown

const decoded = (link: string) => {
  const r = decodeLink(link)
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`)
  if (r.kind === 'preset') throw new Error('expected a project link')
  return r.project
}

const decodedPreset = (link: string): CustomPresetDefinition => {
  const r = decodeLink(link)
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`)
  if (r.kind !== 'preset') throw new Error('expected a preset link')
  return r.preset
}

describe('share links (properties)', () => {
  it('the generated projects are valid', () => {
    fc.assert(
      fc.property(arbProject, (p) => {
        const r = validateProject(json(p))
        expect(r.ok ? 'ok' : r.error.message).toBe('ok')
      }),
      { numRuns: 100 },
    )
  })

  it('decode(encode(x)) equals canonicalProject(x), for projects and for each shot', () => {
    fc.assert(
      fc.property(arbProject, (p) => {
        expect(json(decoded(encodeProjectLink(p)))).toEqual(json(canonicalProject(p)))
        const i = p.shots.length - 1
        expect(json(decoded(encodeShotLink(p, i)))).toEqual(json(canonicalProject(shotProject(p, i))))
      }),
      { numRuns: 150 },
    )
  })

  it('encoding is idempotent: the canonical project, and the project a link opens to, encode to the same link', () => {
    fc.assert(
      fc.property(arbProject, (p) => {
        const link = encodeProjectLink(p)
        const c = canonicalProject(p)
        expect(json(canonicalProject(c))).toEqual(json(c))
        expect(encodeProjectLink(c)).toBe(link)
        expect(encodeProjectLink(decoded(link))).toBe(link)
      }),
      { numRuns: 150 },
    )
  })

  it('keeps every number to what matters: 0.1 mm, 0.001 degree, 0.1 ms', () => {
    fc.assert(
      fc.property(arbProject, (p) => {
        const c = canonicalProject(p)
        p.shots.forEach((shot, i) => {
          const s = c.shots[i]
          shot.start.position.forEach((x, k) => expect(Math.abs(s.start.position[k] - x)).toBeLessThanOrEqual(0.5e-4 + 1e-12))
          expect(Math.abs(s.start.yawDeg - shot.start.yawDeg)).toBeLessThanOrEqual(0.5e-3 + 1e-12)
          expect(Math.abs(s.durationS - shot.durationS)).toBeLessThanOrEqual(0.5e-4 + 1e-12)
          shot.tracks.forEach((t, j) =>
            t.clips.forEach((clip, k) => {
              expect(Math.abs(s.tracks[j].clips[k].startS - clip.startS)).toBeLessThanOrEqual(0.5e-4 + 1e-12)
              expect(Math.abs(s.tracks[j].clips[k].durationS - clip.durationS)).toBeLessThanOrEqual(0.5e-4 + 1e-12)
            }),
          )
        })
      }),
      { numRuns: 100 },
    )
  })

  it('the generated presets are valid', () => {
    fc.assert(
      fc.property(arbPreset, (d) => {
        expect(checkCustomPreset(d, presetRegistry)).toEqual([])
      }),
      { numRuns: 300 },
    )
  })

  it('preset links: decode(encode(x)) equals canonicalPreset(x), which is valid, and encoding is idempotent', () => {
    fc.assert(
      fc.property(arbPreset, (d) => {
        const link = encodePresetLink(d)
        const c = canonicalPreset(d)
        expect(checkCustomPreset(c, presetRegistry)).toEqual([])
        expect(json(decodedPreset(link))).toEqual(json(c))
        expect(json(canonicalPreset(c))).toEqual(json(c))
        expect(encodePresetLink(c)).toBe(link)
        expect(encodePresetLink(decodedPreset(link))).toBe(link)
      }),
      { numRuns: 300 },
    )
  })

  it('preset links keep times to 0.1 ms (ends too) and exposed values to their unit', () => {
    fc.assert(
      fc.property(arbPreset, (d) => {
        const c = canonicalPreset(d)
        expect(Math.abs(c.durationS - d.durationS)).toBeLessThanOrEqual(0.5e-4 + 1e-12)
        d.parts.forEach((p, i) => {
          const q = c.parts[i]
          expect(Math.abs(q.startS - p.startS)).toBeLessThanOrEqual(0.5e-4 + 1e-12)
          expect(Math.abs(q.startS + q.durationS - (p.startS + p.durationS))).toBeLessThanOrEqual(0.5e-4 + 1e-9)
          expect(q.startS + q.durationS).toBeLessThanOrEqual(c.durationS + 1e-9)
        })
        d.exposed.forEach((e, i) => {
          const f = c.exposed[i]
          if (e.kind === 'number' && f.kind === 'number') for (const k of ['min', 'max', 'default'] as const) expect(Math.abs(f[k] - e[k])).toBeLessThanOrEqual(0.5e-2 + 1e-12)
        })
      }),
      { numRuns: 200 },
    )
  })
})
