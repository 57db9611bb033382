import { describe, expect, it } from 'vitest'
import { expectGolden } from '../__fixtures__/golden'
import { presetRegistry } from '../../camera-presets'
import { type Project, createProject, updateShotSettings } from '../../timeline'
import { onePresetProject, smallProject } from '../__fixtures__/projects'
import { shotGate, spreadTimes } from '../exact'
import { complexProject, fidelityOfFrames} from '../exact/testing'
import { describeRoundTrip, itIsExactOnNativeAndComplexShots } from '../exact/fidelitySuite'
import { parseRealEstate10K } from '../realestate10k'
import { compileShot, getTarget } from '../registry'
import { COMFY_NODE_CLASSES, type ComfyGraph, START_IMAGE_PLACEHOLDER, cameraConditionsOf, parseWanCameraWorkflow, wanFrameCount } from '.'

const compile = (project: Project = smallProject()) => {
  const r = compileShot('comfyui-wan-camera', project, 0, presetRegistry)
  if (!r.ok) throw new Error(r.error.message)
  return r
}
const graphOf = (text: string) => JSON.parse(text) as ComfyGraph
const readBack = (project: Project, text: string) => parseWanCameraWorkflow(text, { durationS: project.shots[0].durationS, gate: shotGate(project.shots[0]) })

const isLink = (v: unknown): v is [string, number] => Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && Number.isInteger(v[1])

/** Loads as an API prompt: every link is [existing node id, valid output index] of the right type; class types are documented. */
const structuralProblems = (graph: ComfyGraph): string[] => {
  const problems: string[] = []
  for (const [id, node] of Object.entries(graph)) {
    if (!/^\d+$/.test(id)) problems.push(`${id}: node ids are numeric strings`)
    if (typeof node.class_type !== 'string' || typeof node.inputs !== 'object') {
      problems.push(`${id}: not {class_type, inputs}`)
      continue
    }
    const spec = COMFY_NODE_CLASSES[node.class_type]
    if (!spec) {
      problems.push(`${id}: undocumented class_type ${node.class_type}`)
      continue
    }
    for (const name of spec.required) if (!(name in node.inputs)) problems.push(`${id}.${name}: required input missing`)
    for (const [name, value] of Object.entries(node.inputs)) {
      if (Array.isArray(value) && !isLink(value)) problems.push(`${id}.${name}: an array that is not a [nodeId, outputIndex] link`)
      if (!isLink(value)) {
        if (name in spec.linkTypes && spec.linkTypes[name] !== 'STRING') problems.push(`${id}.${name}: needs a link`)
        continue
      }
      const source = graph[value[0]]
      if (!source) {
        problems.push(`${id}.${name}: links to missing node ${value[0]}`)
        continue
      }
      const outputs = COMFY_NODE_CLASSES[source.class_type]?.outputs ?? []
      if (value[1] < 0 || value[1] >= outputs.length) problems.push(`${id}.${name}: ${source.class_type} has no output ${value[1]}`)
      else if (spec.linkTypes[name] !== outputs[value[1]]) problems.push(`${id}.${name}: ${outputs[value[1]]} into ${spec.linkTypes[name] ?? 'a widget'}`)
    }
  }
  return problems
}

