export { Viewport } from './Viewport'
export { VIEWPORT_FAILED_EVENT } from './StudioCanvas'
