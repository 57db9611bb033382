/**
 * The shot's reference image over a lens gate (the lens view, or the main view while looking
 * through), fitted whole, at the opacity set in the Inspector: the framing reads against the
 * user's own picture. The element's box is exactly the gate. A lazy chunk: mounted only while the
 * shot has a reference image.
 */
import { useAssetUrl, useReferenceView } from '../reference-image'
import type { Shot } from '../timeline/model'
import type { Rect } from './layout'

export default function ReferenceOverlay({ shot, rect, testId }: { readonly shot: Shot; readonly rect: Rect; readonly testId?: string }) {
  const image = shot.referenceImage
  const opacity = useReferenceView((s) => s.overlayOpacity)
  const asset = useAssetUrl(image && opacity > 0 ? image.assetId : undefined)
  if (!image || opacity <= 0 || asset.state !== 'ready' || rect.w <= 0 || rect.h <= 0) return null
  return (
    <div className="pointer-events-none absolute overflow-hidden" style={{ left: rect.x, top: rect.y, width: rect.w, height: rect.h }}>
      <img
        src={asset.url}
        alt=""
        data-testid={testId}
        data-opacity={opacity}
        className="h-full w-full object-contain"
        style={{ opacity }}
        draggable={false}
      />
    </div>
  )
}
