export { MotionPanel, type MotionPanelProps } from './MotionPanel'
