export { InspectorPanel } from './InspectorPanel'
