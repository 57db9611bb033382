/**
 * MiniMax Hailuo (director models): the camera as bracketed commands inside the prompt, up to three
 * at once in a bracket, brackets in time order for moves one after another.
 */
import { CHANNEL_LABELS, type MotionAnalysis, type MotionSegment } from '../analysis/types'
import { NOMINAL_SHAKE } from '../calibration'
import { SCORED_CHANNELS, normalizedChannel } from '../fidelity'
import { type Channels, addChannels, distanceAfter, fmtS, jsonText, nearestDuration, subjectLead, tooLongError, seconds, aspectError } from '../hosted'
import { channelNotes } from '../hosted'
import type { CompileTarget, CompileWarning, ImpliedSegment } from '../types'
import { MAX_PER_BRACKET, type MinimaxCommand, commandChannels, commandsFor, spanCommands } from './commands'

export { MAX_PER_BRACKET, MINIMAX_COMMANDS, orbitAsTruckAndPan, spanCommands } from './commands'
export type { MinimaxCommand } from './commands'

export const MINIMAX_DURATIONS = [6, 10] as const
export const MINIMAX_MODEL = 'MiniMax-Hailuo-02'
const MAX_PROMPT_CHARS = 2000

export interface MinimaxBracket {
  /** Design seconds the bracket stands for. */
  readonly startS: number
  readonly endS: number
  readonly commands: readonly MinimaxCommand[]
}

export interface MinimaxPayload {
  readonly model: typeof MINIMAX_MODEL
  readonly prompt: string
  readonly duration: 6 | 10
  readonly resolution: '1080P' | '768P'
  readonly prompt_optimizer: false
}

const holds = (seg: MotionSegment) =>
  seg.shake.rotationDeg / 0.25 < 0.1 && SCORED_CHANNELS.every((c) => Math.abs(normalizedChannel(c, seg.channels[c], seg.subjectDistanceM)) < 0.1 || c === 'focusRatio')

/** The brackets of a design, in time order: one per span (identical neighbours merged); spans MiniMax cannot say get none. */
export const minimaxBrackets = (analysis: MotionAnalysis): MinimaxBracket[] => {
  const out: { startS: number; endS: number; commands: MinimaxCommand[] }[] = []
  for (const seg of analysis.segments.length > 0 ? analysis.segments : [analysis.total]) {
    let commands = spanCommands(seg)
    if (commands.length === 0 && holds(seg)) commands = ['Static shot']
    if (commands.length === 0) continue
    const last = out[out.length - 1]
    if (last && Math.abs(last.endS - seg.startS) < 1e-9 && last.commands.join() === commands.join()) last.endS = seg.endS
    else out.push({ startS: seg.startS, endS: seg.endS, commands })
  }
  return out
}

/** The prompt: each bracket in time order, commands comma-separated as the vendor writes them. */
export const minimaxPrompt = (brackets: readonly MinimaxBracket[]): string =>
  brackets.length === 0 ? 'Camera: a natural camera move.' : `Camera: ${brackets.map((b) => `[${b.commands.join(',')}]`).join(', then ')}.`

/** What the brackets say: each bracket's commands at their fixed size over its span of the generated clip (scaled by `k`). */
export const minimaxImplied = (brackets: readonly MinimaxBracket[], startDistanceM: number, k: number): ImpliedSegment[] => {
  let d = startDistanceM
  return brackets.map((b): ImpliedSegment => {
    const channels = b.commands.reduce<Channels>((acc, cmd) => addChannels(acc, commandChannels(cmd, d)), {})
    d = distanceAfter(channels, d)
    return { startS: b.startS * k, endS: b.endS * k, channels, ...(b.commands.includes('Shake') ? { shake: NOMINAL_SHAKE } : {}) }
  })
}

const NO_COMMAND: Partial<Record<string, string>> = {
  rollDeg: 'MiniMax has no roll command',
  subjectSpinDeg: 'MiniMax has no command for a turning subject',
  focusRatio: 'MiniMax has no focus command',
  orbitDeg: 'MiniMax has no orbit command',
}

