/**
 * Benchmark cases, each measured beside a baseline in the same run so the figure is a ratio that
 * survives a noisy machine. Pose evaluation is compared with composing the same number of three.js
 * matrices from position + quaternion + scale (what any renderer does per frame). Compiling a shot
 * for every target (with fidelity) is compared with JSON.stringify of the same 1440 frames once per
 * target (the least any per-target export has to do).
 */
import { Matrix4, Quaternion, Vector3 } from 'three'
import { createClip, getPreset, presetRegistry } from '../src/camera-presets'
import { COMPILE_TARGETS, compileAllTargets } from '../src/compilers'
import '../src/exporters' // the three.js-based targets (gltf) join the registry
import { addClip, createProject, evaluateShot, sampleShot, type Project } from '../src/timeline'

export interface BenchCase {
  readonly name: string
  readonly unit: string
  /** Runs `n` operations of the measured code. */
  readonly run: (n: number) => void
  /** Runs `n` operations of the baseline. */
  readonly baseline: (n: number) => void
  readonly baselineLabel: string
}

/** A 60 s shot with six moves over two tracks, some overlapping. */
export const benchProject = (): Project => {
  let p = createProject()
  const shot = p.shots[0]
  const [t1, t2] = shot.tracks
  const lay = (track: string, id: string, start: number, dur: number) =>
    (p = addClip(p, shot.id, track, createClip(getPreset(id)!, `clip:${id}:${start}`, start, undefined, dur)))
  lay(t1.id, 'dolly-zoom-in', 0, 10)
  lay(t1.id, 'orbit-left', 10, 20)
  lay(t1.id, 'crane-up', 30, 15)
  lay(t1.id, 'whip-pan', 45, 1)
  lay(t2.id, 'handheld', 0, 60)
  lay(t2.id, 'zoom-in', 20, 20)
  return p
}

export const createCases = (): BenchCase[] => {
  const project = benchProject()
  const shot = project.shots[0]
  const m = new Matrix4()
  const pos = new Vector3()
  const q = new Quaternion()
  const s = new Vector3(1, 1, 1)
  let sink = 0
  const frames = sampleShot(shot, presetRegistry)
  const cases: BenchCase[] = [
    {
      name: 'pose evaluation (6 moves, 60 s shot)',
      unit: 'poses/s',
      run: (n) => {
        for (let i = 0; i < n; i++) sink += evaluateShot(shot, (i % 1440) / 24, presetRegistry).position[0]
      },
      baseline: (n) => {
        for (let i = 0; i < n; i++) {
          pos.set(i, 1, 2)
          q.set(0, Math.sin(i), 0, Math.cos(i)).normalize()
          sink += m.compose(pos, q, s).elements[12]
        }
      },
      baselineLabel: 'three.js Matrix4.compose',
    },
    {
      name: 'sample a 60 s shot at 24 fps (1440 frames)',
      unit: 'shots/s',
      run: (n) => {
        for (let i = 0; i < n; i++) sink += sampleShot(shot, presetRegistry).length
      },
      baseline: (n) => {
        for (let i = 0; i < n * 1440; i++) {
          pos.set(i, 1, 2)
          q.set(0, Math.sin(i), 0, Math.cos(i)).normalize()
          sink += m.compose(pos, q, s).elements[12]
        }
      },
      baselineLabel: '1440 x three.js Matrix4.compose',
    },
    {
      name: `compile a 60 s shot at 24 fps for every target (${COMPILE_TARGETS.length}), with fidelity`,
      unit: 'all-target compiles/s',
      run: (n) => {
        for (let i = 0; i < n; i++) {
          for (const { result } of compileAllTargets(project, 0, presetRegistry)) sink += result.ok ? result.fidelity.score : -1
        }
      },
      baseline: (n) => {
        for (let i = 0; i < n; i++) for (let t = 0; t < COMPILE_TARGETS.length; t++) sink += JSON.stringify(frames).length
      },
      baselineLabel: `JSON.stringify 1440 frames x ${COMPILE_TARGETS.length}`,
    },
  ]
  // keep the results observable so no engine can drop the work
  ;(globalThis as { __benchSink?: () => number }).__benchSink = () => sink
  return cases
}

export interface BenchResult {
  readonly name: string
  readonly unit: string
  readonly opsPerSecond: number
  readonly baselineLabel: string
  readonly baselineOpsPerSecond: number
  /** Measured time per op over baseline time per op. */
  readonly ratioToBaseline: number
}

const timeIt = (fn: (n: number) => void, n: number): number => {
  const t0 = performance.now()
  fn(n)
  return Math.max(1e-6, (performance.now() - t0) / 1000)
}

/** Interleaves measured and baseline runs and keeps the best of `rounds` for each. */
export const measure = (c: BenchCase, n: number, rounds: number): BenchResult => {
  c.run(Math.max(1, n >> 3))
  c.baseline(Math.max(1, n >> 3))
  let best = Infinity
  let bestBase = Infinity
  for (let r = 0; r < rounds; r++) {
    best = Math.min(best, timeIt(c.run, n))
    bestBase = Math.min(bestBase, timeIt(c.baseline, n))
  }
  return {
    name: c.name,
    unit: c.unit,
    opsPerSecond: n / best,
    baselineLabel: c.baselineLabel,
    baselineOpsPerSecond: n / bestBase,
    ratioToBaseline: best / bestBase,
  }
}
