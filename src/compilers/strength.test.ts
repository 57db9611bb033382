import { describe, expect, it } from 'vitest'
import { strengthenPayload } from './strength'

const kling = (config: Record<string, number>, type = 'simple') => ({ model_name: 'kling-v1', prompt: 'x', camera_control: type === 'simple' ? { type, config } : { type } })

describe('strengthenPayload', () => {
  it('scales the moving Kling axis, keeps the others and the rest of the body, and leaves the input alone', () => {
    const body = kling({ horizontal: 0, vertical: 0, pan: 0, tilt: -4, roll: 0, zoom: 0 })
    const result = strengthenPayload('kling', body, 1.5)
    expect(result).toMatchObject({ ok: true, description: 'Kling tilt -4 → -6' })
    if (!result.ok) return
    expect(result.payload).toEqual(kling({ horizontal: 0, vertical: 0, pan: 0, tilt: -6, roll: 0, zoom: 0 }))
    expect(body.camera_control.config!.tilt).toBe(-4)
  })
  it("stops at Kling's range and says so when already there", () => {
    const up = strengthenPayload('kling', kling({ pan: 8 }), 2)
    expect(up.ok && (up.payload as ReturnType<typeof kling>).camera_control.config!.pan).toBe(10)
    expect(strengthenPayload('kling', kling({ pan: 10 }), 2)).toEqual({ ok: false, reason: "Kling's pan axis is already at its strongest (10)." })
    expect(strengthenPayload('kling', kling({}, 'forward_up'), 2)).toMatchObject({ ok: false, reason: "Kling's forward_up preset has no strength." })
  })
  it('scales Higgsfield motion strengths up to 1', () => {
    const body = { motions: [{ name: 'Dolly In', strength: 0.4 }, { name: 'Arc Left', strength: 0.8 }], seed: 3 }
    const result = strengthenPayload('higgsfield', body, 1.5)
    expect(result).toEqual({
      ok: true,
      payload: { motions: [{ name: 'Dolly In', strength: 0.6 }, { name: 'Arc Left', strength: 1 }], seed: 3 },
      description: 'Dolly In 0.4 → 0.6, Arc Left 0.8 → 1',
    })
    expect(strengthenPayload('higgsfield', { motions: [{ name: 'Dolly In', strength: 1 }] }, 2)).toMatchObject({ ok: false })
  })
  it('refuses routes without a strength and factors that do not raise it', () => {
    expect(strengthenPayload('luma', { concepts: [] }, 2)).toMatchObject({ ok: false, reason: expect.stringContaining('named moves only') })
    expect(strengthenPayload('kling', kling({ pan: 2 }), 1)).toMatchObject({ ok: false })
  })
})
