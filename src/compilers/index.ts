export { COMPILE_TARGETS, compileShot, getTarget } from './registry'
export type { CompileError, CompileErrorCode, CompileResult, CompileTarget, TargetConstraints, TargetKind } from './types'
export { TRAJECTORY_KIND, TRAJECTORY_VERSION, buildTrajectory, formatTrajectory, trajectoryTarget } from './trajectory'
export type { Trajectory, TrajectoryFrame } from './trajectory'
