/** The camera-motion estimator's public face (pure; see README.md). */
export { createMotionEstimator, measureCameraMotion, DEFAULT_ESTIMATOR_OPTIONS, REFERENCE_WIDTH_PX } from './estimator'
export type { EstimatorOptions, MeasuredFrame, MotionEstimator } from './estimator'
export { intrinsicsFromHfov, intrinsicsFromLens } from './intrinsics'
export { rotationZoomFromHomography } from './rotationZoom'
export { robustHomography, fitHomography } from './homography'
export type { GrayFrame, Intrinsics, Point2, RotationZoom } from './types'
