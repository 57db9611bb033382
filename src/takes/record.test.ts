import { describe, expect, it } from 'vitest'
import { createTake } from './model'
import { TAKE_RECORD_KIND, TAKE_RECORD_VERSION, loadTakeRecord, toTakeRecord } from './record'

const take = createTake(
  { id: 't', projectId: 'p', shotId: 's', shotName: 'Shot 1', route: 'previs', target: 'trajectory', payload: '{}', fingerprint: 'f', design: '{}', settings: { size: '480p', depth: false } },
  5,
)

describe('saved take records (one load path)', () => {
  it('round-trips a take', () => {
    expect(loadTakeRecord(JSON.parse(JSON.stringify(toTakeRecord(take))))).toEqual({ ok: true, take })
  })
  it('refuses a newer version, another kind, a missing version and a damaged body, each with a reason', () => {
    expect(loadTakeRecord({ kind: TAKE_RECORD_KIND, version: 99, take })).toMatchObject({ ok: false, message: expect.stringContaining('newer') })
    expect(loadTakeRecord({ kind: 'something', version: 1, take })).toMatchObject({ ok: false })
    expect(loadTakeRecord({ kind: TAKE_RECORD_KIND, take })).toMatchObject({ ok: false, message: expect.stringContaining('version') })
    expect(loadTakeRecord({ kind: TAKE_RECORD_KIND, version: 1, take: { ...take, status: 'exploded' } })).toMatchObject({ ok: false, message: expect.stringContaining('status') })
    expect(loadTakeRecord(null)).toMatchObject({ ok: false })
  })
  it('migrates a version 1 record (before hosted takes) to the current version', () => {
    const { remote: _remote, seed: _seed, chain: _chain, ...v1 } = take
    expect(loadTakeRecord({ kind: TAKE_RECORD_KIND, version: 1, take: v1 })).toEqual({ ok: true, take: { ...take, remote: null } })
    expect(loadTakeRecord({ kind: TAKE_RECORD_KIND, version: 2, take: v1 })).toMatchObject({ ok: false, message: expect.stringContaining('remote') })
  })

  it('migrates a version 2 record (before seeds and chains): the seed is read from its payload, else none', () => {
    const { seed: _seed, chain: _chain, ...v2 } = take
    expect(TAKE_RECORD_VERSION).toBe(3)
    expect(loadTakeRecord({ kind: TAKE_RECORD_KIND, version: 2, take: v2 })).toEqual({ ok: true, take: { ...take, seed: null, chain: null } })
    const runway = { ...v2, route: 'runway', target: 'runway', payload: JSON.stringify({ model: 'gen4_turbo', promptText: 'x', seed: 48213 }) }
    expect(loadTakeRecord({ kind: TAKE_RECORD_KIND, version: 2, take: runway })).toMatchObject({ ok: true, take: { seed: 48213, chain: null } })
    const vertex = { ...v2, route: 'veo-vertex', target: 'veo-vertex', payload: JSON.stringify({ instances: [{ prompt: 'x' }], parameters: { seed: 9 } }) }
    expect(loadTakeRecord({ kind: TAKE_RECORD_KIND, version: 2, take: vertex })).toMatchObject({ ok: true, take: { seed: 9 } })
    // a version 3 record has to say both
    expect(loadTakeRecord({ kind: TAKE_RECORD_KIND, version: 3, take: v2 })).toMatchObject({ ok: false, message: expect.stringContaining('seed') })
  })

  it('round-trips a part of a chain, and refuses a part beyond its chain', () => {
    const part = { ...take, seed: 7, chain: { id: 'chain:1', part: 2, parts: 3, startS: 2, durationS: 2.5 } }
    expect(loadTakeRecord(JSON.parse(JSON.stringify(toTakeRecord(part))))).toEqual({ ok: true, take: part })
    expect(loadTakeRecord({ ...toTakeRecord(part), take: { ...part, chain: { ...part.chain, part: 4 } } })).toMatchObject({ ok: false, message: expect.stringContaining('chain.part') })
    expect(loadTakeRecord({ ...toTakeRecord(part), take: { ...part, seed: 1.5 } })).toMatchObject({ ok: false, message: expect.stringContaining('seed') })
  })
})
