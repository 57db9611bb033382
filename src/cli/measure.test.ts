/**
 * `framewright measure`: a camera panning through a 3D scene (rendered in the test by the
 * estimator's synthetic scene), read through the CLI: the JSON of the contract, the plain summary,
 * the comparison with a project's shot, one-line errors; and ffmpeg for real where it is installed
 * (CI installs Debian's), with the message that says how to install it where it is not.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { type GrayFrame, intrinsicsFromHfov } from '../camera-measure'
import { panoramaCloud, renderFrame } from '../camera-measure/testing/syntheticScene'
import { FFMPEG_MISSING, type VideoFrames, readVideoFrames } from './ffmpegVideo'
import { type CliIo, runCli } from './run'

const W = 320
const H = 180
const FPS = 24
const scene = panoramaCloud({ count: 9000, nearM: 3, farM: 30, azimuthDeg: 100, elevationDeg: 45, seed: 5 })
const smoothstep = (u: number) => u * u * (3 - 2 * u)

/** A pan to the right of `panDeg` (eased) over `count` frames, seen through a lens of `hfovDeg`. */
const panFrames = (panDeg: number, hfovDeg: number, count = 24): GrayFrame[] => {
  const { focalPx } = intrinsicsFromHfov(hfovDeg, W, H)
  // the synthetic camera's yaw turns left when positive, as the core's does
  return Array.from({ length: count }, (_, i) => renderFrame(scene, { position: [0, 0, 0], yawDeg: -panDeg * smoothstep(i / (count - 1)), pitchDeg: 0, rollDeg: 0, focalPx }, W, H, 40 + i, 2))
}

const videoOf = (frames: readonly GrayFrame[], fps = FPS): VideoFrames => ({
  fps,
  widthPx: 1280,
  heightPx: 720,
  frameWidthPx: W,
  frameHeightPx: H,
  frames: (async function* () {
    yield* frames
  })(),
})

const memoryIo = (files: Record<string, string>, video?: () => VideoFrames) => {
  const out = { stdout: '', stderr: '' }
  const io: CliIo = {
    readTextFile: async (p) => {
      if (!(p in files)) throw new Error('no such file or folder')
      return files[p]
    },
    writeFile: async () => undefined,
    stdout: (t) => void (out.stdout += t),
    stdoutBytes: () => undefined,
    stderr: (t) => void (out.stderr += t),
    readVideo: async (path) => {
      if (!video) throw new Error(`cannot read video '${path}': No such file or directory`)
      return video()
    },
  }
  return { io, out }
}

const newProject = async (args: string[]) => {
  let text = ''
  const io: CliIo = { readTextFile: async () => '', writeFile: async (_p, d) => void (text = String(d)), stdout: () => undefined, stdoutBytes: () => undefined, stderr: () => undefined }
  expect(await runCli(['new', ...args, '-o', 'p.json'], io)).toBe(0)
  return text
}

