/**
 * Fuzzing the decoder: over 10,000 mutated, truncated, re-sealed and random links (project, shot and
 * preset links). Each one must give a
 * valid project or a typed error with a one-sentence message; none may throw (the unguarded decoder is
 * used, so a throw inside is not hidden by decodeLink's safety net). Work per link is bounded by
 * construction (MAX_LINK_CHARS of text, MAX_PAYLOAD_BYTES of inflated data: see the bomb tests), so
 * there is no timing assertion here; the slowest decode is printed for a person to read.
 */
import fc from 'fast-check'
import { deflateSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { CURRENT_SCHEMA_VERSION, loadPresetDocument, presetEnvelope, validateProject } from '../schema'
import { type LinkErrorCode, MAX_LINK_CHARS } from '.'
import { decodeLinkUnguarded, encodePresetLink, encodeProjectLink, encodeShotLink, sealLink, sealWire } from './codec'
import { DICTIONARY_V1 } from './dictionary.v1'
import { shotProject } from './canonical'
import { sampleProject } from './fixtures/sampleProject'
import type { LinkKind } from './prefix'
import { ORBIT_RISE } from './arbitraries'
import { compactPreset, compactProject } from './wire'

const CODES: readonly LinkErrorCode[] = ['truncated', 'tampered', 'too-new', 'too-large', 'garbage', 'invalid']
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

let slowestMs = 0
let checked = 0
const outcomes = new Map<string, number>()

const check = (text: unknown) => {
  const started = performance.now()
  const r = decodeLinkUnguarded(text)
  slowestMs = Math.max(slowestMs, performance.now() - started)
  checked++
  const outcome = r.ok ? 'ok' : r.error.code
  outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1)
  if (r.ok && r.kind === 'preset') {
    const valid = loadPresetDocument(JSON.parse(JSON.stringify(presetEnvelope(r.preset))))
    expect(valid.ok ? 'valid' : valid.error.message).toBe('valid')
  } else if (r.ok) {
    const valid = validateProject(JSON.parse(JSON.stringify(r.project)))
    expect(valid.ok ? 'valid' : valid.error.message).toBe('valid')
    if (r.kind === 'shot') expect(r.project.shots).toHaveLength(1)
  } else {
    expect(CODES).toContain(r.error.code)
    expect(r.error.message).toMatch(/^[A-Z][^\n]*[.!]$/)
  }
}

const project = sampleProject()
const seeds = [encodeProjectLink(project), encodeShotLink(project, 1), encodeShotLink(project, 4)]
const wire = compactProject(project as never, CURRENT_SCHEMA_VERSION)
/** Smaller designs to re-seal (a whole project on every run would make this test slow on a 2-core machine). */
const smallWires = [0, 1, 4].map((i) => compactProject(shotProject(project, i) as never, CURRENT_SCHEMA_VERSION))

type Edit =
  | { readonly op: 'replace'; readonly at: number; readonly char: string }
  | { readonly op: 'insert'; readonly at: number; readonly text: string }
  | { readonly op: 'delete'; readonly at: number; readonly count: number }
  | { readonly op: 'cut'; readonly at: number }
  | { readonly op: 'prefix'; readonly text: string }

const arbEdit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant('replace' as const), at: fc.nat(), char: fc.oneof(fc.constantFrom(...ALPHABET), fc.string({ minLength: 1, maxLength: 1 })) }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 8 }), fc.string({ maxLength: 4 })) }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ op: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('prefix' as const), text: fc.constantFrom('#p=', '#s=', '#m=', 'p=', '#q=', '', 'https://x.test/#p=', '#p=#s=') }),
)

const applyEdit = (link: string, e: Edit): string => {
  const at = 'at' in e ? 3 + (e.at % Math.max(1, link.length - 3)) : 0
  switch (e.op) {
    case 'replace':
      return link.slice(0, at) + e.char + link.slice(at + 1)
    case 'insert':
      return link.slice(0, at) + e.text + link.slice(at)
    case 'delete':
      return link.slice(0, at) + link.slice(at + e.count)
    case 'cut':
      return link.slice(0, at)
    case 'prefix':
      return e.text + link.slice(3)
  }
}

/** Every path into a JSON value, as key lists. */
const pathsOf = (value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] => {
  out.push(path)
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...path, i], out))
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) pathsOf(v, [...path, k], out)
  return out
}

/** `value` with the thing at `path` replaced (or deleted when `replacement` is undefined). */
const setAt = (value: unknown, path: readonly (string | number)[], replacement: unknown): unknown => {
  if (path.length === 0) return replacement
  const [head, ...rest] = path
  if (Array.isArray(value)) {
    const copy = [...value]
    if (replacement === undefined && rest.length === 0) copy.splice(head as number, 1)
    else copy[head as number] = setAt(copy[head as number], rest, replacement)
    return copy
  }
  const copy = { ...(value as Record<string, unknown>) }
  if (replacement === undefined && rest.length === 0) delete copy[head]
  else copy[head] = setAt(copy[head], rest, replacement)
  return copy
}

