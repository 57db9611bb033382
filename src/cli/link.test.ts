import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { loadProject, serializeProject } from '../schema'
import { canonicalProject, encodePresetLink } from '../share-links'
import { ORBIT_RISE } from '../share-links/arbitraries'
import { sampleProject } from '../share-links/fixtures/sampleProject'
import { parseArgs } from './args'
import { type CliIo, runCli } from './run'

/** An in-memory file system and captured streams. */
const fakeIo = (files: Record<string, string | Uint8Array> = {}) => {
  const out: string[] = []
  const err: string[] = []
  const io: CliIo = {
    readTextFile: async (path) => {
      const file = files[path]
      if (file === undefined) throw new Error('no such file or folder')
      return typeof file === 'string' ? file : new TextDecoder().decode(file)
    },
    writeFile: async (path, data) => {
      files[path] = data
    },
    stdout: (t) => void out.push(t),
    stdoutBytes: () => undefined,
    stderr: (t) => void err.push(t),
  }
  return { io, files, stdout: () => out.join(''), stderr: () => err.join('') }
}

const sample = serializeProject(sampleProject())
const json = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown

describe('framewright link / open', () => {
  it('parses link PROJECT [--shot N] and open LINK [-o FILE]', () => {
    expect(parseArgs(['link', 'p.json'])).toEqual({ ok: true, value: { command: 'link', projectFile: 'p.json' } })
    expect(parseArgs(['link', 'p.json', '--shot', '2'])).toEqual({ ok: true, value: { command: 'link', projectFile: 'p.json', shotNumber: 2 } })
    expect(parseArgs(['open', '#p=abc', '-o', 'x.json'])).toEqual({ ok: true, value: { command: 'open', link: '#p=abc', outFile: 'x.json' } })
    expect(parseArgs(['open'])).toEqual({ ok: false, message: "'open' needs a link: the URL or its #p=... fragment, in quotes (a shell reads # as the start of a comment)" })
    expect(parseArgs(['link', 'p.json', '--shot', '0'])).toEqual({ ok: false, message: "--shot must be a shot number from 1 (got '0')" })
  })

  it('link prints the project fragment; open writes the project it holds', async () => {
    const f = fakeIo({ 'p.json': sample })
    expect(await runCli(['link', 'p.json'], f.io)).toBe(0)
    const link = f.stdout().trimEnd()
    expect(link).toMatch(/^#p=[A-Za-z0-9_-]+$/)
    expect(f.stdout().endsWith('\n')).toBe(true)
    expect(f.stderr()).toBe('')
    expect(await runCli(['open', `https://framewright.example.com/${link}`, '-o', 'shared.json'], f.io)).toBe(0)
    const opened = loadProject(f.files['shared.json'] as string)
    expect(opened.ok && json(opened.project)).toEqual(json(canonicalProject(sampleProject())))
  })

  it('link --shot N prints the shot fragment; open without -o prints the file', async () => {
    const f = fakeIo({ 'p.json': sample })
    expect(await runCli(['link', 'p.json', '--shot', '3'], f.io)).toBe(0)
    const link = f.stdout().trimEnd()
    expect(link).toMatch(/^#s=/)
    const g = fakeIo()
    expect(await runCli(['open', link.slice(1)], g.io)).toBe(0)
    const opened = loadProject(g.stdout())
    expect(opened.ok && opened.project.shots.map((s) => s.name)).toEqual(['Stairs'])
  })

  it('link of a project with media: the link carries none, and stderr says what stays behind', async () => {
    const v4 = readFileSync(new URL('../schema/fixtures/project.v4.json', import.meta.url), 'utf8')
    const f = fakeIo({ 'v4.json': v4 })
    expect(await runCli(['link', 'v4.json'], f.io)).toBe(0)
    expect(f.stderr()).toMatch(/^framewright: note: .*reference image \(street-ref\.png\) is not in the link\.\nframewright: note: The scratch audio track \(temp-score\.wav\) is not in the link\.\n$/)
    // shot 2 has no image: only the scratch track stays behind... which a shot link never carries either
    const g = fakeIo({ 'v4.json': v4 })
    expect(await runCli(['link', 'v4.json', '--shot', '2'], g.io)).toBe(0)
    expect(g.stderr()).toBe('framewright: note: The scratch audio track (temp-score.wav) is not in the link.\n')
  })

  it('errors: one line, exit 2, no file', async () => {
    const f = fakeIo({ 'p.json': sample })
    await runCli(['link', 'p.json'], f.io)
    const link = f.stdout().trimEnd()
    const cases: [string[], string][] = [
      [['open', link.slice(0, 200), '-o', 'out.json'], 'framewright: This link is incomplete: it was cut short on the way'],
      [['open', link.slice(0, 100) + (link[100] === 'A' ? 'B' : 'A') + link.slice(101), '-o', 'out.json'], 'framewright: This link is damaged'],
      [['open', 'https://framewright.example.com/', '-o', 'out.json'], 'framewright: This is not a Framewright share link.\n'],
      [['open', encodePresetLink(ORBIT_RISE), '-o', 'out.json'], "framewright: This is a preset link ('Orbit rise'), not a project: open it in the studio to add the preset to My presets.\n"],
      [['link', 'p.json', '--shot', '7'], 'framewright: Shot 7 does not exist; the project has 6 shots.\n'],
      [['link', 'missing.json'], "framewright: cannot read project file 'missing.json': no such file or folder\n"],
    ]
    for (const [argv, message] of cases) {
      const g = fakeIo({ 'p.json': sample })
      expect(await runCli(argv, g.io), argv.join(' ')).toBe(2)
      expect(g.stderr().startsWith(message), g.stderr()).toBe(true)
      expect(g.stderr().trimEnd().split('\n')).toHaveLength(1)
      expect(g.files['out.json']).toBeUndefined()
      expect(g.stdout()).toBe('')
    }
  })

  it('help lists both', async () => {
    const f = fakeIo()
    await runCli(['--help'], f.io)
    expect(f.stdout()).toContain('framewright link PROJECT [--shot N]')
    expect(f.stdout()).toContain('framewright open LINK [-o FILE]')
  })
})
