import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PRESETS, createClip } from '../camera-presets'
import { type ParamValue, addClip, createProject } from '../timeline'
import { loadProject, serializeProject } from '.'

/** A preset with random valid values for some of its params. */
const clipArb = fc.constantFrom(...PRESETS).chain((preset) =>
  fc
    .tuple(
      ...preset.params.map((spec) =>
        spec.kind === 'number'
          ? spec.integer
            ? fc.integer({ min: Math.ceil(spec.min), max: Math.floor(spec.max) })
            : fc.double({ min: spec.min, max: spec.max, noNaN: true })
          : fc.constantFrom(...spec.options.map((o) => o.value)),
      ),
      fc.double({ min: 0, max: 20, noNaN: true }),
    )
    .map((values) => {
      const params: Record<string, ParamValue> = {}
      preset.params.forEach((spec, i) => (params[spec.name] = values[i] as ParamValue))
      return { preset, params, startS: values[values.length - 1] as number }
    }),
)

describe('serializeProject / loadProject', () => {
  it('round-trips projects with random valid clips', () => {
    fc.assert(
      fc.property(fc.array(clipArb, { maxLength: 6 }), (clips) => {
        let project = createProject()
        clips.forEach((c, i) => {
          const track = `shot:1/track:${(i % 2) + 1}`
          project = addClip(project, 'shot:1', track, createClip(c.preset, `shot:1/clip:${i + 1}`, c.startS, c.params))
        })
        // equal up to JSON (which writes -0 as 0)
        expect(loadProject(serializeProject(project))).toEqual({ ok: true, project: JSON.parse(JSON.stringify(project)) })
      }),
      { numRuns: 200 },
    )
  })
})
