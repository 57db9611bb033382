/**
 * The reference image's details in the Inspector (a lazy chunk, loaded once a shot has an image):
 * thumbnail, file name and size, Replace… / Remove, the aspect check with its two fixes (crop to
 * the gate, or the shot takes the image's aspect), the lens view overlay's opacity and the director
 * view card (view settings, not the document).
 */
import { adoptImageAspect, cropReferenceToGate, referenceViewStore, removeReferenceImage, useAssetUrl, useReferenceView } from '../../reference-image'
import { checkAspect, describeAspect, matchingShotAspect } from '../../reference-image/core/aspect'
import type { Shot } from '../../timeline'
import type { ReferenceImage } from '../../timeline/media'
import { Toggle, buttonBase } from '../primitives'

export interface ReferenceImageDetailsProps {
  readonly shot: Shot
  readonly image: ReferenceImage
  readonly busy: boolean
  /** Opens the file chooser (Replace…). */
  readonly choose: () => void
}

export default function ReferenceImageDetails({ shot, image, busy, choose }: ReferenceImageDetailsProps) {
  const opacity = useReferenceView((s) => s.overlayOpacity)
  const showCard = useReferenceView((s) => s.showCard)
  const asset = useAssetUrl(image.assetId)
  const aspect = checkAspect(image.widthPx, image.heightPx, shot.aspect)
  const match = aspect.ok ? null : matchingShotAspect(image.widthPx, image.heightPx)
  return (
    <>
      <div className="flex gap-2" data-testid="inspector.reference.image" data-asset-id={image.assetId}>
        <div className="flex h-16 w-24 shrink-0 items-center justify-center overflow-hidden rounded border border-neutral-700 bg-neutral-950">
          {asset.state === 'ready' ? (
            <img src={asset.url} alt={`Reference image of ${shot.name}`} className="max-h-full max-w-full object-contain" data-testid="inspector.reference.thumb" />
          ) : asset.state === 'missing' ? (
            <span className="px-1 text-center text-[10px] leading-tight text-amber-300" data-testid="inspector.reference.missing">
              Image missing — choose the file again
            </span>
          ) : (
            <span className="text-[10px] text-neutral-500">Loading…</span>
          )}
        </div>
        <div className="flex min-w-0 flex-1 flex-col gap-1">
          <span className="truncate text-xs text-neutral-200" title={image.fileName} data-testid="inspector.reference.name">
            {image.fileName}
          </span>
          <span className="text-[10px] text-neutral-500 tabular-nums" data-testid="inspector.reference.size">
            {image.widthPx}×{image.heightPx} · {describeAspect(image.widthPx, image.heightPx)}
          </span>
          <div className="mt-auto flex gap-1">
            <button type="button" className={buttonBase} onClick={choose} disabled={busy} data-testid="inspector.reference.choose" title="Replace it with another image file">
              Replace…
            </button>
            <button type="button" className={buttonBase} onClick={() => removeReferenceImage(shot.id)} disabled={busy} data-testid="inspector.reference.remove">
              Remove
            </button>
          </div>
        </div>
      </div>
      {!aspect.ok && (
        <div role="alert" className="flex flex-col gap-1.5 rounded border border-amber-500/40 bg-amber-500/10 p-2 text-[11px] leading-snug text-amber-200" data-testid="inspector.reference.aspect">
          <span>{aspect.message}</span>
          <div className="flex flex-wrap gap-1">
            <button type="button" className={buttonBase} disabled={busy || asset.state !== 'ready'} onClick={() => void cropReferenceToGate(shot.id)} data-testid="inspector.reference.crop" title={`Keep the middle ${shot.aspect} of the image`}>
              Crop to the gate
            </button>
            {match ? (
              <button type="button" className={buttonBase} disabled={busy} onClick={() => void adoptImageAspect(shot.id)} data-testid="inspector.reference.useAspect" title={`Make ${shot.name} ${match}`}>
                Make the shot {match}
              </button>
            ) : (
              <span className="self-center text-amber-200/80" data-testid="inspector.reference.noAspect">
                No shot aspect is {describeAspect(image.widthPx, image.heightPx)}.
              </span>
            )}
          </div>
        </div>
      )}
      <div className="grid grid-cols-[84px_minmax(0,1fr)_32px] items-center gap-2">
        <span className="text-xs text-neutral-400">Lens overlay</span>
        <input
          type="range"
          min={0}
          max={100}
          step={5}
          value={Math.round(opacity * 100)}
          onChange={(e) => referenceViewStore.getState().set({ overlayOpacity: Number(e.currentTarget.value) / 100 })}
          aria-label="Reference overlay opacity in the lens view"
          aria-valuetext={`${Math.round(opacity * 100)}%`}
          data-testid="inspector.reference.opacity"
          className="h-4 min-w-0 flex-1 cursor-pointer accent-amber-400"
        />
        <span className="text-right text-[10px] text-neutral-500 tabular-nums">{Math.round(opacity * 100)}%</span>
      </div>
      <Toggle checked={showCard} onChange={(v) => referenceViewStore.getState().set({ showCard: v })} label="Card in the director view" testId="inspector.reference.card" />
    </>
  )
}
