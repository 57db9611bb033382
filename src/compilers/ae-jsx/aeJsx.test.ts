import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { expectGolden } from '../__fixtures__/golden'
import { presetRegistry } from '../../camera-presets'
import { rotateVec3 } from '../../core/math/quat'
import { DEG_TO_RAD } from '../../core/units'
import { type Project, evaluateShot, updateShotSettings } from '../../timeline'
import { onePresetProject, smallProject } from '../__fixtures__/projects'
import { type Mat3, apply3, mat3FromQuat, multiply3, shotGate } from '../exact'
import { complexProject, fidelityOfFrames } from '../exact/testing'
import { describeRoundTrip, itIsExactOnNativeAndComplexShots } from '../exact/fidelitySuite'
import { compileShot, getTarget } from '../registry'
import { AE_PIXELS_PER_METRE, aeOrientationOf, aeRotationFromOrientation, continuousOrientation, parseAeJsx } from '.'

const compile = (project: Project = smallProject()) => {
  const r = compileShot('ae-jsx', project, 0, presetRegistry)
  if (!r.ok) throw new Error(r.error.message)
  return r
}

interface Keyed {
  readonly path: string
  readonly times: number[]
  readonly values: unknown[]
}

/** Runs the script against a stand-in of the After Effects scripting API and records what it does. */
const runInFakeAfterEffects = (script: string) => {
  const keyed: Keyed[] = []
  const log: string[] = []
  const property = (path: string): unknown => ({
    property: (name: string) => property(path ? `${path}/${name}` : name),
    setValuesAtTimes: (times: number[], values: unknown[]) => keyed.push({ path, times, values }),
  })
  const camera = { autoOrient: 'CAMERA_OR_POINT_OF_INTEREST', property: (name: string) => property(name) }
  let comp: unknown[] = []
  let cameraArgs: unknown[] = []
  const app = {
    beginUndoGroup: (name: string) => log.push(`begin ${name}`),
    endUndoGroup: () => log.push('end'),
    project: {
      items: {
        addComp: (...args: unknown[]) => {
          comp = args
          return {
            layers: {
              addCamera: (...a: unknown[]) => {
                cameraArgs = a
                return camera
              },
            },
            openInViewer: () => log.push('open'),
          }
        },
      },
    },
  }
  new Function('app', 'AutoOrientType', script)(app, { NO_AUTO_ORIENT: 'NO_AUTO_ORIENT' })
  return { keyed, log, comp, cameraArgs, camera }
}

const rx = (d: number): Mat3 => [1, 0, 0, 0, Math.cos(d * DEG_TO_RAD), -Math.sin(d * DEG_TO_RAD), 0, Math.sin(d * DEG_TO_RAD), Math.cos(d * DEG_TO_RAD)]
const ry = (d: number): Mat3 => [Math.cos(d * DEG_TO_RAD), 0, Math.sin(d * DEG_TO_RAD), 0, 1, 0, -Math.sin(d * DEG_TO_RAD), 0, Math.cos(d * DEG_TO_RAD)]
const rz = (d: number): Mat3 => [Math.cos(d * DEG_TO_RAD), -Math.sin(d * DEG_TO_RAD), 0, Math.sin(d * DEG_TO_RAD), Math.cos(d * DEG_TO_RAD), 0, 0, 0, 1]

