export { CompareView, type CompareViewProps } from './CompareView'
