/**
 * The previs renderer (a lazily loaded chunk: the studio loads it with `import('../previs')` only
 * when a render is asked for). Offscreen lens-view renders of a shot, encoded to H.264 MP4 (VP9 WebM
 * where H.264 cannot be encoded), with an optional depth video; stills; a live renderer for compare views.
 */
export type { DepthVideo, EncodedVideo, PrevisProgress, PrevisRequest, PrevisResult } from './types'
export { renderPrevis } from './renderPrevis'
export { renderStillPng } from './still'
export { type LiveFrameRenderer, createLiveFrameRenderer } from './live'
export { type StillsOptions, renderStillsPng } from './stills'
export { renderGrayFrames, grayFrameCount, type GrayFramesOptions } from './grayFrames'
