/** End to end: the real executable, spawned as a user would run it. */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { serializeProject } from '../schema'
import { sampleProject } from '../share-links/fixtures/sampleProject'

const root = fileURLToPath(new URL('../..', import.meta.url))
const dir = mkdtempSync(join(tmpdir(), 'framewright-cli-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const framewright = (...args: string[]) => {
  const r = spawnSync(process.execPath, [join(root, 'bin/framewright.mjs'), ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe('bin/framewright.mjs', { timeout: 60_000 }, () => {
  it('new then compile --target trajectory', () => {
    const project = join(dir, 'shot.json')
    const trajectory = join(dir, 'shot.trajectory.json')
    const made = framewright('new', '--preset', 'orbit-left', '--param', 'angle=120', '--preset', 'crane-up', '--together', '--fps', '24', '-o', project)
    expect(made).toEqual({ code: 0, stdout: '', stderr: '' })
    const compiled = framewright('compile', project, '--target', 'trajectory', '-o', trajectory)
    expect(compiled.code).toBe(0)
    const t = JSON.parse(readFileSync(trajectory, 'utf8'))
    expect(t).toMatchObject({ kind: 'framewright.trajectory', version: 1, fps: 24, width: 1280, height: 720 })
    expect(t.frames).toHaveLength(144)
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })

  it('bad input: one line on stderr, exit 2, no output file', () => {
    const out = join(dir, 'never.json')
    const r = framewright('new', '--preset', 'orbit-left', '--param', 'angle=999', '-o', out)
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toBe("framewright: --param angle=999: angle must be between 0 and 360 deg (preset 'orbit-left')\n")
    expect(existsSync(out)).toBe(false)
  })

  it('an invalid project file: exit 2 naming the bad field, no output file', () => {
    const project = join(dir, 'bad.json')
    const out = join(dir, 'bad.trajectory.json')
    const made = framewright('new', '--preset', 'dolly-in')
    writeFileSync(project, made.stdout.replace('"fps": 24', '"fps": -24'))
    const r = framewright('compile', project, '--target', 'trajectory', '-o', out)
    expect(r.code).toBe(2)
    expect(r.stderr).toBe(`framewright: ${project}: fps must be greater than 0\n`)
    expect(existsSync(out)).toBe(false)
  })

  it('unknown flag and unknown target', () => {
    expect(framewright('presets', '--yaml')).toMatchObject({ code: 2, stdout: '' })
    const project = join(dir, 'ok.json')
    framewright('new', '-o', project)
    const r = framewright('compile', project, '--target', 'betamax')
    expect(r).toMatchObject({ code: 2, stdout: '' })
    expect(r.stderr).toMatch(/^framewright: Unknown target 'betamax'\. Known targets: trajectory, .*\bgltf\b.*\.\n$/)
  })

  it('compile --target gltf writes a binary .glb; fidelity lists it', () => {
    const project = join(dir, 'glb.json')
    const glb = join(dir, 'shot.glb')
    framewright('new', '--preset', 'orbit-left', '--fps', '12', '-o', project)
    expect(framewright('compile', project, '--target', 'gltf', '-o', glb)).toEqual({ code: 0, stdout: '', stderr: '' })
    const bytes = readFileSync(glb)
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('glTF')
    expect(bytes.readUInt32LE(4)).toBe(2)
    expect(bytes.readUInt32LE(8)).toBe(bytes.length)
    const fidelity = framewright('fidelity', project, '--json')
    expect(fidelity.code).toBe(0)
    const ids = (JSON.parse(fidelity.stdout) as { targets: { id: string; score: number | null }[] }).targets.map((t) => t.id)
    expect(ids).toEqual(expect.arrayContaining(['trajectory', 'gltf']))
  })

  it('link prints a share link that open turns back into the project; a cut link: exit 2, no file', () => {
    const project = join(dir, 'linked.json')
    writeFileSync(project, serializeProject(sampleProject()))
    const link = framewright('link', project)
    expect(link).toMatchObject({ code: 0, stderr: '' })
    expect(link.stdout).toMatch(/^#p=[A-Za-z0-9_-]+\n$/)
    const opened = join(dir, 'opened.json')
    expect(framewright('open', `http://127.0.0.1:5173/${link.stdout.trim()}`, '-o', opened)).toEqual({ code: 0, stdout: '', stderr: '' })
    const clips = JSON.parse(readFileSync(opened, 'utf8')).project.shots[0].tracks[0].clips
    expect(clips.map((c: { presetId: string }) => c.presetId)).toEqual(['aerial-reveal', 'orbit-left'])
    const cut = framewright('open', link.stdout.trim().slice(0, 30), '-o', join(dir, 'never-opened.json'))
    expect(cut.code).toBe(2)
    expect(cut.stderr).toMatch(/^framewright: This link is incomplete: .*\n$/)
    expect(existsSync(join(dir, 'never-opened.json'))).toBe(false)
  })

  it('presets --json and --help exit 0', () => {
    const presets = framewright('presets', '--json')
    expect(presets.code).toBe(0)
    expect(JSON.parse(presets.stdout).length).toBeGreaterThan(30)
    expect(framewright('--help')).toMatchObject({ code: 0, stderr: '' })
  })
})
