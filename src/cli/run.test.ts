import { describe, expect, it } from 'vitest'
import '../exporters' // as main.ts does: the gltf target
import { parseGlb } from '../exporters/gltf'
import { loadProject } from '../schema'
import type { FidelityData } from './fidelity'
import { type CliIo, runCli } from './run'

/** An in-memory file system and captured streams. */
const fakeIo = (files: Record<string, string | Uint8Array> = {}, stdoutIsTerminal = false) => {
  const out: string[] = []
  const outBytes: Uint8Array[] = []
  const err: string[] = []
  const io: CliIo = {
    readTextFile: async (path) => {
      const file = files[path]
      if (file === undefined) throw new Error('no such file or folder')
      return typeof file === 'string' ? file : new TextDecoder().decode(file)
    },
    writeFile: async (path, data) => {
      if (path.startsWith('/readonly/')) throw new Error('permission denied')
      files[path] = data
    },
    stdout: (t) => void out.push(t),
    stdoutBytes: (b) => void outBytes.push(b),
    stdoutIsTerminal,
    stderr: (t) => void err.push(t),
  }
  return { io, files, stdout: () => out.join(''), stdoutBytes: () => outBytes, stderr: () => err.join('') }
}

const text = (data: string | Uint8Array | undefined): string => {
  if (typeof data !== 'string') throw new Error('expected a text file')
  return data
}

/** A project file made by `framewright new` with these arguments. */
const newProject = async (...args: string[]): Promise<string> => {
  const f = fakeIo()
  expect(await runCli(['new', ...args, '-o', 'p.json'], f.io)).toBe(0)
  return text(f.files['p.json'])
}