/** Preset links: ORBIT_RISE, and a 3-part preset with a choice and a linked control, a bezier and a part after a gap. */
const THREE_PARTS = {
  ...ORBIT_RISE,
  id: 'custom:fuzz',
  version: 3,
  description: '',
  durationS: 9,
  parts: [
    ...ORBIT_RISE.parts,
    { presetId: 'crane-up', presetVersion: 1, startS: 7, durationS: 2, track: 1, params: { armLength: 2.5, angle: 12.25, aim: 'subject' }, easing: { kind: 'bezier', handles: [0.3, 0, 0.2, 1] } },
  ],
  exposed: [
    ...ORBIT_RISE.exposed,
    { kind: 'choice', name: 'aim', label: 'Aim', default: 'locked', targets: [{ part: 1, param: 'aim' }, { part: 2, param: 'aim' }] },
  ],
} as typeof ORBIT_RISE
const presetSeeds = [encodePresetLink(ORBIT_RISE), encodePresetLink(THREE_PARTS)]
const presetWires = [compactPreset(ORBIT_RISE as never), compactPreset(THREE_PARTS as never)]

const wirePaths = new Map([wire, ...smallWires, ...presetWires].map((w) => [w, pathsOf(w)]))
const arbOddValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(-1, 0, 1e308, -1e-9, 600.00001, 0.5, '', 'orbit-left', 'custom:x', 'ease-in', [0.5, 0.5, 0.5, 0.5], [2, 0, 0, 1], {}, [], null, { __proto__: 1 }, JSON.parse('{"__proto__":{"x":1}}')),
  fc.constant(undefined),
)

describe('decodeLink fuzz', () => {
  it('mutated and truncated links (5,000)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...seeds), fc.array(arbEdit, { minLength: 1, maxLength: 3 }), (seed, edits) => check(edits.reduce(applyEdit, seed))),
      { numRuns: 5000 },
    )
  })

  it('random text, with and without a link prefix (2,000)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('#p=', '#s=', '#m=', '', 'https://x.test/#p='),
        fc.oneof(fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 400 }), fc.string({ maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 60 })),
        (prefix, body) => check(prefix + body),
      ),
      { numRuns: 2000 },
    )
  })

  it('re-sealed links (valid checksum) whose project was changed anywhere (2,000)', () => {
    fc.assert(
      fc.property(
        fc.oneof({ arbitrary: fc.constantFrom(...smallWires), weight: 9 }, { arbitrary: fc.constant(wire), weight: 1 }),
        fc.array(fc.tuple(fc.nat(), arbOddValue), { minLength: 1, maxLength: 3 }),
        fc.constantFrom<LinkKind>('project', 'shot'),
        (base, changes, kind) => {
          const paths = wirePaths.get(base) ?? []
          check(sealWire(kind, changes.reduce((w, [i, v]) => setAt(w, paths[i % paths.length], v), base as unknown)))
        },
      ),
      { numRuns: 2000 },
    )
  })

  it('re-sealed links (valid checksum) of random bytes, random deflate and any version (1,500)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 300 }),
          fc.uint8Array({ maxLength: 300 }).map((b) => deflateSync(b, { dictionary: DICTIONARY_V1 })),
          fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })).map(([i, x]) => {
            const body = deflateSync(new TextEncoder().encode(JSON.stringify(wire)), { dictionary: DICTIONARY_V1 })
            body[i % body.length] ^= x
            return body
          }),
        ),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: CURRENT_SCHEMA_VERSION + 2 }),
        (body, format, schema) => check(sealLink('project', body, { format, schema })),
      ),
      { numRuns: 1500 },
    )
  })

  it('mutated and truncated preset links (2,000)', () => {
    expect(decodeLinkUnguarded(presetSeeds[1])).toMatchObject({ ok: true, kind: 'preset' })
    fc.assert(
      fc.property(fc.constantFrom(...presetSeeds), fc.array(arbEdit, { minLength: 1, maxLength: 3 }), (seed, edits) => check(edits.reduce(applyEdit, seed))),
      { numRuns: 2000 },
    )
  })

  it('re-sealed preset links (valid checksum) whose definition was changed anywhere (1,500)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...presetWires), fc.array(fc.tuple(fc.nat(), arbOddValue), { minLength: 1, maxLength: 3 }), fc.integer({ min: 0, max: 2 }), (base, changes, schema) => {
        const paths = wirePaths.get(base) ?? []
        check(sealWire('preset', changes.reduce((w, [i, v]) => setAt(w, paths[i % paths.length], v), base as unknown), { schema }))
      }),
      { numRuns: 1500 },
    )
  })

  it('odd inputs: not strings, very long text', () => {
    for (const odd of [undefined, null, 0, {}, [], `#p=${'A'.repeat(MAX_LINK_CHARS)}`, `#p=${'A'.repeat(MAX_LINK_CHARS - 3)}`, `${'#'.repeat(50_000)}p=AAAA`]) check(odd)
    console.log(`fuzz: ${checked} links, slowest decode ${slowestMs.toFixed(1)} ms; outcomes ${JSON.stringify(Object.fromEntries(outcomes))}`)
    expect(checked).toBeGreaterThanOrEqual(14_000)
  })
})
