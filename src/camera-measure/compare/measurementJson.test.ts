import { describe, expect, it } from 'vitest'
import { compareMotion } from './compare'
import { measurementJson, measurementSchema } from './measurementJson'
import { asMeasured, designOf } from './testing'

const META = { fps: 24, width: 1280, height: 720, hfovDeg: 54.432 }

describe('measurementJson', () => {
  it('has the contract fields in the contract order, rounded', () => {
    const d = designOf('dolly-in')
    const measured = asMeasured(d, (f) => ({ ...f, panDeg: f.panDeg + 0.123456 }))
    const json = measurementJson(measured.frames, META, compareMotion(d, measured))
    expect(Object.keys(json)).toEqual(['kind', 'version', 'fps', 'width', 'height', 'hfovDeg', 'frames', 'comparison'])
    expect(json).toMatchObject({ kind: 'framewright.measurement', version: 1, fps: 24, width: 1280, height: 720, hfovDeg: 54.43 })
    expect(json.frames).toHaveLength(d.frames.length)
    expect(Object.keys(json.frames[0])).toEqual(['t', 'panDeg', 'tiltDeg', 'rollDeg', 'zoom', 'parallax', 'travel'])
    expect(json.frames[0]).toEqual({ t: 0, panDeg: 0.12, tiltDeg: 0, rollDeg: 0, zoom: 1, parallax: false, travel: null })
    const moving = json.frames[60]
    expect(moving.t).toBe(2.5)
    expect(moving.parallax).toBe(true)
    expect(moving.travel).toEqual([0, 0, 1])
    expect(Object.keys(json.comparison ?? {})).toEqual(['score', 'channels', 'verdicts'])
    expect(Object.keys(json.comparison?.channels[0] ?? {})).toEqual(['channel', 'unit', 'designed', 'measured', 'score'])
    expect(json.comparison?.channels).toEqual([{ channel: 'dolly', unit: 'dir', designed: 1, measured: 1, score: 1 }])
    expect(measurementSchema.parse(JSON.parse(JSON.stringify(json)))).toEqual(json)
  })

  it('leaves comparison out without a project, and writes the contract example', () => {
    const json = measurementJson([{ t: 0, panDeg: 0, tiltDeg: 0, rollDeg: 0, zoom: 1, parallax: false, travel: null }], { fps: 24, width: 1280, height: 720, hfovDeg: 54.4 })
    expect(JSON.stringify(json)).toBe(
      '{"kind":"framewright.measurement","version":1,"fps":24,"width":1280,"height":720,"hfovDeg":54.4,"frames":[{"t":0,"panDeg":0,"tiltDeg":0,"rollDeg":0,"zoom":1,"parallax":false,"travel":null}]}',
    )
  })

  it('writes travel as null where there is no parallax', () => {
    const json = measurementJson([{ t: 0, panDeg: 0, tiltDeg: 0, rollDeg: 0, zoom: 1, parallax: false, travel: [0, 0, 1] }], META)
    expect(json.frames[0].travel).toBeNull()
  })

  it('refuses what the contract cannot hold, in one sentence', () => {
    expect(() => measurementJson([], META)).toThrow(/^The measurement cannot be written: frames /)
    expect(() => measurementJson([{ t: 0, panDeg: Number.NaN, tiltDeg: 0, rollDeg: 0, zoom: 1, parallax: false, travel: null }], META)).toThrow(/frames\.0\.panDeg/)
    expect(() => measurementJson([{ t: 0, panDeg: 0, tiltDeg: 0, rollDeg: 0, zoom: 0, parallax: false, travel: null }], META)).toThrow(/zoom/)
  })

  it('the schema rejects unknown fields and channel names', () => {
    const good = measurementJson([{ t: 0, panDeg: 0, tiltDeg: 0, rollDeg: 0, zoom: 1, parallax: false, travel: null }], META)
    expect(measurementSchema.safeParse({ ...good, extra: 1 }).success).toBe(false)
    const badChannel = { ...good, comparison: { score: 1, channels: [{ channel: 'crab', unit: 'deg', designed: 1, measured: 1, score: 1 }], verdicts: [] } }
    expect(measurementSchema.safeParse(badChannel).success).toBe(false)
    expect(measurementSchema.safeParse({ ...good, version: 2 }).success).toBe(false)
  })
})
