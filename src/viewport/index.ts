export { Viewport } from './Viewport'
