export { CompilePanel, type CompilePanelProps } from './CompilePanel'
