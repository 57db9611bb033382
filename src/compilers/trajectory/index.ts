import type { CompileTarget } from '../types'
import { shotAt } from '../shot'
import { buildTrajectory, formatTrajectory } from './trajectory'

export { TRAJECTORY_KIND, TRAJECTORY_VERSION, buildTrajectory, formatTrajectory } from './trajectory'
export type { Trajectory, TrajectoryFrame } from './trajectory'

export const trajectoryTarget: CompileTarget = {
  id: 'trajectory',
  label: 'Trajectory (JSON)',
  kind: 'export',
  fileExtension: 'json',
  mediaType: 'application/json',
  description:
    'The canonical, exact camera path: per output frame the world position, orientation quaternion, lens, focus distance and subject point. Every other target can be derived from it.',
  constraints: { notes: ['Any duration, frame rate and aspect ratio; full precision.'] },
  compile: (project, shotIndex, registry) => {
    const found = shotAt(project, shotIndex)
    if ('error' in found) return found.error
    return { ok: true, text: formatTrajectory(buildTrajectory(found.shot, registry)) }
  },
}
