import type { CompileTarget } from '../types'
import { formatTrajectory, trajectoryFromFrames } from './trajectory'

export { TRAJECTORY_KIND, TRAJECTORY_VERSION, buildTrajectory, formatTrajectory, parseTrajectory, trajectoryFromFrames } from './trajectory'
export type { Trajectory, TrajectoryFrame } from './trajectory'

export const trajectoryTarget: CompileTarget = {
  id: 'trajectory',
  label: 'Trajectory (JSON)',
  kind: 'export',
  fileExtension: 'json',
  mediaType: 'application/json',
  exact: true,
  description:
    'The canonical, exact camera path: per output frame the world position, orientation quaternion, lens, focus distance and subject point. Every other target can be derived from it.',
  constraints: { notes: ['Any duration, frame rate and aspect ratio; full precision.'] },
  compile: (ctx) => {
    const trajectory = trajectoryFromFrames(ctx.shot, ctx.sample(ctx.shot.fps), ctx.shot.fps)
    const text = formatTrajectory(trajectory)
    // JSON prints every double exactly (JSON.parse gives the same bits back), so the frames written are the frames read
    const frames = trajectory.frames
    return { ok: true, output: { text, implied: { kind: 'frames', frames }, notes: [], warnings: [] } }
  },
}
