export { LibraryLayer } from './LibraryLayer'
export { requestThumbnail, useThumbnail } from './thumbnails'
