import { describe, expect, it } from 'vitest'
import { presetRegistry } from '../../camera-presets'
import { type Project, setShotPrompt, updateShotSettings } from '../../timeline'
import { compileShot, hasPlaceholder, needsSubjectPrompt } from '..'
import { onePresetProject } from '../__fixtures__/projects'
import { SUBJECT_PLACEHOLDER } from './text'
import { subjectLead, subjectText } from './subject'

const SUBJECT = 'A woman in a red coat on a rainy street at night, neon reflections, 35 mm film look'
const NEGATIVE = 'text, watermark, extra limbs'

/** A 5 s, 16:9 pan every hosted target accepts. */
const baseProject = (): Project => updateShotSettings(onePresetProject('pan-left'), 'shot:1', { durationS: 5, aspect: '16:9' })
const withPrompt = (subject: string, negative = ''): Project => setShotPrompt(baseProject(), 'shot:1', { subject, negative })

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any
/** Where each prompt-bearing target puts the prompt and (where the route has one) the negative prompt. */
const FIELDS: Record<string, { prompt: (p: Json) => string; negative?: (p: Json) => unknown; placeholder: boolean }> = {
  kling: { prompt: (p) => p.prompt, negative: (p) => p.negative_prompt, placeholder: true },
  luma: { prompt: (p) => p.prompt, placeholder: true },
  'veo-vertex': { prompt: (p) => p.instances[0].prompt, negative: (p) => p.parameters.negativePrompt, placeholder: true },
  veo: { prompt: (p) => p.instances[0].prompt, negative: (p) => p.parameters.negativePrompt, placeholder: true },
  sora: { prompt: (p) => p.prompt, placeholder: true },
  runway: { prompt: (p) => p.promptText, placeholder: true },
  seedance: { prompt: (p) => p.content[0].text, placeholder: false },
  pixverse: { prompt: (p) => p.prompt, negative: (p) => p.negative_prompt, placeholder: false },
  minimax: { prompt: (p) => p.prompt, placeholder: false },
  higgsfield: { prompt: (p) => p.prompt, placeholder: false },
  prompt: { prompt: (p) => p.prompt, negative: (p) => p.negativePrompt, placeholder: false },
}

const compiled = (targetId: string, project: Project): { text: string; payload: Json } => {
  const r = compileShot(targetId, project, 0, presetRegistry)
  if (!r.ok) throw new Error(`${targetId}: ${r.error.message}`)
  return { text: r.text, payload: r.payload ?? JSON.parse(r.text) }
}

describe("the shot's subject in prompts", () => {
  it('reads the subject as a sentence, or the placeholder when unset', () => {
    expect(subjectText({ prompt: { subject: `  ${SUBJECT}\n`, negative: '' } })).toBe(`${SUBJECT}.`)
    expect(subjectText({ prompt: { subject: 'A fox. At dawn!', negative: '' } })).toBe('A fox. At dawn!')
    expect(subjectText({ prompt: { subject: '   ', negative: '' } })).toBe(SUBJECT_PLACEHOLDER)
    expect(subjectLead({ prompt: { subject: '', negative: '' } })).toBe('')
    expect(subjectLead({ prompt: { subject: 'A fox', negative: '' } })).toBe('A fox. ')
    expect(needsSubjectPrompt({ prompt: { subject: ' \n', negative: 'blur' } })).toBe(true)
    expect(needsSubjectPrompt({ prompt: { subject: 'A fox', negative: '' } })).toBe(false)
    expect(hasPlaceholder(`{"prompt": "${SUBJECT_PLACEHOLDER} Camera: pan left."}`)).toBe(true)
    expect(hasPlaceholder('{"prompt": "A fox. Camera: pan left."}')).toBe(false)
  })

  describe.each(Object.keys(FIELDS))('%s', (targetId) => {
    const f = FIELDS[targetId]

    it('without a subject: the placeholder where the target had one, no negative field', () => {
      const { text, payload } = compiled(targetId, baseProject())
      expect(hasPlaceholder(text)).toBe(f.placeholder)
      if (f.placeholder) expect(f.prompt(payload).startsWith(`${SUBJECT_PLACEHOLDER} `)).toBe(true)
      else expect(f.prompt(payload)).not.toContain(SUBJECT)
      expect(f.negative?.(payload)).toBeUndefined()
    })

    it('with a subject: it opens the prompt in place of the placeholder, and the negative lands in its field', () => {
      const { text, payload } = compiled(targetId, withPrompt(SUBJECT, NEGATIVE))
      expect(hasPlaceholder(text)).toBe(false)
      expect(f.prompt(payload).startsWith(`${SUBJECT}. `)).toBe(true)
      expect(f.prompt(payload)).toMatch(/Camera|camera|shot/)
      if (f.negative) expect(f.negative(payload)).toBe(NEGATIVE)
      else expect(text).not.toContain(NEGATIVE)
    })

    it('the subject changes nothing else in the payload', () => {
      const plain = compiled(targetId, baseProject()).payload
      const own = compiled(targetId, withPrompt(SUBJECT)).payload
      expect(f.prompt(own)).toBe(`${SUBJECT}. ${f.prompt(plain).replace(`${SUBJECT_PLACEHOLDER} `, '')}`)
    })
  })

  it('prompt: the text target writes the negative prompt on its own line', () => {
    const { text } = compiled('prompt', withPrompt(SUBJECT, NEGATIVE))
    expect(text.split('\n')).toEqual([expect.stringMatching(new RegExp(`^${SUBJECT}\\. One continuous 5 s shot\\. Camera: `)), `Negative prompt: ${NEGATIVE}`, ''])
  })

  it('comfyui-wan-camera: the subject and negative replace the generic prompts of the workflow', () => {
    const plain = JSON.parse(compiled('comfyui-wan-camera', baseProject()).text)
    const own = JSON.parse(compiled('comfyui-wan-camera', withPrompt(SUBJECT, NEGATIVE)).text)
    expect(own['2'].inputs.prompt).toBe(`${SUBJECT}.`)
    expect(own['3'].inputs.prompt).toBe(NEGATIVE)
    expect(plain['2'].inputs.prompt).not.toContain(SUBJECT)
    expect({ ...own, 2: plain['2'], 3: plain['3'] }).toEqual(plain)
  })

  it('runway: a subject too long for promptText is a constraint error; a long one cuts camera spans with a warning', () => {
    const tooLong = compileShot('runway', withPrompt('x'.repeat(1990)), 0, presetRegistry)
    expect(tooLong.ok ? '' : tooLong.error.message).toMatch(/subject text is 1991 characters; Runway's promptText takes at most 1000/)
    const r = compileShot('runway', withPrompt('y'.repeat(950)), 0, presetRegistry)
    if (!r.ok) throw new Error(r.error.message)
    expect((r.payload as { promptText: string }).promptText.length).toBeLessThanOrEqual(1000)
  })

  it('minimax: a subject that pushes the prompt over 2000 characters asks to shorten it', () => {
    const r = compileShot('minimax', withPrompt('z'.repeat(1995)), 0, presetRegistry)
    expect(r.ok ? '' : r.error.message).toMatch(/shorten the shot's subject text/)
  })
})
