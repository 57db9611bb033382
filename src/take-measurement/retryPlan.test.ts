import { describe, expect, it } from 'vitest'
import { compareMotion } from '../camera-measure/compare'
import { asMeasured, designOf } from '../camera-measure/compare/testing'
import { createTake } from '../takes/model'
import { type RouteOption, retryPlans, strengthFactor } from './retryPlan'

const take = (route: string, target: string, payload: unknown, chain = false) =>
  createTake(
    {
      id: 'take:1',
      projectId: 'p',
      shotId: 's',
      shotName: 'Shot 1',
      route,
      target,
      payload: JSON.stringify(payload),
      fingerprint: 'f',
      design: '{}',
      settings: { size: '480p', depth: false },
      ...(chain ? { chain: { id: 'c', part: 1, parts: 2, startS: 0, durationS: 2 } } : {}),
    },
    1,
  )

const pan = designOf('pan-right')
/** A take that turned only `share` of the designed pan. */
const panShort = (share: number) => compareMotion(pan, asMeasured(pan, (f) => ({ ...f, panDeg: f.panDeg * share })))

const routes = (over: Partial<Record<string, Partial<RouteOption>>> = {}): RouteOption[] =>
  [
    { id: 'previs', label: 'Previs', hosted: false, blocked: null, fidelity: 1, splitParts: null },
    { id: 'kling', label: 'Kling', hosted: true, blocked: null, fidelity: 0.7, splitParts: null },
    { id: 'luma', label: 'Luma', hosted: true, blocked: null, fidelity: 0.9, splitParts: null },
    { id: 'runway', label: 'Runway', hosted: true, blocked: 'Not set up on the server.', fidelity: 0.95, splitParts: null },
  ].map((r) => ({ ...r, ...over[r.id] }))

const kling = { camera_control: { type: 'simple', config: { horizontal: 0, vertical: 0, pan: 0, tilt: 4, roll: 0, zoom: 0 } } }

describe('strengthFactor', () => {
  it('is how far short the take fell, clamped, and null when nothing did', () => {
    expect(strengthFactor(panShort(0.5))).toBeCloseTo(2, 1)
    expect(strengthFactor(panShort(0.8))).toBeCloseTo(1.25, 1)
    expect(strengthFactor(panShort(0.1))).toBe(2.5)
    expect(strengthFactor(panShort(1))).toBeNull()
    expect(strengthFactor(panShort(1.4))).toBeNull()
  })
})

describe('retryPlans', () => {
  it('offers nothing for a take that followed the design, or for previs', () => {
    expect(retryPlans(take('kling', 'kling', kling), panShort(0.95), routes())).toEqual([])
    expect(retryPlans(take('previs', 'trajectory', {}), panShort(0.2), routes())).toEqual([])
  })

  it('turns Kling up by how short the take fell, picks the best set-up route, and says why splitting does not apply', () => {
    const [strength, best, chain] = retryPlans(take('kling', 'kling', kling), panShort(0.5), routes())
    expect(strength.id).toBe('strength')
    expect(strength.unavailable).toBeUndefined()
    expect(strength.id === 'strength' && JSON.parse(strength.payload!).camera_control.config.tilt).toBe(8)
    expect(strength.title).toContain('Kling tilt 4 → 8')
    // Runway would follow best but is not set up: Luma is chosen
    expect(best).toMatchObject({ id: 'best-route', routeId: 'luma', label: 'Retry on Luma' })
    expect(best.title).toContain('90 % against 70 %')
    expect(chain).toMatchObject({ id: 'chain', unavailable: expect.stringContaining('nothing to split') })
  })

  it('says why each retry cannot apply', () => {
    const [strength, best, chain] = retryPlans(take('luma', 'luma', {}), panShort(0.3), routes())
    expect(strength.unavailable).toContain('named moves without a strength')
    expect(best.unavailable).toContain('better than Luma (90 %)')
    expect(chain.unavailable).toContain('nothing to split')
    expect(retryPlans(take('luma', 'luma', {}), panShort(0.3), routes({ kling: { blocked: 'x' } }))[1].unavailable).toContain('No other route')
    const split = retryPlans(take('luma', 'luma', {}), panShort(0.3), routes({ luma: { splitParts: 3 } }))[2]
    expect(split).toMatchObject({ label: 'Split into 3 chained generations' })
    expect(split.unavailable).toBeUndefined()
    const part = retryPlans(take('kling', 'kling', kling, true), panShort(0.3), routes())
    expect(part[0].unavailable).toContain('chained generation')
    expect(part[2].unavailable).toContain('already a part')
  })
})
