import { focalChanges, focusNotCarriedNotes, shortNum, spreadTimes } from '../exact'
import type { CompileTarget, CompileWarning, FidelityNote } from '../types'
import { MOTIONCTRL_FRAMES, formatMotionCtrl, motionCtrlPoses, parseMotionCtrl } from './motionctrl'

export { MOTIONCTRL_FRAMES, formatMotionCtrl, motionCtrlPoses, parseMotionCtrl } from './motionctrl'
export type { MotionCtrlAnchor } from './motionctrl'

export const motionCtrlTarget: CompileTarget = {
  id: 'motionctrl',
  label: 'MotionCtrl poses (JSON)',
  kind: 'export',
  fileExtension: 'json',
  mediaType: 'application/json',
  // the poses are exact, but MotionCtrl has no lens input: a zoom cannot be expressed, so no promise of 0.999
  exact: false,
  description:
    'The camera path as MotionCtrl camera poses: 16 world-to-camera [R|t] matrices (OpenCV axes, relative to the first frame), spread over the whole shot.',
  constraints: {
    frameCounts: [MOTIONCTRL_FRAMES],
    frameRule: '16 poses spread evenly over the shot, first and last frame included (the SVD build centre-crops them to 14)',
    channels: ['panDeg', 'tiltDeg', 'rollDeg', 'truckM', 'pedestalM', 'dollyM', 'orbitDeg', 'elevationDeg', 'followM', 'subjectSpinDeg', 'shake'],
    notes: [
      'A JSON array of 16 poses, each 12 numbers: world-to-camera [R|t] row by row, OpenCV axes (x right, y down, z forward), relative to the first frame (the identity).',
      'No fixed frame rate: the clip covers the whole shot, so its playback speed is the model\'s.',
      'No intrinsics: the start image fixes the lens, so zooms and focus pulls are dropped.',
      'Translation is in metres; MotionCtrl\'s presets move about 1 unit per clip (the SVD build scales t by [1.5, 1, 1.3] x speed).',
    ],
  },
  compile: (ctx) => {
    const times = spreadTimes(MOTIONCTRL_FRAMES, ctx.durationS)
    const frames = times.map((t) => ctx.frameAt(t))
    const text = formatMotionCtrl(motionCtrlPoses(frames))
    const start = frames[0]
    // fidelity reads our own file back, anchored at the designed first camera (the start image)
    const implied = parseMotionCtrl(text, { durationS: ctx.durationS, start, focalLengthMm: start.focalLengthMm })
    const notes: FidelityNote[] = [...focusNotCarriedNotes(ctx, 'MotionCtrl')]
    const warnings: CompileWarning[] = []
    if (focalChanges(ctx.sample(ctx.shot.fps))) {
      notes.push({ channel: 'zoomRatio', verdict: 'dropped', text: 'zoom dropped: MotionCtrl poses carry no lens; the start image fixes the focal length' })
      warnings.push({ message: 'MotionCtrl cannot zoom: the focal length changes in this shot, but the poses keep the lens of the start image.' })
    }
    warnings.push({
      message: `MotionCtrl makes ${MOTIONCTRL_FRAMES} frames: the ${shortNum(ctx.durationS)} s shot is spread over them (frame i at t = i x ${shortNum(ctx.durationS / (MOTIONCTRL_FRAMES - 1))} s).`,
    })
    return { ok: true, output: { text, implied: { kind: 'frames', frames: implied }, notes, warnings } }
  },
}
