import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { expectGolden } from '../__fixtures__/golden'
import { PRESETS, createClip, getPreset, presetRegistry } from '../../camera-presets'
import { type Project, addClip, createProject, updateShotSettings } from '../../timeline'
import { smallProject } from '../__fixtures__/projects'
import { buildContext } from '../context'
import { compileWithContext } from '../registry'
import { MINIMAX_COMMANDS, type MinimaxPayload, minimaxBrackets, minimaxTarget } from '.'


/** Presets laid back to back on one track, each `eachS` long (or its own length), like onePresetProject with several clips. */
const sequence = (clips: readonly [string, Record<string, number | string>?, number?][], eachS?: number): Project => {
  let p = createProject()
  let t = 0
  clips.forEach(([id, params, durationS], i) => {
    const preset = getPreset(id)!
    const d = durationS ?? eachS ?? preset.defaultDurationS
    p = addClip(p, 'shot:1', 'shot:1/track:1', createClip(preset, `shot:1/clip:${i + 1}`, t, params, d))
    t += d
  })
  return updateShotSettings(p, 'shot:1', { durationS: t })
}
const compile = (project: Project) => compileWithContext(minimaxTarget, buildContext(project, 0, presetRegistry))
const ok = (project: Project) => {
  const r = compile(project)
  if (!r.ok) throw new Error(r.error.message)
  return { ...r, payload: r.payload as MinimaxPayload }
}
const promptBrackets = (prompt: string) => [...prompt.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1].split(','))

/** Presets whose default size is one clear command whatever the subject distance. */
const PRIMARY: Readonly<Record<string, string>> = {
  'pan-left': 'Pan left',
  'pan-right': 'Pan right',
  'tilt-up': 'Tilt up',
  'tilt-down': 'Tilt down',
  'zoom-in': 'Zoom in',
  'zoom-out': 'Zoom out',
  'push-in': 'Push in',
  'pull-out': 'Pull out',
  handheld: 'Shake',
  static: 'Static shot',
}

describe('minimax target', () => {
  it('matches the committed golden file', () => {
    const r = ok(smallProject())
    expectGolden('minimax.small.json', r.text)
  })

  it('writes brackets in time order for a sequence, with a strict prompt', () => {
    const { payload } = ok(sequence([['pan-left', { angle: 30 }, 4], ['push-in', undefined, 6]]))
    expect(payload).toEqual({ model: 'MiniMax-Hailuo-02', prompt: 'Camera: [Pan left], then [Push in].', duration: 10, resolution: '768P', prompt_optimizer: false })
  })

  it('puts brackets in time order, at most 3 documented commands each (random sequences of presets)', () => {
    const ids = PRESETS.map((p) => p.id)
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ids), { minLength: 1, maxLength: 4 }), (chosen) => {
        const project = sequence(
          chosen.map((id) => [id]),
          2.5,
        )
        const ctx = buildContext(project, 0, presetRegistry)
        const brackets = minimaxBrackets(ctx.analysis)
        const r = compileWithContext(minimaxTarget, ctx)
        if (!r.ok) throw new Error(r.error.message)
        const written = promptBrackets((r.payload as MinimaxPayload).prompt)
        expect(written).toEqual(brackets.map((b) => [...b.commands]))
        brackets.forEach((b, i) => {
          expect(b.commands.length).toBeGreaterThan(0)
          expect(b.commands.length).toBeLessThanOrEqual(3)
          for (const c of b.commands) expect(MINIMAX_COMMANDS).toContain(c)
          expect(b.endS).toBeGreaterThan(b.startS)
          if (i > 0) expect(b.startS).toBeGreaterThanOrEqual(brackets[i - 1].endS - 1e-9)
        })
      }),
      { numRuns: 60 },
    )
  })

  it('follows the order of the clips: bracket order equals time order (random sequences of clear moves)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...Object.keys(PRIMARY)), { minLength: 1, maxLength: 4 }), (drawn) => {
        const chosen = drawn.filter((id, i) => i === 0 || id !== drawn[i - 1])
        const { payload } = ok(
          sequence(
            chosen.map((id) => [id]),
            2.5,
          ),
        )
        const written = promptBrackets(payload.prompt)
        // one bracket per clip, in clip order, each naming the clip's move (a pull-out after a tilt also rises)
        expect(written).toHaveLength(chosen.length)
        written.forEach((commands, i) => expect(commands).toContain(PRIMARY[chosen[i]]))
      }),
      { numRuns: 80 },
    )
  })

  it('keeps its native pan left then push in (>= 0.9)', () => {
    const r = ok(sequence([['pan-left', { angle: 30 }, 4], ['push-in', undefined, 6]]))
    expect(r.fidelity.score).toBeGreaterThanOrEqual(0.9)
    expect(r.fidelity.kept).toEqual(['pan kept: written as [Pan left]', 'dolly kept: written as [Push in]'])
  })

  it('approximates an orbit as truck + pan and scores it low (< 0.6)', () => {
    const r = ok(sequence([['orbit-left']]))
    expect(r.payload.prompt).toBe('Camera: [Pan right,Truck left].')
    expect(r.fidelity.score).toBeLessThan(0.6)
    expect(r.fidelity.approximated).toContain('orbit approximated: MiniMax has no orbit command; written as [Truck left] + [Pan right]')
  })

  it('writes no more than three commands at once', () => {
    const ctx = buildContext(sequence([['fpv-drone']]), 0, presetRegistry)
    expect(minimaxBrackets(ctx.analysis).every((b) => b.commands.length <= 3)).toBe(true)
  })

  it.each([
    [5, 6],
    [7, 6],
    [8, 10],
    [9.5, 10],
  ])('renders the nearest duration: %s s -> %s s', (durationS, expected) => {
    const { payload, warnings } = ok(sequence([['pan-left', undefined, durationS]]))
    expect(payload.duration).toBe(expected)
    expect(payload.resolution).toBe(expected === 6 ? '1080P' : '768P')
    expect(warnings[0].message).toMatch(new RegExp(`^MiniMax renders ${expected} s`))
  })

  it('refuses a shot over 10 s, offering trim and split', () => {
    const r = compile(sequence([['pan-left', undefined, 12]]))
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.error.code).toBe('constraint')
    expect(r.error.fixes).toEqual([
      { kind: 'trim', toS: 10, label: 'Trim the shot to 10 s' },
      { kind: 'split', parts: 2, label: 'Split into two chained generations' },
    ])
  })
})
