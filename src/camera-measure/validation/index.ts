/** The estimator's validation on previs renders of known moves (pure; see README.md). */
export { VALIDATION_MOVES, VALIDATION_DURATION_S, VALIDATION_FPS, validationProject } from './moves'
export type { ValidationLayer, ValidationMove, ValidationMoveId } from './moves'
export { channelErrors, angleBetweenDeg, ROTATION_CHANNELS, TRAVEL_AXES, MOVING_ROTATION_DEG, MOVING_ZOOM_SHARE, MOVING_TRAVEL_COMPONENT } from './errors'
export type { ChannelErrors, MeasuredFrameLike, RotationChannel, SignCheck, TravelAxis } from './errors'
export { CLEAN_BOUNDS, validationFailures } from './bounds'
export type { ValidationBounds } from './bounds'
export { shotHfovDeg } from '../compare/fov'
