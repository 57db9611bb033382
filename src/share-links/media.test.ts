import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { loadProject } from '../schema'
import { canonicalProject, decodeLink, encodeProjectLink, encodeShotLink, mediaLeftOut } from '.'

const v4 = () => {
  const r = loadProject(readFileSync(new URL('../schema/fixtures/project.v4.json', import.meta.url), 'utf8'))
  if (!r.ok) throw new Error(r.error.message)
  return r.project
}

describe('links carry no media, and say so', () => {
  it('a project link leaves out reference images and the scratch track, keeps notes', () => {
    const project = v4()
    const decoded = decodeLink(encodeProjectLink(project))
    if (!decoded.ok || decoded.kind === 'preset') throw new Error('not a project link')
    expect(decoded.project.scratchTrack).toBeUndefined()
    expect(decoded.project.shots.some((s) => s.referenceImage)).toBe(false)
    expect(decoded.project.shots[0].notes).toBe(project.shots[0].notes)
    expect(decoded.project).toEqual(canonicalProject(project))
  })

  it('a shot link of a shot with an image carries none', () => {
    const decoded = decodeLink(encodeShotLink(v4(), 0))
    if (!decoded.ok || decoded.kind === 'preset') throw new Error('not a shot link')
    expect(decoded.project.shots[0].referenceImage).toBeUndefined()
  })

  it('mediaLeftOut names what stays behind', () => {
    const lines = mediaLeftOut(v4())
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(/reference image \(street-ref\.png\) is not in the link/)
    expect(lines[1]).toMatch(/scratch audio track \(temp-score\.wav\) is not in the link/)
    expect(mediaLeftOut({ ...v4(), scratchTrack: undefined, shots: v4().shots.map(({ referenceImage: _r, ...s }) => s) })).toEqual([])
  })
})
