export { CompareView, type CompareViewProps } from './CompareView'
export { MotionPanel, type MotionPanelProps } from './motion'
