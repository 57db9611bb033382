import { describe, expect, it } from 'vitest'
import { type ShotSpec, cutProject } from '../continuity/testProjects'
import { serializeProject } from '../schema'
import { parseArgs } from './args'
import type { CheckItem } from './check'
import { type CliIo, runCli } from './run'

const fakeIo = (files: Record<string, string> = {}) => {
  const out: string[] = []
  const err: string[] = []
  const io: CliIo = {
    readTextFile: async (path) => {
      const file = files[path]
      if (file === undefined) throw new Error('no such file or folder')
      return file
    },
    writeFile: async (path, data) => {
      files[path] = typeof data === 'string' ? data : new TextDecoder().decode(data)
    },
    stdout: (t) => void out.push(t),
    stdoutBytes: () => undefined,
    stderr: (t) => void err.push(t),
  }
  return { io, files, stdout: () => out.join(''), stderr: () => err.join('') }
}

const file = (specs: readonly ShotSpec[]) => serializeProject(cutProject(specs))
const WALK = { kind: 'line', distanceM: 4 } as const

/** The constructed cuts of the continuity tests, as project files. */
const CASES: [string, readonly ShotSpec[], [string, number][]][] = [
  ['crosses the line', [{ bearingDeg: 60, distanceM: 5 }, { bearingDeg: -50, distanceM: 5 }], [['crosses-line', 1]]],
  ['jump cut', [{ bearingDeg: 40, distanceM: 5 }, { bearingDeg: 55, distanceM: 5 }], [['jump-cut', 1]]],
  ['axial cut in', [{ bearingDeg: 40, distanceM: 6 }, { bearingDeg: 40, distanceM: 3 }], []],
  [
    'screen direction flips',
    [{ bearingDeg: 90, distanceM: 6, path: WALK }, { bearingDeg: -90, distanceM: 6, path: WALK }],
    [['crosses-line', 1], ['screen-direction', 1]],
  ],
  ['clean cut', [{ bearingDeg: 20, distanceM: 5 }, { bearingDeg: 65, distanceM: 5 }], []],
  ['three shots', [{ bearingDeg: 60, distanceM: 5 }, { bearingDeg: 70, distanceM: 5 }, { bearingDeg: -60, distanceM: 5 }], [['jump-cut', 1], ['crosses-line', 2]]],
  ['one shot', [{ bearingDeg: 60, distanceM: 5 }], []],
]

describe('framewright check', () => {
  it('parses check PROJECT [--json]', () => {
    expect(parseArgs(['check', 'p.json'])).toEqual({ ok: true, value: { command: 'check', projectFile: 'p.json', json: false } })
    expect(parseArgs(['check', 'p.json', '--json'])).toEqual({ ok: true, value: { command: 'check', projectFile: 'p.json', json: true } })
    expect(parseArgs(['check'])).toEqual({ ok: false, message: "'check' needs a project file" })
    expect(parseArgs(['check', 'p.json', '--shot', '1'])).toEqual({ ok: false, message: "unknown option '--shot' for 'check' (see 'framewright --help')" })
  })

  it.each(CASES)('%s: exactly the expected warnings, in JSON', async (_, specs, expected) => {
    const f = fakeIo({ 'p.json': file(specs) })
    expect(await runCli(['check', 'p.json', '--json'], f.io)).toBe(0)
    expect(f.stderr()).toBe('')
    const items = JSON.parse(f.stdout()) as CheckItem[]
    const cuts = items.filter((it) => it.kind !== 'route')
    expect(cuts.map((it) => [it.kind, it.cut])).toEqual(expected)
    for (const it of cuts) {
      expect(it.shots).toEqual([it.cut, it.cut + 1])
      expect(it.shotIds).toEqual([`shot:${it.cut}`, `shot:${it.cut + 1}`])
      expect(it.message).toContain(`Cut ${it.cut} (Shot ${it.cut} → Shot ${it.cut + 1})`)
      expect(Object.keys(it.numbers).length).toBeGreaterThan(0)
    }
  })

  it('prints one line per warning and a closing count', async () => {
    const f = fakeIo({ 'p.json': file([{ bearingDeg: 62, distanceM: 5 }, { bearingDeg: -48, distanceM: 5 }]) })
    expect(await runCli(['check', 'p.json'], f.io)).toBe(0)
    const lines = f.stdout().trimEnd().split('\n')
    expect(lines[0]).toBe(
      "crosses-line  Cut 1 (Shot 1 → Shot 2) crosses the line of action: the camera moves from the subject's left (62°) to its right (48°), so the subject appears to flip direction.",
    )
    expect(lines[lines.length - 1]).toMatch(/^1 continuity warning across 1 cut; \d+ route problems? \(routes checked: kling, .*\)\.$/)
    // every other line is one route problem of one shot
    for (const line of lines.slice(1, -1)) expect(line).toMatch(/^route {9}Shot [12] → [a-z-]+: .+$/)
  })

  it('reports the routes a shot cannot go to, one per shot and route', async () => {
    // 20 s is longer than every hosted route takes in one generation
    const p = cutProject([{ bearingDeg: 40, distanceM: 5 }])
    const long = { ...p, shots: [{ ...p.shots[0], durationS: 20 }] }
    const f = fakeIo({ 'p.json': serializeProject(long) })
    expect(await runCli(['check', 'p.json', '--json'], f.io)).toBe(0)
    const routes = (JSON.parse(f.stdout()) as CheckItem[]).filter((it) => it.kind === 'route')
    expect(routes.length).toBeGreaterThan(0)
    for (const r of routes) expect(r).toMatchObject({ kind: 'route', shot: 1, shotId: 'shot:1', code: expect.any(String), message: expect.any(String) })
    expect(new Set(routes.map((r) => r.route)).size).toBe(routes.length)
  })

  it('a missing or broken file, or a bad flag: one line, exit 2', async () => {
    const f = fakeIo({ 'bad.json': '{ nope' })
    expect(await runCli(['check', 'missing.json'], f.io)).toBe(2)
    expect(await runCli(['check', 'bad.json'], f.io)).toBe(2)
    expect(await runCli(['check', 'bad.json', '--jsn'], f.io)).toBe(2)
    const lines = f.stderr().trimEnd().split('\n')
    expect(lines).toHaveLength(3)
    for (const line of lines) expect(line).toMatch(/^framewright: /)
    expect(lines[0]).toContain("cannot read project file 'missing.json'")
    expect(f.stdout()).toBe('')
  })

  it('help lists it', async () => {
    const f = fakeIo()
    await runCli(['--help'], f.io)
    expect(f.stdout()).toContain('framewright check PROJECT [--json]')
  })
})