describe('ae-jsx target', () => {
  it('is an exact export', () => {
    expect(getTarget('ae-jsx')).toMatchObject({ kind: 'export', exact: true, fileExtension: 'jsx' })
  })

  it('is plain ES3 (ExtendScript): no let/const, arrows or template strings', () => {
    const { text } = compile(complexProject())
    expect(text).not.toMatch(/\b(let|const)\s|=>|`/)
  })

  it('makes a comp of the shot size, fps and length with a camera keyed on every frame', () => {
    const project = updateShotSettings(smallProject(), 'shot:1', { aspect: '16:9', fps: 25, durationS: 2 })
    const run = runInFakeAfterEffects(compile(project).text)
    expect(run.comp).toEqual(['Shot 1', 1280, 720, 1, 2, 25])
    expect(run.cameraArgs).toEqual(['Framewright camera', [640, 360]])
    expect(run.camera.autoOrient).toBe('NO_AUTO_ORIENT')
    expect(run.log).toEqual(['begin Framewright camera', 'open', 'end'])
    expect(run.keyed.map((k) => k.path)).toEqual([
      'ADBE Transform Group/ADBE Position',
      'ADBE Transform Group/ADBE Orientation',
      'ADBE Camera Options Group/ADBE Camera Zoom',
      'ADBE Camera Options Group/ADBE Camera Focus Distance',
    ])
    for (const k of run.keyed) {
      expect(k.times).toHaveLength(50)
      expect(k.values).toHaveLength(50)
      k.times.forEach((t, i) => expect(t).toBe(i / 25))
    }
  })

  it('converts to AE axes: position in pixels (y down, z away), orientation Rx Ry Rz, zoom from the gate', () => {
    const project = complexProject()
    const shot = project.shots[0]
    const { width, height } = { width: 720, height: 1280 }
    const gate = shotGate(shot)
    const run = runInFakeAfterEffects(compile(project).text)
    const [position, orientation, zoom, focus] = run.keyed
    position.times.forEach((t, i) => {
      const f = evaluateShot(shot, Math.round(t * shot.fps) / shot.fps, presetRegistry) // key times are printed to 9 decimals
      const s = AE_PIXELS_PER_METRE
      const p = position.values[i] as number[]
      expect(p[0]).toBeCloseTo(width / 2 + s * f.position[0], 9)
      expect(p[1]).toBeCloseTo(height / 2 - s * f.position[1], 9)
      expect(p[2]).toBeCloseTo(-s * f.position[2], 9)
      const [a, b, c] = orientation.values[i] as number[]
      const r = multiply3(multiply3(rx(a), ry(b)), rz(c))
      // AE camera looks down its +Z, +Y is down the image; in AE world (x, -y, -z of ours)
      const forward = rotateVec3(f.quaternion, [0, 0, -1])
      const up = rotateVec3(f.quaternion, [0, 1, 0])
      const aeForward = apply3(r, [0, 0, 1])
      const aeDown = apply3(r, [0, 1, 0])
      ;[forward[0], -forward[1], -forward[2]].forEach((v, j) => expect(aeForward[j]).toBeCloseTo(v, 9))
      ;[-up[0], up[1], up[2]].forEach((v, j) => expect(aeDown[j]).toBeCloseTo(v, 9))
      expect(zoom.values[i]).toBeCloseTo((f.focalLengthMm * width) / gate.widthMm, 9)
      expect(focus.values[i]).toBeCloseTo(s * f.focusDistanceM, 9)
    })
  })

  it('keys orientation continuously: no 360-degree wraps or 180-degree flips through a full orbit, bullet time or a whip pan', () => {
    for (const id of ['orbit-360', 'bullet-time', 'whip-pan']) {
      const text = compile(onePresetProject(id)).text
      const keys = JSON.parse(`[${/var orientation = \[([\s\S]*?)\n {2}\];/.exec(text)![1]}]`) as number[][]
      for (let i = 1; i < keys.length; i++) for (let c = 0; c < 3; c++) expect(Math.abs(keys[i][c] - keys[i - 1][c]), `${id} key ${i}`).toBeLessThan(90)
    }
  })

  it('picks the equivalent orientation nearest the previous key, and it is the same rotation', () => {
    const next = continuousOrientation([-170, 80, 175], [170, 85, -178])
    expect(next).toEqual([190, 80, 175 - 360])
    const flipped = continuousOrientation([10, 80, 20], [-175, 95, -165])
    expect(flipped).toEqual([-170, 100, -160])
    const same = (a: readonly [number, number, number], b: readonly [number, number, number]) =>
      aeRotationFromOrientation(a).forEach((v, i) => expect(v).toBeCloseTo(aeRotationFromOrientation(b)[i], 12))
    same(flipped, [10, 80, 20])
  })

  it('decomposes any rotation into AE orientation and back, gimbal lock included (property)', () => {
    const check = (r: Mat3) => {
      const back = aeRotationFromOrientation(aeOrientationOf(r))
      back.forEach((v, i) => expect(v).toBeCloseTo(r[i], 9))
    }
    fc.assert(
      fc.property(fc.tuple(fc.double({ min: -1, max: 1, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true })).filter((q) => Math.hypot(...q) > 0.1), (q) => {
        const n = Math.hypot(...q)
        check(mat3FromQuat([q[0] / n, q[1] / n, q[2] / n, q[3] / n]))
      }),
      { numRuns: 300 },
    )
    for (const y of [90, -90]) for (const x of [0, 30, -120]) check(multiply3(multiply3(rx(x), ry(y)), rz(25)))
  })

  describeRoundTrip('round trip: reading our own script back gives the designed path, lens and focus', (project) => parseAeJsx(compile(project).text), {
    focus: true,
    cases: [['straight down (gimbal lock)', () => onePresetProject('top-down')]],
  })

  describe('fidelity', () => {
    itIsExactOnNativeAndComplexShots('ae-jsx')
    it('drops below 0.999 when one key of the script is wrong', () => {
      const project = onePresetProject('orbit-left')
      const { text } = compile(project)
      expect(fidelityOfFrames('ae-jsx', project, parseAeJsx(text))).toBeGreaterThanOrEqual(0.999)
      const start = text.indexOf('  var orientation = [')
      const lines = text.slice(start).split('\n')
      // key 40 turned 1 degree about AE's Y
      const [a, b, c] = JSON.parse(lines[41].trim().replace(/,$/, '')) as number[]
      lines[41] = `    [${a}, ${b + 1}, ${c}],`
      expect(fidelityOfFrames('ae-jsx', project, parseAeJsx(text.slice(0, start) + lines.join('\n')))).toBeLessThan(0.999)
    })
  })

  it('matches the committed golden file (UPDATE_GOLDEN=1 regenerates it)', () => {
    const { text } = compile(smallProject())
    expectGolden('ae-jsx.small.jsx', text)
  })
})
