import { describe, expect, it } from 'vitest'
import { createTake } from './model'
import { TAKE_RECORD_KIND, loadTakeRecord, toTakeRecord } from './record'

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
    const { remote: _remote, ...v1 } = take
    expect(loadTakeRecord({ kind: TAKE_RECORD_KIND, version: 1, take: v1 })).toEqual({ ok: true, take: { ...take, remote: null } })
    expect(loadTakeRecord({ kind: TAKE_RECORD_KIND, version: 2, take: v1 })).toMatchObject({ ok: false, message: expect.stringContaining('remote') })
  })
})
