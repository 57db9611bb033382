/**
 * Tuning the camera-motion estimator in Node on the very renders the e2e spec and the bench measure
 * (src/camera-measure/validation/README.md). Two steps:
 *
 *   npx tsx bench/measureFrames.ts dump [--sources clean,high,low] [--moves pan,orbit] [--dir DIR]
 *     renders the validation moves in the e2e build (`vite build --mode e2e --outDir dist-e2e` first)
 *     and writes each run's grey frames to DIR (default $TMPDIR/framewright-validation-frames);
 *   npx tsx bench/measureFrames.ts measure [--sources ...] [--moves ...] [--dir DIR] [--detail]
 *     runs the estimator on them in Node and prints the errors and failures per move and source
 *     (about 4 s a run; `--detail` adds every frame, designed and measured).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createMotionEstimator, intrinsicsFromHfov } from '../src/camera-measure'
import { designedMotion } from '../src/camera-measure/compare'
import {
  CLEAN_BOUNDS,
  VALIDATION_DURATION_S,
  VALIDATION_FPS,
  VALIDATION_MOVES,
  channelErrors,
  shotHfovDeg,
  validationFailures,
  validationProject,
} from '../src/camera-measure/validation'
import { registryFor } from '../src/camera-presets/custom'
import { ENCODED_BOUNDS, type ValidationSource } from '../src/take-measurement/validation'
import { withStudioPage } from './browser'

const args = process.argv.slice(2)
const flag = (name: string) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args[i + 1] : undefined
}
const dir = flag('dir') ?? join(tmpdir(), 'framewright-validation-frames')
const sources = (flag('sources') ?? 'clean').split(',') as ValidationSource[]
const moves = flag('moves')?.split(',') ?? VALIDATION_MOVES.map((m) => m.id)
const fileOf = (move: string, source: string) => join(dir, `${move}-${source}`)

const dump = async () => {
  mkdirSync(dir, { recursive: true })
  // a string, not a function: tsx would put its own helpers (__name) into a function's source, and the page has none
  const inPage = `(async ({ sources, moves }) => {
    const out = []
    await window.__studio.measure.validate({ sources, moves, onFrames: (move, source, frames) => {
      const w = frames[0].widthPx, h = frames[0].heightPx
      const all = new Uint8Array(w * h * frames.length)
      frames.forEach((f, i) => all.set(f.luma, i * w * h))
      let s = ''
      for (let i = 0; i < all.length; i += 0x8000) s += String.fromCharCode(...all.subarray(i, i + 0x8000))
      out.push({ move, source, w, h, n: frames.length, data: btoa(s) })
    } })
    return out
  })(${JSON.stringify({ sources, moves })})`
  const runs = (await withStudioPage('dist-e2e', 900_000, (page) => page.evaluate(inPage))) as { move: string; source: string; w: number; h: number; n: number; data: string }[]
  for (const r of runs) {
    writeFileSync(`${fileOf(r.move, r.source)}.gray`, Buffer.from(r.data, 'base64'))
    writeFileSync(`${fileOf(r.move, r.source)}.json`, JSON.stringify({ widthPx: r.w, heightPx: r.h, frames: r.n }))
    console.log(`${r.move} ${r.source}: ${r.n} frames ${r.w}x${r.h}`)
  }
}

const f2 = (v: number) => (Number.isFinite(v) ? v.toFixed(2) : String(v))

const measure = () => {
  for (const move of VALIDATION_MOVES.filter((m) => moves.includes(m.id))) {
    const project = validationProject(move, VALIDATION_DURATION_S, VALIDATION_FPS)
    const designed = designedMotion(project, 0, registryFor(project), VALIDATION_FPS)
    for (const source of sources) {
      const base = fileOf(move.id, source)
      if (!existsSync(`${base}.gray`)) {
        console.log(`${move.id} ${source}: no frames (run dump first)`)
        continue
      }
      const { widthPx, heightPx, frames } = JSON.parse(readFileSync(`${base}.json`, 'utf8')) as { widthPx: number; heightPx: number; frames: number }
      const bytes = readFileSync(`${base}.gray`)
      const estimator = createMotionEstimator(intrinsicsFromHfov(shotHfovDeg(project, 0), widthPx, heightPx))
      const t0 = performance.now()
      for (let i = 0; i < frames; i++)
        estimator.push({ widthPx, heightPx, luma: new Uint8Array(bytes.buffer, bytes.byteOffset + i * widthPx * heightPx, widthPx * heightPx) })
      const measured = estimator.finish()
      const ms = performance.now() - t0
      const e = channelErrors(designed, measured)
      const failures = validationFailures(move, e, source === 'clean' ? CLEAN_BOUNDS : ENCODED_BOUNDS[source])
      const travel = e.travel ? `${f2(e.travel.meanAngleDeg)}° (${Math.round(e.travel.foundShare * 100)} %)` : '-'
      console.log(
        `${move.id.padEnd(10)} ${source.padEnd(5)} pan ${f2(e.rotationDeg.pan)} tilt ${f2(e.rotationDeg.tilt)} roll ${f2(e.rotationDeg.roll)} zoom ${f2(e.zoomRelative * 100)} % travel ${travel} false ${e.falseTravelFrames} ${Math.round(ms)} ms ${failures.length ? `FAIL: ${failures.join(' | ')}` : 'ok'}`,
      )
      if (args.includes('--detail'))
        measured.forEach((m, i) => {
          const d = designed.frames[i]
          console.log(`  ${i} designed pan ${f2(d.panDeg)} zoom ${f2(d.zoom)} travel ${d.travel?.map(f2) ?? '-'} | measured pan ${f2(m.panDeg)} tilt ${f2(m.tiltDeg)} roll ${f2(m.rollDeg)} zoom ${f2(m.zoom)} parallax ${m.parallax} (${f2(m.parallaxResidualPx)} px) travel ${m.travel?.map(f2) ?? '-'}${m.dollyZoom ? ' dolly zoom' : ''}`)
        })
    }
  }
}

const command = args[0]
if (command === 'dump') await dump()
else if (command === 'measure') measure()
else {
  console.error('usage: npx tsx bench/measureFrames.ts dump|measure [--sources clean,high,low] [--moves pan,orbit] [--dir DIR] [--detail]')
  process.exit(2)
}