export const minimaxTarget: CompileTarget = {
  id: 'minimax',
  label: 'MiniMax Hailuo (director)',
  kind: 'payload',
  fileExtension: 'json',
  mediaType: 'application/json',
  exact: false,
  description:
    'A request body for MiniMax video generation (POST /v1/video_generation): the camera as bracketed director commands in the prompt, in time order, up to three at once.',
  constraints: {
    durationsS: [...MINIMAX_DURATIONS],
    maxDurationS: 10,
    maxSimultaneousMoves: MAX_PER_BRACKET,
    channels: ['panDeg', 'tiltDeg', 'truckM', 'pedestalM', 'dollyM', 'zoomRatio', 'followM', 'shake'],
    models: [MINIMAX_MODEL, 'MiniMax-Hailuo-2.3', 'T2V-01-Director', 'I2V-01-Director'],
    needsStartImage: false,
    notes: [
      'Only the 15 documented commands: [Truck left/right], [Pan left/right], [Push in], [Pull out], [Pedestal up/down], [Tilt up/down], [Zoom in/out], [Shake], [Tracking shot], [Static shot].',
      'At most 3 commands in a bracket (moves at once); brackets run in prompt order, which is time order here; each command has one fixed size.',
      'An orbit is written as truck + pan the other way (orbit left = [Truck left,Pan right]); roll, subject turn and focus have no command.',
      'duration 6 or 10 s (the nearest; 1080P renders 6 s only, so 10 s uses 768P); prompt_optimizer false for strict adherence.',
      'Text to video is 16:9; for another aspect or a start frame add first_frame_image (Hailuo-02, or I2V-01-Director: 6 s, 720P).',
    ],
  },
  compile: (ctx) => {
    if (ctx.durationS > 10 + 1e-6) return { ok: false, error: tooLongError(`MiniMax renders at most ${seconds(10)}`, 10, ctx.analysis) }
    const { analysis } = ctx
    const brackets = minimaxBrackets(analysis)
    const camera = minimaxPrompt(brackets)
    const prompt = `${subjectLead(ctx.shot)}${camera}`
    if (prompt.length > MAX_PROMPT_CHARS && camera.length <= MAX_PROMPT_CHARS)
      return {
        ok: false,
        error: {
          code: 'constraint',
          message: `The MiniMax prompt would be ${prompt.length} characters (the limit is ${MAX_PROMPT_CHARS}): shorten the shot's subject text by ${prompt.length - MAX_PROMPT_CHARS}.`,
          fixes: [{ kind: 'note', label: 'Shorten the subject text' }],
        },
      }
    if (prompt.length > MAX_PROMPT_CHARS)
      return {
        ok: false,
        error: {
          code: 'constraint',
          message: `The MiniMax prompt would be ${prompt.length} characters (the limit is ${MAX_PROMPT_CHARS}): split the shot into 2 chained generations.`,
          fixes: [{ kind: 'split', parts: 2, label: 'Split into 2 chained generations' }],
        },
      }
    const duration = nearestDuration(ctx.durationS, MINIMAX_DURATIONS) as 6 | 10
    const payload: MinimaxPayload = { model: MINIMAX_MODEL, prompt, duration, resolution: duration === 6 ? '1080P' : '768P', prompt_optimizer: false }
    const startDistance = (analysis.segments[0] ?? analysis.total).subjectDistanceM
    const implied = minimaxImplied(brackets, startDistance, duration / ctx.durationS)
    const used = new Set(brackets.flatMap((b) => b.commands))
    const notes = channelNotes(analysis, implied, (channel, verdict) => {
      const said = commandsFor(channel).filter((cmd) => used.has(cmd))
      const as = said.length > 0 ? `written as ${said.map((cmd) => `[${cmd}]`).join(' + ')}` : ''
      if (channel === 'orbitDeg') return as ? { verdict: 'approximated', text: `${NO_COMMAND.orbitDeg}; ${as}` } : `${NO_COMMAND.orbitDeg}`
      if (verdict === 'dropped') return NO_COMMAND[channel] ?? (as ? `${as}, but little of it lands in the spans that have it` : `no room in a bracket of ${MAX_PER_BRACKET}, or too small for a command`)
      if (channel === 'focusRatio') return 'the subject stays sharp as the camera moves'
      return verdict === 'kept' ? as : `${as}, each command at one fixed size`
    })
    const warnings: CompileWarning[] = []
    if (Math.abs(duration - ctx.durationS) > 0.05)
      warnings.push({
        message: `MiniMax renders ${duration} s and this shot is ${fmtS(ctx.durationS)} s, so its moves play ${duration > ctx.durationS ? 'slower' : 'faster'} than designed.`,
        fix: { kind: 'trim', toS: duration, label: `Make the shot ${duration} s` },
      })
    if (ctx.shot.aspect !== '16:9') {
      const { message, fixes } = aspectError('MiniMax text to video', ctx.shot.aspect, ['16:9'])
      warnings.push({ message: `${message} Or send a start frame as first_frame_image.`, fix: fixes?.[0] })
    }
    if (brackets.length === 0) warnings.push({ message: `No MiniMax command fits this move (${CHANNEL_LABELS.rollDeg}, subject turn or focus only).` })
    return { ok: true, output: { text: jsonText(payload), payload, implied: { kind: 'segments', segments: implied }, notes, warnings } }
  },
}
