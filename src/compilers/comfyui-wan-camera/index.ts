import { focusNotCarriedNotes, shortNum, shotGate, spreadTimes } from '../exact'
import type { CompileTarget, CompileWarning } from '../types'
import { chainPartCount, needsSubjectPrompt, negativeText, subjectText } from '../hosted'
import { START_IMAGE_PLACEHOLDER, WAN_FPS, WAN_MAX_FRAMES, WAN_MODEL, WAN_TRAINED_FRAMES, buildWanCameraWorkflow, parseWanCameraWorkflow, wanFrameCount } from './workflow'

export * from './workflow'

const fmtS = (s: number) => `${shortNum(s)} s`
const MAX_DURATION_S = (WAN_MAX_FRAMES - 1) / WAN_FPS
/** A chained split cuts parts no longer than the model was trained on. */
const TRAINED_DURATION_S = (WAN_TRAINED_FRAMES - 1) / WAN_FPS

export const comfyWanCameraTarget: CompileTarget = {
  id: 'comfyui-wan-camera',
  label: 'ComfyUI Wan Fun Camera (workflow JSON)',
  kind: 'export',
  fileExtension: 'json',
  mediaType: 'application/json',
  exact: true,
  description:
    'A complete ComfyUI API-format workflow for Wan2.1 Fun Camera (VideoX-Fun nodes) with the exact per-frame camera path embedded as RealEstate10K-style rows; POST it to /prompt as {"prompt": ...} or queue it from a script.',
  constraints: {
    fps: WAN_FPS,
    maxDurationS: MAX_DURATION_S,
    chainPartMaxS: TRAINED_DURATION_S,
    frameRule: `4k+1 frames at ${WAN_FPS} fps (trained on ${WAN_TRAINED_FRAMES} = 5 s; at most ${WAN_MAX_FRAMES}); the shot is resampled to the nearest count`,
    needsStartImage: true,
    models: [WAN_MODEL, 'Wan2.1-Fun-V1.1-14B-Control-Camera'],
    notes: [
      'Needs the VideoX-Fun ComfyUI nodes (LoadWanFunModel, FunTextBox, WanFunV2VSampler) and VideoHelperSuite (VHS_VideoCombine).',
      `Start image: the LoadImage node names ${START_IMAGE_PLACEHOLDER}; upload frame 1 of the shot under that name (or pick another file) before queueing.`,
      'The camera path is a JSON list of rows [fx, fy, cx, cy, 0, 0, world-to-camera 3x4 in OpenCV axes] in a PrimitiveStringMultiline node wired to the sampler\'s camera_conditions (core WanCameraEmbedding takes presets only).',
      'Intrinsics are pre-compensated for the sampler\'s 1280x720 assumption, so the designed field of view holds at the shot aspect.',
      'Translation is in metres; the Wan Fun presets move about 1.5 units per clip.',
      'No focus distance.',
    ],
  },
  compile: (ctx) => {
    const n = wanFrameCount(ctx.durationS)
    if (ctx.durationS > MAX_DURATION_S + 1e-9) {
      const parts = Math.max(2, chainPartCount(ctx.analysis, TRAINED_DURATION_S))
      return {
        ok: false,
        error: {
          code: 'constraint',
          message: `Wan Fun Camera makes at most ${WAN_MAX_FRAMES} frames (${fmtS(MAX_DURATION_S)} at ${WAN_FPS} fps); this shot is ${fmtS(ctx.durationS)}. Trim it or split it into ${parts} parts.`,
          fixes: [
            { kind: 'trim', toS: MAX_DURATION_S, label: `Trim to ${fmtS(MAX_DURATION_S)}` },
            { kind: 'split', parts, label: `Split into ${parts} chained parts` },
          ],
        },
      }
    }
    const times = spreadTimes(n, ctx.durationS)
    const frames = times.map((t) => ctx.frameAt(t))
    const gate = shotGate(ctx.shot)
    // the shot's own words when it has them, else the workflow's generic prompts
    const subject = needsSubjectPrompt(ctx.shot) ? undefined : subjectText(ctx.shot)
    const graph = buildWanCameraWorkflow({ frames, gate, prompt: subject, negativePrompt: negativeText(ctx.shot), shotLabel: ctx.shot.name })
    const text = `${JSON.stringify(graph, null, 2)}\n`
    const warnings: CompileWarning[] = [
      {
        message: `Replace the start image: the LoadImage node names ${START_IMAGE_PLACEHOLDER}. Upload frame 1 of the shot under that name, or pick your own file in ComfyUI.`,
        fix: { kind: 'note', label: `Upload the first frame as ${START_IMAGE_PLACEHOLDER}` },
      },
    ]
    const playedS = (n - 1) / WAN_FPS
    if (Math.abs(playedS - ctx.durationS) > 1e-9) {
      const speed = ctx.durationS / playedS
      const pct = Math.abs(speed - 1) * 100
      warnings.push({
        message: `Wan Fun Camera plays 4k+1 frames at ${WAN_FPS} fps: the ${fmtS(ctx.durationS)} shot is resampled to ${n} frames (${fmtS(playedS)}), so the move plays ${pct < 1 ? pct.toFixed(1) : Math.round(pct)}% ${speed > 1 ? 'faster' : 'slower'}.`,
      })
    }
    if (n > WAN_TRAINED_FRAMES) {
      const parts = Math.max(2, chainPartCount(ctx.analysis, TRAINED_DURATION_S))
      warnings.push({
        message: `Wan Fun Camera was trained on ${WAN_TRAINED_FRAMES} frames; ${n} frames may drift. Consider splitting the shot.`,
        fix: { kind: 'split', parts, label: `Split into ${parts} chained parts` },
      })
    }
    // fidelity reads the embedded camera rows back
    const implied = parseWanCameraWorkflow(text, { durationS: ctx.durationS, gate })
    return { ok: true, output: { text, implied: { kind: 'frames', frames: implied }, notes: focusNotCarriedNotes(ctx, 'Wan Fun Camera'), warnings } }
  },
}
