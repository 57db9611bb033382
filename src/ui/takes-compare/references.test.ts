import { describe, expect, it } from 'vitest'
import { type Take, createTake, transition } from '../../takes/model'
import { LIVE_REFERENCE, comparableReferences, defaultReference, liveLabel, referenceChoices, referenceTake, takeLabel } from './references'

const media = { mimeType: 'video/webm', container: 'webm' as const, codec: 'vp9', width: 1280, height: 720, frameCount: 48, fps: 24, durationS: 2, bytes: 1000 }

const make = (id: string, route: string, createdAt: number, succeeded = true): Take => {
  const t = createTake(
    { id, projectId: 'p', shotId: 's', shotName: 'Shot 1', route, target: 'trajectory', payload: '', fingerprint: 'f', design: '{}', settings: { size: '720p', depth: false } },
    createdAt,
  )
  if (!succeeded) return t
  return transition(transition(t, { type: 'start', at: createdAt }), {
    type: 'succeed',
    at: createdAt + 1,
    outcome: { video: media, depth: null, hasStartFrame: true, hasThumbnail: true, note: null },
  })
}

const take = make('kling-1', 'kling', 5000)
const oldPrevis = make('previs-1', 'previs', 1000)
const newPrevis = make('previs-2', 'previs', 3000)
const luma = make('luma-1', 'luma', 4000)
const running = make('previs-3', 'previs', 6000, false)

describe('references', () => {
  it('offers succeeded takes with a video, never the take itself, newest first', () => {
    expect(comparableReferences(take, [oldPrevis, take, running, newPrevis, luma, newPrevis]).map((t) => t.id)).toEqual(['luma-1', 'previs-2', 'previs-1'])
  })
  it('ends the choices with the live lens view', () => {
    const choices = referenceChoices(take, [oldPrevis, luma])
    expect(choices.map((c) => c.value)).toEqual(['luma-1', 'previs-1', LIVE_REFERENCE])
    expect(choices[0].label.startsWith('luma · ')).toBe(true)
    expect(choices[2].label).toBe('Live lens view (current design)')
  })
  it('defaults to the newest previs take, else the live lens view', () => {
    expect(defaultReference(take, [oldPrevis, luma, newPrevis, running])).toBe('previs-2')
    expect(defaultReference(take, [luma])).toBe(LIVE_REFERENCE)
    expect(defaultReference(newPrevis, [newPrevis])).toBe(LIVE_REFERENCE)
    expect(defaultReference(newPrevis, [newPrevis, oldPrevis])).toBe('previs-1')
  })
  it('resolves a choice, falling back to live when it is gone', () => {
    expect(referenceTake('previs-1', take, [oldPrevis])?.id).toBe('previs-1')
    expect(referenceTake('previs-1', take, [])).toBeNull()
    expect(referenceTake(LIVE_REFERENCE, take, [oldPrevis])).toBeNull()
  })
  it('labels a take by route and time', () => {
    expect(takeLabel(take)).toMatch(/^kling · .+/)
    const part = { ...take, chain: { id: 'c', part: 2, parts: 2, startS: 2.5, durationS: 2.5 } }
    expect(takeLabel(part)).toMatch(/^kling · part 2 of 2 · .+/)
    expect(liveLabel(part)).toBe('Live lens view, 2.5–5.0 s of the design')
    expect(liveLabel(take)).toBe('Live lens view')
  })
})
