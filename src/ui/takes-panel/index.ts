export { TakesPanel } from './TakesPanel'
export { startGeneration, generateFromShortcut } from './actions'
