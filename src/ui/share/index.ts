export { ShareButton } from './ShareButton'
export { startLinkListener, openLinkText } from './linkListener'
