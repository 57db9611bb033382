export { type Stage, createStage } from './stage'
export { applyStageEnvironment } from './environment'
export { type ShotOptics, applyFramePose, applyFrameToCamera, createLensCamera, shotOptics, verticalFovDeg } from './lensCamera'
export { SKY } from './palette'
