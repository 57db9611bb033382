export { ASPECT_TOLERANCE, type AspectCheck, type PixelRect, checkAspect, cropToAspect, describeAspect, fitInFrame, matchingShotAspect } from './aspect'
export { type CardInput, type CardPlacement, MIN_CARD_DEPTH_M, placeCard } from './card'
export {
  type FileFacts,
  MAX_REFERENCE_FILE_BYTES,
  REFERENCE_JPEG_QUALITY,
  REFERENCE_LONG_SIDE_PX,
  keptFileName,
  looksLikeImage,
  refuseFile,
  storedSize,
  storedType,
  undecodableMessage,
} from './limits'
export { type StartPicture, describeStartPicture, startPictureFor } from './startImage'
