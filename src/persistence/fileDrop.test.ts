import { describe, expect, it } from 'vitest'
import { shotIdAt } from './fileDrop'
import { dropDestination, envelopeKind, importProjectFile } from './fileImport'

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

describe('where a dropped file goes', () => {
  it('sends images to a shot, project and preset files to the library, wherever they are dropped', () => {
    expect(dropDestination({ name: 'street.jpg', type: 'image/jpeg' }, false)).toBe('reference-image')
    expect(dropDestination({ name: 'street.webp', type: '' }, true)).toBe('reference-image')
    expect(dropDestination({ name: 'a.framewright.json', type: 'application/json' }, true)).toBe('project')
    expect(dropDestination({ name: 'orbit.framewright-preset.json', type: '' }, true)).toBe('project')
    expect(dropDestination({ name: 'a.framewright.json', type: 'application/json' }, false)).toBe('project')
  })

  it('on a shot, anything else is taken as a (refused) image; elsewhere it goes to the project import as before', () => {
    expect(dropDestination({ name: 'notes.txt', type: 'text/plain' }, true)).toBe('reference-image')
    expect(dropDestination({ name: 'notes.txt', type: 'text/plain' }, false)).toBe('project')
  })

  it('an audio file, wherever it is dropped, becomes the scratch track', () => {
    expect(dropDestination({ name: 'music.mp3', type: 'audio/mpeg' }, true)).toBe('scratch-audio')
    expect(dropDestination({ name: 'temp-score.wav', type: '' }, false)).toBe('scratch-audio')
    expect(dropDestination({ name: 'voice.OPUS', type: '' }, false)).toBe('scratch-audio')
  })

  it('finds the shot block an element is inside', () => {
    const block = { getAttribute: (n: string) => (n === 'data-shot-id' ? 'shot:2' : null) }
    expect(shotIdAt({ closest: (sel: string) => (sel === '[data-shot-block]' ? block : null) } as unknown as EventTarget)).toBe('shot:2')
    expect(shotIdAt({ closest: () => null } as unknown as EventTarget)).toBeUndefined()
    expect(shotIdAt(null)).toBeUndefined()
  })
})