// Each test renders its synthetic video (9000 points a frame) and measures it: 4-8 s alone, more on a loaded 2-core machine.
describe('framewright measure', { timeout: 60_000 }, () => {
  it('--json: the contract object, one frame per video frame, the pan found', async () => {
    const { io, out } = memoryIo({}, () => videoOf(panFrames(20, 60)))
    expect(await runCli(['measure', 'take.mp4', '--fov', '60', '--json'], io)).toBe(0)
    const json = JSON.parse(out.stdout)
    expect(Object.keys(json)).toEqual(['kind', 'version', 'fps', 'width', 'height', 'hfovDeg', 'frames'])
    expect(json).toMatchObject({ kind: 'framewright.measurement', version: 1, fps: 24, width: 1280, height: 720, hfovDeg: 60 })
    expect(json.frames).toHaveLength(24)
    expect(json.frames[0]).toEqual({ t: 0, panDeg: 0, tiltDeg: 0, rollDeg: 0, zoom: 1, parallax: false, travel: null })
    const end = json.frames[23]
    expect(end.panDeg).toBeGreaterThan(19)
    expect(end.panDeg).toBeLessThan(21)
    expect(Math.abs(end.tiltDeg)).toBeLessThan(1)
    expect(Math.abs(end.zoom - 1)).toBeLessThan(0.02)
    expect(end.travel).toBeNull()
    expect(out.stderr).toBe('')
  })

  it('without --fov or a project: assumes 60 degrees and says what a wrong guess costs', async () => {
    const { io, out } = memoryIo({}, () => videoOf(panFrames(20, 60)))
    expect(await runCli(['measure', 'take.mp4'], io)).toBe(0)
    expect(out.stderr).toMatch(/^framewright: note: no --project or --fov: assuming a 60° horizontal field of view; if the lens differs by 15°/)
    expect(out.stdout).toMatch(/horizontal field of view 60\.0° \(assumed\)/)
    expect(out.stdout).toMatch(/at the end: pan (19\.\d|20\.\d)° right, tilt \d\.\d° (up|down)|at the end: pan (19\.\d|20\.\d)° right, tilt 0\.0°/)
    expect(out.stdout).toMatch(/the camera travels in 0 of 24 frames/)
  })

  it("--project: the shot's lens gives the field of view, and the take is scored against its design", async () => {
    // the pan's own 4 s at 6 fps: 24 frames, as the video below
    const project = await newProject(['--preset', 'pan-right', '--param', 'angle=20', '--fps', '6'])
    const hfov = 2 * Math.atan(36 / (2 * 35)) * (180 / Math.PI) // the default 35 mm on full frame, 16:9 gate 36 mm wide
    const good = memoryIo({ 'p.json': project }, () => videoOf(panFrames(20, hfov), 6))
    expect(await runCli(['measure', 'take.mp4', '--project', 'p.json', '--json'], good.io)).toBe(0)
    const json = JSON.parse(good.out.stdout)
    expect(json.hfovDeg).toBeCloseTo(hfov, 1)
    expect(json.comparison.verdicts).toEqual(['pan: 20 of 20 degrees, on time'])
    expect(json.comparison.score).toBeGreaterThan(0.9)

    const reversed = memoryIo({ 'p.json': project }, () => videoOf(panFrames(-20, hfov), 6))
    expect(await runCli(['measure', 'take.mp4', '--project', 'p.json'], reversed.io)).toBe(0)
    expect(reversed.out.stdout).toMatch(/- pan reversed: 20 degrees left where the design turns 20 right/)
    expect(reversed.out.stdout).toMatch(/followed: \d+ %/)
  })

  it.each([
    [['measure'], "'measure' needs a video file"],
    [['measure', 'a.mp4', '--fov', '0'], '--fov must be a horizontal field of view in degrees'],
    [['measure', 'a.mp4', '--shot', '2'], '--shot names a shot of --project FILE'],
    [['measure', 'a.mp4', '--project', 'missing.json'], "cannot read project file 'missing.json'"],
    [['measure', 'a.mp4', '--fov', '60'], "cannot read video 'a.mp4'"],
  ])('%j: one line, exit 2', async (args, message) => {
    const { io, out } = memoryIo({})
    expect(await runCli(args, io)).toBe(2)
    expect(out.stderr).toContain(message)
    expect(out.stderr.trim().split('\n')).toHaveLength(1)
    expect(out.stdout).toBe('')
  })

  it('without ffmpeg on the PATH: one sentence that says how to install it', async () => {
    const path = process.env.PATH
    process.env.PATH = '/nonexistent'
    try {
      await expect(readVideoFrames('take.mp4')).rejects.toThrow(FFMPEG_MISSING)
    } finally {
      process.env.PATH = path
    }
  })

  const hasFfmpeg = spawnSync('ffmpeg', ['-version']).status === 0 && spawnSync('ffprobe', ['-version']).status === 0

  it.runIf(hasFfmpeg)('reads an H.264 file through ffmpeg: the same pan, within a degree', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fw-measure-'))
    const raw = join(dir, 'frames.gray')
    writeFileSync(raw, Buffer.concat(panFrames(20, 60).map((f) => Buffer.from(f.luma))))
    const mp4 = join(dir, 'take.mp4')
    const enc = spawnSync('ffmpeg', ['-v', 'error', '-y', '-f', 'rawvideo', '-pix_fmt', 'gray', '-s', `${W}x${H}`, '-r', String(FPS), '-i', raw, '-c:v', 'libx264', '-crf', '18', '-pix_fmt', 'yuv420p', mp4])
    expect(enc.status, enc.stderr.toString()).toBe(0)
    const video = await readVideoFrames(mp4)
    expect(video).toMatchObject({ fps: 24, widthPx: W, heightPx: H })
    const { io, out } = memoryIo({}, () => video)
    expect(await runCli(['measure', mp4, '--fov', '60', '--json'], io)).toBe(0)
    const json = JSON.parse(out.stdout)
    expect(json.frames).toHaveLength(24)
    expect(json.frames[23].panDeg).toBeGreaterThan(19)
    expect(json.frames[23].panDeg).toBeLessThan(21)
  })
})
