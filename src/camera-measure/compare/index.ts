export * from './types'
export { designedMotion, yawPitchRollOfQuat, ORBIT_MIN_DEG, TRAVEL_EPSILON_M } from './designed'
export * from './compare'
export * from './measurementJson'
