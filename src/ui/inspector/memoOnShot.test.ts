import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createShot } from '../../timeline'
import { sameShotFields } from './memoOnShot'

describe('inspector sections re-render on their own fields only', () => {
  const shot = createShot('s1', 'Shot 1')
  const same = sameShotFields<{ shot: typeof shot; label?: string }>(['lens', 'aspect'])

  it('an edit elsewhere in the shot (a new object, the lens kept) is the same to a lens section', () => {
    expect(same({ shot }, { shot: { ...shot, name: 'Other', tracks: [] } })).toBe(true)
  })
  it('a changed lens or aspect is not', () => {
    expect(same({ shot }, { shot: { ...shot, lens: { ...shot.lens, focalLengthMm: 85 } } })).toBe(false)
    expect(same({ shot }, { shot: { ...shot, aspect: '9:16' } })).toBe(false)
  })
  it('nor is a change of another prop', () => {
    expect(same({ shot, label: 'a' }, { shot, label: 'b' })).toBe(false)
  })

  // the field lists are a contract with the code: every `shot.<field>` a section (or the part it
  // hands the shot to) reads must be in its list, or it would show a stale value after an edit
  const sections: Record<string, string[]> = {
    ShotSection: ['ShotSection.tsx'],
    PromptSection: ['PromptSection.tsx'],
    ReferenceImageSection: ['ReferenceImageSection.tsx', 'ReferenceImageDetails.tsx'],
    FramingSection: ['FramingSection.tsx'],
    LensSection: ['LensSection.tsx'],
    SubjectSection: ['SubjectSection.tsx'],
  }
  for (const [name, files] of Object.entries(sections)) {
    it(`${name} names every shot field it reads`, () => {
      const source = (f: string) => readFileSync(join(import.meta.dirname, f), 'utf8')
      const listed = source(files[0]).match(new RegExp(`memoOnShotFields\\(${name}Body, \\[([^\\]]*)\\]\\)`))
      expect(listed).not.toBeNull()
      const fields = new Set([...listed![1].matchAll(/'(\w+)'/g)].map((m) => m[1]))
      const read = new Set(files.flatMap((f) => [...source(f).matchAll(/(?<![\w.])shot\.(\w+)/g)].map((m) => m[1])))
      expect(read.size).toBeGreaterThan(0)
      for (const field of read) expect(fields, `${name} reads shot.${field}`).toContain(field)
      // and it hands the whole shot to nothing else
      expect(source(files[0]).replace(/ReferenceImageDetails shot=\{shot\}/, '')).not.toMatch(/\(shot[,)]|=\{shot\}/)
    })
  }
})
