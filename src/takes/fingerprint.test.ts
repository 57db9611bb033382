import { describe, expect, it } from 'vitest'
import { createProject, updateShotSettings } from '../timeline'
import { canonicalJson, designFingerprint, fingerprintFor, hash64 } from './fingerprint'

describe('design fingerprint', () => {
  const project = createProject()
  const shot = project.shots[0]

  it('is stable for the same design and ignores key order and the shot name', () => {
    expect(canonicalJson({ b: 1, a: [2, { d: 3, c: null }] })).toBe('{"a":[2,{"c":null,"d":3}],"b":1}')
    expect(designFingerprint(shot, project.scene)).toBe(designFingerprint(JSON.parse(JSON.stringify(shot)), project.scene))
    expect(designFingerprint({ ...shot, name: 'Renamed' }, project.scene)).toBe(designFingerprint(shot, project.scene))
    expect(designFingerprint(shot, project.scene)).toMatch(/^[0-9a-f]{16}$/)
  })

  it('changes with anything that changes the picture: timing, framing, lens, scene', () => {
    const f = designFingerprint(shot, project.scene)
    const longer = updateShotSettings(project, shot.id, { durationS: shot.durationS + 1 }).shots[0]
    expect(designFingerprint(longer, project.scene)).not.toBe(f)
    expect(designFingerprint({ ...shot, lens: { ...shot.lens, focalLengthMm: shot.lens.focalLengthMm + 1 } }, project.scene)).not.toBe(f)
    expect(designFingerprint({ ...shot, start: { ...shot.start, position: [0, 1, 9] } }, project.scene)).not.toBe(f)
    expect(designFingerprint(shot, { setPieces: [] })).not.toBe(designFingerprint(shot, { setPieces: [{ id: 'p', kind: 'box', label: 'Box', position: [1, 0, 1], size: [1, 1, 1], color: '#fff' }] }))
  })

  it('spreads small input changes over the whole hash', () => {
    const seen = new Set<string>()
    for (let i = 0; i < 2000; i++) seen.add(hash64(`design-${i}`))
    expect(seen.size).toBe(2000)
    expect(hash64('a')).not.toBe(hash64('b'))
  })

  it('what the shot is of matters to hosted takes, not to the previs picture', () => {
    const worded = { ...shot, prompt: { subject: 'A fox in the snow', negative: '' } }
    expect(fingerprintFor('previs', worded, project.scene)).toBe(fingerprintFor('previs', shot, project.scene))
    expect(fingerprintFor('kling', worded, project.scene)).not.toBe(fingerprintFor('kling', shot, project.scene))
  })
})
