/**
 * The top bar's Share button and the host of the share dialogs (the Share dialog, for the project or
 * for one custom preset, and the preview of a link opened from the address bar: a project or shot, or
 * a preset). The dialogs are lazy chunks: the studio's first load carries only this button and the
 * link listener.
 */
import { Suspense, lazy, memo } from 'react'
import { closeLinkPreview, openShareDialog, useShare } from './shareStore'

const ShareDialog = lazy(() => import('./ShareDialog'))
const LinkPreviewDialog = lazy(() => import('./LinkPreviewDialog'))
const PresetLinkDialog = lazy(() => import('./PresetLinkDialog'))

function ShareButtonBody({ className }: { readonly className?: string }) {
  const shareOpen = useShare((s) => s.shareOpen)
  const preview = useShare((s) => s.preview)
  return (
    <>
      <button className={className} onClick={openShareDialog} title="Share the project or the current shot as a link" data-testid="topbar.share">
        Share
      </button>
      <Suspense fallback={null}>
        {shareOpen ? <ShareDialog /> : null}
        {preview?.kind === 'preset' ? <PresetLinkDialog link={preview} onClose={closeLinkPreview} /> : null}
        {preview && preview.kind !== 'preset' ? <LinkPreviewDialog link={preview} onClose={closeLinkPreview} /> : null}
      </Suspense>
    </>
  )
}

/** Memoised: the top bar re-renders when undo/redo become (un)available, this need not. */
export const ShareButton = memo(ShareButtonBody)