describe('runCli', () => {
  it('prints help', async () => {
    const f = fakeIo()
    expect(await runCli(['--help'], f.io)).toBe(0)
    expect(f.stdout()).toContain('framewright compile PROJECT --target ID')
  })

  it('lists presets as a table and as JSON', async () => {
    const table = fakeIo()
    expect(await runCli(['presets'], table.io)).toBe(0)
    expect(table.stdout()).toMatch(/^orbit-left\s+Orbit left\s+orbit\s+angle deg 0\.\.360 default 90$/m)
    const json = fakeIo()
    expect(await runCli(['presets', '--json'], json.io)).toBe(0)
    const data = JSON.parse(json.stdout()) as { id: string; parameters: { name: string; unit?: string; min?: number; max?: number; default: unknown }[] }[]
    expect(data.find((p) => p.id === 'orbit-left')?.parameters).toEqual([
      { name: 'angle', label: 'Angle', kind: 'number', unit: 'deg', min: 0, max: 360, default: 90 },
    ])
  })

  it('lists targets as a table and as JSON', async () => {
    const table = fakeIo()
    expect(await runCli(['targets'], table.io)).toBe(0)
    expect(table.stdout()).toMatch(/^trajectory\s+Trajectory \(JSON\)\s+export\s+/m)
    const json = fakeIo()
    await runCli(['targets', '--json'], json.io)
    const targets = JSON.parse(json.stdout()) as { id: string; kind: string; exact: boolean; constraints: object }[]
    expect(targets[0]).toMatchObject({ id: 'trajectory', kind: 'export', exact: true, constraints: {} })
    expect(targets.find((t) => t.id === 'gltf')).toMatchObject({ kind: 'export', exact: true })
  })

  it('new --prompt: the subject replaces the placeholder in compiled prompts', async () => {
    const f = fakeIo({ 'p.json': await newProject('--preset', 'pan-left', '--duration', '5', '--prompt', 'A lighthouse at dusk, waves below') })
    expect(await runCli(['compile', 'p.json', '--target', 'kling'], f.io)).toBe(0)
    const payload = JSON.parse(f.stdout()) as { prompt: string }
    expect(payload.prompt).toMatch(/^A lighthouse at dusk, waves below\. Camera: /)
    expect(f.stdout()).not.toContain('[Describe your subject')
  })

  it('new writes a loadable project; compile turns it into a trajectory', async () => {
    const f = fakeIo()
    expect(await runCli(['new', '--preset', 'orbit-left', '--param', 'angle=90', '--fps', '12', '-o', 'p.json'], f.io)).toBe(0)
    expect(f.stdout()).toBe('')
    const loaded = loadProject(text(f.files['p.json']))
    expect(loaded.ok && loaded.project.shots[0].durationS).toBe(6)
    expect(await runCli(['compile', 'p.json', '--target', 'trajectory', '-o', 't.json'], f.io)).toBe(0)
    expect(JSON.parse(text(f.files['t.json'])).frames).toHaveLength(72)
  })

  it('compile writes binary targets as bytes: a .glb file, or bytes on a piped stdout', async () => {
    const f = fakeIo({ 'p.json': await newProject('--preset', 'orbit-left', '--fps', '12') })
    expect(await runCli(['compile', 'p.json', '--target', 'gltf', '-o', 'shot.glb'], f.io)).toBe(0)
    const glb = f.files['shot.glb']
    if (!(glb instanceof Uint8Array)) throw new Error('the .glb was not written as bytes')
    expect(new TextDecoder().decode(glb.subarray(0, 4))).toBe('glTF')
    expect(parseGlb(glb).json.animations?.[0].channels).toHaveLength(2)
    expect(await runCli(['compile', 'p.json', '--target', 'gltf'], f.io)).toBe(0)
    expect(f.stdoutBytes()).toHaveLength(1)
    expect(f.stdoutBytes()[0]).toEqual(glb)
    expect(f.stdout()).toBe('')
  })

  it('compile refuses to print a binary file to a terminal (exit 2, nothing written)', async () => {
    const f = fakeIo({ 'p.json': await newProject('--preset', 'dolly-in') }, true)
    expect(await runCli(['compile', 'p.json', '--target', 'gltf'], f.io)).toBe(2)
    expect(f.stderr()).toBe("framewright: 'gltf' is a binary file (.glb): write it with -o FILE or pipe it\n")
    expect(f.stdoutBytes()).toEqual([])
    expect(Object.keys(f.files)).toEqual(['p.json'])
  })

  it('without -o, prints to stdout', async () => {
    const f = fakeIo()
    await runCli(['new', '--preset', 'dolly-in'], f.io)
    expect(loadProject(f.stdout()).ok).toBe(true)
  })

  it.each([
    [['new', '--preset', 'moonwalk', '-o', 'p.json'], "framewright: unknown preset 'moonwalk' (see 'framewright presets')\n"],
    [['new', '--preset', 'orbit-left', '--param', 'angle=400', '-o', 'p.json'], "framewright: --param angle=400: angle must be between 0 and 360 deg (preset 'orbit-left')\n"],
    [['compile', 'missing.json', '--target', 'trajectory', '-o', 'out.json'], "framewright: cannot read project file 'missing.json': no such file or folder\n"],
    [['compile', 'broken.json', '--target', 'trajectory', '-o', 'out.json'], 'framewright: broken.json: This file is not valid JSON'],
    [['compile', 'good.json', '--target', 'betamax', '-o', 'out.json'], "framewright: Unknown target 'betamax'. Known targets: trajectory, "],
    [['compile', 'good.json', '--target', 'gltf', '--shot', '3', '-o', 'out.glb'], 'framewright: Shot 3 does not exist; the project has 1 shot.\n'],
    [['compile', 'good.json', '--target', 'trajectory', '--shot', '2', '-o', 'out.json'], 'framewright: Shot 2 does not exist; the project has 1 shot.\n'],
    [['new', '--preset', 'dolly-in', '-o', '/readonly/p.json'], "framewright: cannot write '/readonly/p.json': permission denied\n"],
    [['frobnicate'], "framewright: unknown command 'frobnicate'"],
  ])('bad input %j: one line on stderr, exit 2, nothing written', async (argv, message) => {
    const good = fakeIo()
    await runCli(['new', '--preset', 'dolly-in', '-o', 'good.json'], good.io)
    const f = fakeIo({ 'good.json': good.files['good.json'], 'broken.json': '{ nope' })
    const before = Object.keys(f.files).sort()
    expect(await runCli(argv, f.io)).toBe(2)
    expect(f.stderr().startsWith(message)).toBe(true)
    expect(f.stderr().trimEnd().split('\n')).toHaveLength(1)
    expect(f.stdout()).toBe('')
    expect(Object.keys(f.files).sort()).toEqual(before)
  })
})

