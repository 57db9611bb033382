export { ShareButton } from './ShareButton'
export { startLinkListener, openLinkText } from './linkListener'
export { useLinkPreviewOpen } from './shareStore'
