import { describe, expect, it } from 'vitest'
import { presetRegistry } from '../camera-presets'
import { compileShot, getTarget } from '../compilers'
import { shotProject } from '../compilers/sora/testShots'
import { type Project, updateShotSettings } from '../timeline'
import { HOSTED_ROUTE_IDS } from '../generate/hostedRunner'
import { CONTROL_KINDS, controlKindOf } from './controlKinds'
import { ROUTE_MODELS, applyRouteModel, defaultRouteModel, routeModel, routeModels } from './models'
import { startImagePlan } from './startImage'

const payloadOf = (target: string, project: Project): Record<string, unknown> => {
  const r = compileShot(target, project, 0, presetRegistry)
  if (!r.ok) throw new Error(`${target}: ${r.error.message}`)
  return (r.payload ?? JSON.parse(r.text)) as Record<string, unknown>
}

const fiveSecondTruck = shotProject([{ presetId: 'truck-left', durationS: 5 }], { durationS: 5, aspect: '16:9' })

describe('route models', () => {
  it('offers every hosted route at least one model, the first being what the compiler emits', () => {
    for (const { id, target } of HOSTED_ROUTE_IDS) {
      const models = routeModels(id)
      expect(models.length, id).toBeGreaterThan(0)
      const compiled = payloadOf(target, fiveSecondTruck)
      // the default model leaves the compiled payload as the compiler wrote it
      expect(applyRouteModel(id, undefined, compiled), id).toEqual({ ok: true, payload: compiled, model: models[0] })
    }
  })

  it('names only models the compile target lists among its constraints', () => {
    for (const { id, target } of HOSTED_ROUTE_IDS) {
      const listed = (getTarget(target)?.constraints.models ?? []).join(' ')
      for (const m of routeModels(id)) if (m.id !== 'as-compiled' && id !== 'veo') expect(listed, `${id} ${m.id}`).toContain(m.id)
    }
  })

  it('rewrites only the model fields when another model is chosen', () => {
    const kling = payloadOf('kling', fiveSecondTruck)
    const i2v = applyRouteModel('kling', 'kling-v1-5', kling)
    expect(i2v.ok && i2v.payload).toEqual({ ...kling, model_name: 'kling-v1-5', mode: 'pro' })
    expect(i2v.ok && i2v.model?.startImage).toBe('required')
    const sora = applyRouteModel('sora', 'sora-2-pro', payloadOf('sora', fiveSecondTruck))
    expect(sora.ok && sora.payload.model).toBe('sora-2-pro')
  })

  it('refuses Kling v1.5 image to video for a compound preset, and says what to do', () => {
    const compound = { ...payloadOf('kling', fiveSecondTruck), camera_control: { type: 'forward_up' } }
    const r = applyRouteModel('kling', 'kling-v1-5', compound)
    expect(r.ok).toBe(false)
    expect(!r.ok && r.reason).toMatch(/simple camera type.*'forward_up'.*Kling v1/)
    expect(applyRouteModel('kling', 'kling-v1', compound).ok).toBe(true)
  })

  it('sends Veo 2 without the resolution it does not take, and refuses a 4 s clip', () => {
    const veo6 = payloadOf('veo', updateShotSettings(fiveSecondTruck, 'shot:1', { durationS: 6 }))
    const r = applyRouteModel('veo', 'veo-2.0-generate-001', veo6)
    expect(r.ok && r.payload.model).toBe('veo-2.0-generate-001')
    expect(r.ok && (r.payload.parameters as Record<string, unknown>).resolution).toBeUndefined()
    expect(r.ok && (r.payload.parameters as Record<string, unknown>).durationSeconds).toBe(6)
    const veo4 = payloadOf('veo', shotProject([{ presetId: 'truck-left', durationS: 4 }], { durationS: 4, aspect: '16:9' }))
    const four = applyRouteModel('veo', 'veo-2.0-generate-001', veo4)
    expect(!four.ok && four.reason).toMatch(/5 to 8 s.*4 s/)
  })

  it('falls back to the default for an unknown model id, and has none for previs', () => {
    expect(routeModel('sora', 'sora-9')?.id).toBe('sora-2')
    expect(defaultRouteModel('previs')).toBeUndefined()
    expect(applyRouteModel('previs', undefined, { a: 1 })).toEqual({ ok: true, payload: { a: 1 }, model: undefined })
    expect(applyRouteModel('sora', undefined, 'text').ok).toBe(false)
  })

  it('keeps model ids unique within each route', () => {
    for (const [route, models] of Object.entries(ROUTE_MODELS)) expect(new Set(models.map((m) => m.id)).size, route).toBe(models.length)
  })
})

describe('control kinds', () => {
  it('ranks exact paths above numbers above presets above words', () => {
    expect(controlKindOf('comfyui-wan-camera')?.binding).toBe(4)
    expect(controlKindOf('kling')?.binding).toBe(3)
    expect(controlKindOf('luma')?.binding).toBe(2)
    expect(controlKindOf('sora')?.id).toBe('words-only')
    expect(Object.values(CONTROL_KINDS).map((k) => k.binding).sort()).toEqual([1, 2, 3, 4])
  })

  it('knows the kind of every hosted route’s target and of no export', () => {
    for (const { target } of HOSTED_ROUTE_IDS) expect(controlKindOf(target), target).toBeDefined()
    expect(controlKindOf('usda')).toBeUndefined()
  })
})

describe('start image plan', () => {
  const i2v = routeModel('kling', 'kling-v1-5')
  const ray = routeModel('luma', 'ray-2')
  it('sends the start frame where the model starts from one and the server takes it', () => {
    expect(startImagePlan('Kling', routeModel('kling', 'kling-v1'), 'accepted')).toEqual({ send: false })
    expect(startImagePlan('Kling', i2v, 'accepted')).toEqual({ send: true })
    expect(startImagePlan('Kling', i2v, undefined)).toEqual({ send: true })
  })
  it('sends Luma without one until the server has a public URL, and says so', () => {
    const plan = startImagePlan('Luma', ray, 'needs-public-url')
    expect(plan).toMatchObject({ send: false, note: expect.stringContaining('FRAMEWRIGHT_PUBLIC_URL') })
    expect(startImagePlan('Luma', ray, 'accepted')).toEqual({ send: true })
  })
  it('refuses a model that needs an image the server cannot pass on', () => {
    expect(startImagePlan('Kling', i2v, 'needs-public-url')).toMatchObject({ refuse: expect.stringContaining('FRAMEWRIGHT_PUBLIC_URL') })
    expect(startImagePlan('Kling', i2v, 'not-taken')).toMatchObject({ refuse: expect.stringContaining('takes none') })
  })
})
