import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { TAKE_RECORD_VERSION, loadTakeRecord, toTakeRecord } from './record'

const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'))

const load = (name: string) => {
  const result = loadTakeRecord(fixture(name))
  if (!result.ok) throw new Error(result.message)
  return result.take
}

describe('committed take record fixtures', () => {
  it('take.v2.json (a Runway take saved before seeds were kept) migrates to version 3 with the seed its payload sent', () => {
    const take = load('take.v2.json')
    expect(TAKE_RECORD_VERSION).toBe(3)
    expect(take).toMatchObject({ id: 'take:lq3v2a-7', route: 'runway', status: 'succeeded', seed: 48213, chain: null, chosen: true })
    expect(take.remote).toEqual({ generationId: 'gen_01J9Z.sig', idempotencyKey: 'take-lq3v2a-7.a1' })
    expect(JSON.parse(take.payload).seed).toBe(48213)
  })

  it('take.v2.kling.json (a route that takes no seed) migrates with none', () => {
    expect(load('take.v2.kling.json')).toMatchObject({ route: 'kling', status: 'failed', seed: null, chain: null, remote: null })
  })

  it('take.v1.json (a previs take from before hosted takes) migrates through version 2 to version 3', () => {
    expect(load('take.v1.json')).toMatchObject({ id: 'take:lq3v1-1', route: 'previs', remote: null, seed: null, chain: null })
  })

  it.each(['take.v1.json', 'take.v2.json', 'take.v2.kling.json'])('%s saves and loads back to the same take', (name) => {
    const take = load(name)
    expect(loadTakeRecord(JSON.parse(JSON.stringify(toTakeRecord(take))))).toEqual({ ok: true, take })
  })
})
