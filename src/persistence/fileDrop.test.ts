import { describe, expect, it } from 'vitest'
import { envelopeKind, importProjectFile } from './fileDrop'

const file = (text: string, name = 'x.json') => new File([text], name, { type: 'application/json' })

describe('importing a dropped or chosen file', () => {
  it('reads the kind its envelope declares, and nothing from text that is not one', () => {
    expect(envelopeKind('{"kind":"framewright.preset","schemaVersion":3}')).toBe('framewright.preset')
    expect(envelopeKind('{"kind":"framewright.project"}')).toBe('framewright.project')
    expect(envelopeKind('[1,2]')).toBeUndefined()
    expect(envelopeKind('{"kind":3}')).toBeUndefined()
    expect(envelopeKind('not json')).toBeUndefined()
  })

  it('sends a custom preset file to My presets instead of opening it as a project', async () => {
    const presets: string[] = []
    const errors: string[] = []
    const text = '{"kind":"framewright.preset","schemaVersion":3,"preset":{}}'
    await importProjectFile(file(text, 'orbit.framewright-preset.json'), 'drop', (t) => void errors.push(t), (t) => void presets.push(t))
    expect(presets).toEqual([text])
    expect(errors).toEqual([])
  })

  it('refuses a file far bigger than any project, before reading it', async () => {
    const errors: string[] = []
    const big = new File([new Uint8Array(21 * 1048576)], 'huge.json')
    await importProjectFile(big, 'drop', (t) => void errors.push(t), () => undefined)
    expect(errors[0]).toMatch(/Could not import huge\.json: it is \d+ MB/)
  })
})