describe('runCli fidelity', () => {
  it('prints a table of every target, best score first, with what survives', async () => {
    const f = fakeIo({ 'p.json': await newProject('--preset', 'pan-left', '--preset', 'zoom-in', '--together', '--fps', '12') })
    expect(await runCli(['fidelity', 'p.json'], f.io)).toBe(0)
    const lines = f.stdout().split('\n')
    expect(lines[0]).toBe('Shot 1 "Shot 1": 4 s at 12 fps, 16:9. ' + lines[0].split('16:9. ')[1])
    expect(lines[0]).toMatch(/\d+ targets, best first\.$/)
    expect(lines[2]).toMatch(/^TARGET\s+KIND\s+SCORE\s+KEPT \/ APPROXIMATED \/ DROPPED$/)
    expect(f.stdout()).toMatch(/^trajectory\s+export\s+1\.000\s+kept: /m)
    expect(f.stdout()).toMatch(/^gltf\s+export\s+1\.000\s+kept: .*zoom kept as an animated yfov/m)
    // the scores down the SCORE column never go up (n/a last)
    const scores = lines.slice(3).flatMap((l) => /^\S+\s+(?:payload|export)\s+(\S+)/.exec(l)?.[1] ?? [])
    const numeric = scores.map((s) => (s === 'n/a' ? -1 : Number(s)))
    expect(numeric.length).toBeGreaterThanOrEqual(2)
    expect([...numeric].sort((a, b) => b - a)).toEqual(numeric)
    expect(f.stderr()).toBe('')
  })

  it('--json gives the same data: shot, then per target score and lists, or the error', async () => {
    const f = fakeIo({ 'p.json': await newProject('--preset', 'orbit-left', '--fps', '12') })
    expect(await runCli(['fidelity', 'p.json', '--json', '--shot', '1'], f.io)).toBe(0)
    const data = JSON.parse(f.stdout()) as FidelityData
    expect(data.shot).toEqual({ number: 1, name: 'Shot 1', durationS: 6, fps: 12, aspect: '16:9' })
    const trajectory = data.targets.find((t) => t.id === 'trajectory')
    expect(trajectory).toMatchObject({ label: 'Trajectory (JSON)', kind: 'export', exact: true, ok: true, approximated: [], dropped: [], warnings: [] })
    expect(trajectory?.score).toBeGreaterThanOrEqual(0.999)
    for (const t of data.targets) {
      if (t.ok) {
        expect(t.score).toBeGreaterThanOrEqual(0)
        expect(t.score).toBeLessThanOrEqual(1)
        expect(Array.isArray(t.kept) && Array.isArray(t.approximated) && Array.isArray(t.dropped)).toBe(true)
      } else expect(t).toMatchObject({ score: null, error: { message: expect.any(String) } })
    }
    const ranks = data.targets.map((t) => t.score ?? -1)
    expect([...ranks].sort((a, b) => b - a)).toEqual(ranks)
  })

  it('shows a target that cannot take the shot as n/a: its message', async () => {
    const { formatFidelity } = await import('./fidelity')
    const out = formatFidelity(
      {
        shot: { number: 1, name: 'A', durationS: 12, fps: 24, aspect: '16:9' },
        targets: [
          { id: 'trajectory', label: 'T', kind: 'export', exact: true, ok: true, score: 1, kept: ['the whole path, frame by frame'], approximated: [], dropped: [], warnings: [] },
          { id: 'kling', label: 'K', kind: 'payload', exact: false, ok: false, score: null, error: { code: 'constraint', message: 'Kling takes 5 or 10 s; this shot is 12 s.' } },
        ],
      },
      false,
    )
    expect(out).toMatch(/^kling\s+payload\s+n\/a\s+n\/a: Kling takes 5 or 10 s; this shot is 12 s\.$/m)
    expect(out).toMatch(/^trajectory\s+export\s+1\.000\s+kept: the whole path, frame by frame$/m)
  })

  it.each([
    [['fidelity', 'missing.json'], "framewright: cannot read project file 'missing.json': no such file or folder\n"],
    [['fidelity', 'broken.json'], 'framewright: broken.json: This file is not valid JSON'],
    [['fidelity', 'good.json', '--shot', '2'], 'framewright: Shot 2 does not exist; the project has 1 shot.\n'],
    [['fidelity', 'good.json', '--shot', 'two'], "framewright: --shot must be a shot number from 1 (got 'two')\n"],
    [['fidelity'], "framewright: 'fidelity' needs a project file\n"],
    [['fidelity', 'good.json', '--target', 'kling'], "framewright: unknown option '--target' for 'fidelity'"],
  ])('bad input %j: one line on stderr, exit 2, nothing on stdout', async (argv, message) => {
    const f = fakeIo({ 'good.json': await newProject('--preset', 'dolly-in'), 'broken.json': '{ nope' })
    expect(await runCli(argv, f.io)).toBe(2)
    expect(f.stderr().startsWith(message)).toBe(true)
    expect(f.stderr().trimEnd().split('\n')).toHaveLength(1)
    expect(f.stdout()).toBe('')
  })
})

describe('projects with custom presets', () => {
  it('compile and report fidelity through the project’s own presets (the definition travels with the file)', async () => {
    const { readFileSync } = await import('node:fs')
    const fixture = readFileSync(new URL('../schema/fixtures/project.v3.json', import.meta.url), 'utf8')
    expect(fixture).toContain('custom:')
    const f = fakeIo({ 'p.json': fixture })
    // shot 3 is one clip of the project's custom preset
    expect(await runCli(['compile', 'p.json', '--target', 'trajectory', '--shot', '3', '-o', 't.json'], f.io)).toBe(0)
    const frames = JSON.parse(text(f.files['t.json'])).frames as unknown[]
    expect(frames.length).toBeGreaterThan(1)
    expect(await runCli(['fidelity', 'p.json', '--shot', '3', '--json'], f.io)).toBe(0)
    expect(f.stderr()).toBe('')
  })
})