describe('comfyui-wan-camera target', () => {
  it('is an exact export at 16 fps with the 4k+1 rule and a start image', () => {
    expect(getTarget('comfyui-wan-camera')).toMatchObject({ kind: 'export', exact: true, constraints: { fps: 16, needsStartImage: true } })
  })

  describe('the API-format graph', () => {
    it.each([
      ['the small fixture', smallProject],
      ['a complex shot', complexProject],
    ])('loads as an API prompt for %s: links resolve, types match, class types are documented', (_, make) => {
      const graph = graphOf(compile(make()).text)
      expect(structuralProblems(graph)).toEqual([])
    })

    it('the structural check catches a dangling link and an unknown node', () => {
      const graph = graphOf(compile().text) as Record<string, { class_type: string; inputs: Record<string, unknown> }>
      graph['6'].inputs.start_image = ['99', 0]
      graph['8'] = { class_type: 'WanCameraEmbedding', inputs: {} }
      graph['7'].inputs.images = ['4', 1]
      expect(structuralProblems(graph as unknown as ComfyGraph)).toEqual([
        '6.start_image: links to missing node 99',
        '7.images: MASK into IMAGE',
        '8: undocumented class_type WanCameraEmbedding',
      ])
    })

    it('has the model loader, prompts, a placeholder start image and the path wired to camera_conditions', () => {
      const r = compile()
      const graph = graphOf(r.text)
      const byClass = (c: string) => Object.entries(graph).filter(([, n]) => n.class_type === c)
      expect(byClass('LoadWanFunModel')[0][1].inputs).toMatchObject({ model: 'Wan2.1-Fun-V1.1-1.3B-Control-Camera', model_type: 'Control' })
      expect(byClass('LoadImage')[0][1].inputs).toEqual({ image: START_IMAGE_PLACEHOLDER })
      const [samplerId, sampler] = byClass('WanFunV2VSampler')[0]
      expect(samplerId).toBeDefined()
      expect(sampler.inputs.start_image).toEqual([byClass('LoadImage')[0][0], 0])
      expect(sampler.inputs.camera_conditions).toEqual([byClass('PrimitiveStringMultiline')[0][0], 0])
      expect(graph[(sampler.inputs.prompt as [string, number])[0]].inputs.prompt).toMatch(/camera/)
      expect(byClass('VHS_VideoCombine')[0][1].inputs.frame_rate).toBe(16)
      expect(r.warnings[0]).toMatchObject({ message: expect.stringMatching(/Replace the start image/), fix: { kind: 'note' } })
    })

    it('embeds RealEstate10K rows without the timestamp, and video_length = rows = 4k+1', () => {
      const project = onePresetProject('orbit-left')
      const { rows, videoLength } = cameraConditionsOf(graphOf(compile(project).text))
      expect(videoLength).toBe(97)
      expect(rows).toHaveLength(97)
      expect((videoLength - 1) % 4).toBe(0)
      // same columns as our RealEstate10K file for the same camera
      const re = compileShot('realestate10k', project, 0, presetRegistry)
      if (!re.ok) throw new Error(re.error.message)
      const re10k = parseRealEstate10K(re.text).rows[0]
      expect(rows[0]).toEqual([re10k.fx, re10k.fy, re10k.cx, re10k.cy, 0, 0, ...re10k.w2c])
    })
  })

  describe('frame counts: the shot resampled to the nearest 4k+1 at 16 fps', () => {
    it.each([
      [5, 81, false],
      [1, 17, false],
      [4, 65, false],
      [1.1, 17, true],
      [0.3, 5, true],
      [10, 161, false],
    ])('%s s -> %s frames (duration warning: %s)', (durationS, frames, warned) => {
      expect(wanFrameCount(durationS)).toBe(frames)
      const project = updateShotSettings(createProject(), 'shot:1', { durationS })
      const r = compile(project)
      expect(cameraConditionsOf(graphOf(r.text)).videoLength).toBe(frames)
      expect(r.warnings.some((w) => /is resampled to/.test(w.message))).toBe(warned)
      expect(readBack(project, r.text).map((f) => f.t)).toEqual(spreadTimes(frames, durationS))
    })

    it('warns past the 81 trained frames and refuses more than 161, with fixes', () => {
      const long = compile(updateShotSettings(createProject(), 'shot:1', { durationS: 8 }))
      expect(long.warnings.some((w) => /trained on 81 frames/.test(w.message) && w.fix?.kind === 'split')).toBe(true)
      const r = compileShot('comfyui-wan-camera', updateShotSettings(createProject(), 'shot:1', { durationS: 12 }), 0, presetRegistry)
      expect(r.ok).toBe(false)
      if (!r.ok) {
        expect(r.error.code).toBe('constraint')
        expect(r.error.message).toMatch(/at most 161 frames/)
        expect(r.error.fixes?.map((f) => f.kind)).toEqual(['trim', 'split'])
      }
    })
  })

  describeRoundTrip('round trip: the embedded rows read back give the designed path', (project) => readBack(project, compile(project).text), {
    frames: (project) => wanFrameCount(project.shots[0].durationS),
  })

  describe('fidelity', () => {
    itIsExactOnNativeAndComplexShots('comfyui-wan-camera')
    it('drops below 0.999 when one embedded row is wrong', () => {
      const project = onePresetProject('orbit-left')
      const { text } = compile(project)
      expect(fidelityOfFrames('comfyui-wan-camera', project, readBack(project, text))).toBeGreaterThanOrEqual(0.999)
      const graph = graphOf(text) as Record<string, { class_type: string; inputs: Record<string, unknown> }>
      const rows = JSON.parse(graph['5'].inputs.value as string) as number[][]
      rows[30][9] += 0.05
      graph['5'].inputs.value = JSON.stringify(rows)
      expect(fidelityOfFrames('comfyui-wan-camera', project, readBack(project, JSON.stringify(graph)))).toBeLessThan(0.999)
    })
  })

  it('matches the committed golden file (UPDATE_GOLDEN=1 regenerates it)', () => {
    const { text } = compile(smallProject())
    // the embedded camera text is compared as numbers too
    expectGolden('comfyui-wan-camera.small.json', text, (json) => {
      const g = json as Record<string, { inputs: Record<string, unknown> }>
      g['5'].inputs.value = JSON.parse(g['5'].inputs.value as string)
      return g
    })
  })
})
