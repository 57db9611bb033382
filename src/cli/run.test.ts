import { describe, expect, it } from 'vitest'
import { loadProject } from '../schema'
import { type CliIo, runCli } from './run'

/** An in-memory file system and captured streams. */
const fakeIo = (files: Record<string, string> = {}) => {
  const out: string[] = []
  const err: string[] = []
  const io: CliIo = {
    readTextFile: async (path) => {
      if (!(path in files)) throw new Error('no such file or folder')
      return files[path]
    },
    writeTextFile: async (path, text) => {
      if (path.startsWith('/readonly/')) throw new Error('permission denied')
      files[path] = text
    },
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
  }
  return { io, files, stdout: () => out.join(''), stderr: () => err.join('') }
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
    expect(JSON.parse(json.stdout())[0]).toMatchObject({ id: 'trajectory', kind: 'export', constraints: {} })
  })

  it('new writes a loadable project; compile turns it into a trajectory', async () => {
    const f = fakeIo()
    expect(await runCli(['new', '--preset', 'orbit-left', '--param', 'angle=90', '--fps', '12', '-o', 'p.json'], f.io)).toBe(0)
    expect(f.stdout()).toBe('')
    const loaded = loadProject(f.files['p.json'])
    expect(loaded.ok && loaded.project.shots[0].durationS).toBe(6)
    expect(await runCli(['compile', 'p.json', '--target', 'trajectory', '-o', 't.json'], f.io)).toBe(0)
    expect(JSON.parse(f.files['t.json']).frames).toHaveLength(72)
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
    [['compile', 'good.json', '--target', 'betamax', '-o', 'out.json'], "framewright: Unknown target 'betamax'. Known targets: trajectory.\n"],
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
