export { ServerTokenDialog } from './ServerTokenDialog'
