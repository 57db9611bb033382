import { describe, expect, it } from 'vitest'
import { presetRegistry } from '../../camera-presets'
import { compileChain, compileShot } from '../../compilers'
import { shotProject } from '../../compilers/sora/testShots'
import { createTake } from '../../takes/model'
import { PREVIS_ROUTE, routeChoice, shortProblem } from './routeChoice'
import { projectCost, takeCost } from './takeCost'

const kling = { id: 'kling', label: 'Kling', enabled: true, targets: ['kling'] }
const truck5 = shotProject([{ presetId: 'truck-left', durationS: 5 }], { durationS: 5, aspect: '16:9' })
const twoMoves = shotProject(
  [
    { presetId: 'truck-left', startS: 0, durationS: 2.5 },
    { presetId: 'pedestal-up', startS: 2.5, durationS: 2.5 },
  ],
  { durationS: 5, aspect: '16:9' },
)
const compiled = (target: string, project = truck5) => compileShot(target, project, 0, presetRegistry)

describe('routeChoice', () => {
  it('previs is free, exact and never blocked', () => {
    const c = routeChoice({ route: PREVIS_ROUTE, result: compiled('trajectory'), modelId: undefined, supported: true })
    expect(c).toMatchObject({ hosted: false, blocked: null, cost: { text: 'free' }, split: null })
    expect(c.control?.id).toBe('exact-path')
    expect(c.fidelity).toBe(1)
  })

  it('prices the chosen model of a hosted route, and the price follows the model', () => {
    const v1 = routeChoice({ route: kling, result: compiled('kling'), modelId: undefined, supported: true })
    const v15 = routeChoice({ route: kling, result: compiled('kling'), modelId: 'kling-v1-5', supported: true })
    expect(v1.model?.id).toBe('kling-v1')
    expect(v15.model?.id).toBe('kling-v1-5')
    expect(v1.cost.estimate?.ok && v15.cost.estimate?.ok && v15.cost.estimate.usd > v1.cost.estimate.usd).toBe(true)
    expect(v1.cost.text).toMatch(/^[≈~] \$\d+\.\d\d$/)
    expect(v1.cost.title).toMatch(/kling-v1.*(published|reported|estimate).*https?:\/\//)
    expect(v1.control?.id).toBe('numeric-axes')
  })

  it('knows whether a take goes with a start image: the model starts from one and the server takes it', () => {
    const accepting = { ...kling, startImage: 'accepted' as const }
    expect(routeChoice({ route: accepting, result: compiled('kling'), modelId: 'kling-v1-5', supported: true }).sendsStartImage).toBe(true)
    expect(routeChoice({ route: accepting, result: compiled('kling'), modelId: 'kling-v1', supported: true }).sendsStartImage).toBe(false)
    expect(routeChoice({ route: { ...kling, startImage: 'not-taken' as const }, result: compiled('kling'), modelId: 'kling-v1-5', supported: true }).sendsStartImage).toBe(false)
    expect(routeChoice({ route: PREVIS_ROUTE, result: compiled('trajectory'), modelId: undefined, supported: true }).sendsStartImage).toBe(false)
  })

  it('says why a route cannot send: not set up, unsupported, does not compile, model refuses', () => {
    const off = routeChoice({ route: { ...kling, enabled: false, reason: 'Set KLING_ACCESS_KEY and KLING_SECRET_KEY.' }, result: compiled('kling'), modelId: undefined, supported: true })
    expect(off).toMatchObject({ ready: false, blocked: 'Set KLING_ACCESS_KEY and KLING_SECRET_KEY.' })
    expect(routeChoice({ route: kling, result: compiled('kling'), modelId: undefined, supported: false }).blocked).toMatch(/cannot send to Kling/)
    const long = shotProject([{ presetId: 'truck-left', durationS: 9 }], { durationS: 9, aspect: '16:9' })
    const tooLong = routeChoice({ route: kling, result: compiled('kling', long), modelId: undefined, supported: true })
    expect(tooLong.blocked).toMatch(/5 s/)
    expect(tooLong.cost.text).toBe('price unknown')
  })

  it('says what in the shot keeps it from a route even before the route is set up, with the fixes', () => {
    const six = shotProject([{ presetId: 'truck-left', durationS: 6 }], { durationS: 6, aspect: '16:9' })
    const off = routeChoice({ route: { ...kling, enabled: false, reason: 'Set KLING_ACCESS_KEY and KLING_SECRET_KEY.' }, result: compiled('kling', six), modelId: undefined, supported: true })
    expect(off.blocked).toBe('Set KLING_ACCESS_KEY and KLING_SECRET_KEY.')
    expect(off.shotProblem?.message).toMatch(/needs a 5 s shot; this one is 6 s/)
    expect(off.shotProblem?.short).toBe('max 5 s')
    expect(off.shotProblem?.fixes.map((f) => f.kind)).toEqual(['trim', 'split'])
    // the split is the way out, but not one that can be sent from a route that is not set up
    expect(off).toMatchObject({ split: { kind: 'split', parts: 2 }, splitWhy: 'length', chainable: false })
    const on = routeChoice({ route: kling, result: compiled('kling', six), modelId: undefined, supported: true })
    expect(on).toMatchObject({ blocked: off.shotProblem?.message, splitWhy: 'length', chainable: true })
    const fits = routeChoice({ route: kling, result: compiled('kling'), modelId: undefined, supported: true })
    expect(fits).toMatchObject({ shotProblem: null, split: null, splitWhy: null, chainable: false })
    const fourThree = routeChoice({ route: kling, result: compiled('kling', shotProject([{ presetId: 'truck-left', durationS: 5 }], { durationS: 5, aspect: '4:3' })), modelId: undefined, supported: true })
    expect(fourThree.shotProblem?.short).toBe('needs 16:9')
  })

  it('shortens a problem to its fix: the longest clip, the aspect it needs, or a plain no', () => {
    expect(shortProblem([{ kind: 'trim', toS: 12, label: '' }])).toBe('max 12 s')
    expect(shortProblem([{ kind: 'split', parts: 2, label: '' }, { kind: 'set-aspect', aspect: '9:16', label: '' }])).toBe('needs 9:16')
    expect(shortProblem([])).toBe('can’t take it')
  })

  it('prices a split part by part once its parts are compiled', () => {
    const ten = shotProject([{ presetId: 'truck-left', durationS: 10 }], { durationS: 10, aspect: '16:9' })
    const chain = compileChain('kling', ten, 0, presetRegistry)
    expect(chain).toHaveLength(2)
    const c = routeChoice({ route: kling, result: compiled('kling', ten), modelId: 'kling-v1-5', supported: true, chain })
    const one = routeChoice({ route: kling, result: compiled('kling'), modelId: 'kling-v1-5', supported: true })
    expect(one.cost.estimate?.ok).toBe(true)
    expect(c.splitCost?.estimate?.ok && one.cost.estimate?.ok && c.splitCost.estimate.usd).toBeCloseTo(one.cost.estimate?.ok ? 2 * one.cost.estimate.usd : NaN, 9)
    expect(c.splitCost?.title).toMatch(/^2 generations, each billed as one clip\. kling-v1-5/)
    // no parts asked for: no part-by-part price
    expect(routeChoice({ route: kling, result: compiled('kling', ten), modelId: undefined, supported: true }).splitCost).toBeNull()
  })

  it('offers the chained split when a one-move route gets moves one after another', () => {
    const c = routeChoice({ route: kling, result: compiled('kling', twoMoves), modelId: undefined, supported: true })
    expect(c.split).toMatchObject({ kind: 'split', parts: 2 })
    expect(routeChoice({ route: kling, result: compiled('kling'), modelId: undefined, supported: true }).split).toBeNull()
  })

  it('waits for the compile before judging', () => {
    const c = routeChoice({ route: kling, result: undefined, modelId: undefined, supported: true })
    expect(c).toMatchObject({ blocked: null, fidelity: null, payload: undefined, cost: { text: 'price unknown', title: 'Compiling…' } })
  })
})

describe('what takes cost', () => {
  const take = (route: string, target: string, project = truck5, status: 'succeeded' | 'failed' = 'succeeded') => {
    const r = compiled(target, project)
    if (!r.ok) throw new Error(r.error.message)
    const t = createTake({ id: `take:${route}`, projectId: 'p', shotId: 'shot:1', shotName: 'Shot 1', route, target, payload: JSON.stringify(r.payload ?? JSON.parse(r.text)), fingerprint: 'f', design: '{}', settings: { size: '720p', depth: false } }, 0)
    return { ...t, status }
  }

  it('prices a take from its own payload; previs is free', () => {
    expect(takeCost(take('previs', 'trajectory')).text).toBe('free')
    const k = takeCost(take('kling', 'kling'))
    expect(k.estimate?.ok).toBe(true)
    expect(takeCost({ ...take('kling', 'kling'), payload: 'not json' }).text).toBe('price unknown')
  })

  it('sums the finished hosted takes of a project, counting the unpriced apart', () => {
    expect(projectCost([take('previs', 'trajectory')])).toBeNull()
    const k = take('kling', 'kling')
    const one = takeCost(k).estimate
    const usd = one?.ok ? one.usd : NaN
    const total = projectCost([k, { ...k, id: 'take:2' }, take('kling', 'kling', truck5, 'failed'), { ...k, id: 'take:3', payload: '{}' }])
    expect(total?.takes).toBe(3)
    expect(total?.text).toBe(`~ $${(2 * usd).toFixed(2)} + 1 unpriced`)
  })
})
