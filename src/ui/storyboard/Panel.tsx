/** One storyboard panel: the start frame with the arrow diagram, the middle and end frames, the shot's texts and its notes. */
import { memo } from 'react'
import { type DiagramPrimitive, type StoryboardRow, panelText, panelTimeList } from '../../storyboard'
import { DiagramSvg } from './DiagramSvg'
import type { ShotFrames } from './frames'
import { NotesField } from './NotesField'
import { useAssetUrl } from '../../reference-image/useAssetUrl'
import type { ReferenceImage } from '../../timeline/media'

export interface PanelProps {
  readonly row: StoryboardRow
  readonly aspect: number
  readonly durationS: number
  readonly fps: number
  readonly frames: ShotFrames | undefined
  readonly diagram: readonly DiagramPrimitive[]
  readonly onOpenShot: (shotId: string) => void
  /** The shot's own picture, shown small beside the title. */
  readonly referenceImage?: ReferenceImage
}

const LABELS = ['Start', 'Middle', 'End'] as const

function Frame({ url, time, label, aspect, big, children }: { url?: string; time: number; label: string; aspect: number; big?: boolean; children?: React.ReactNode }) {
  return (
    <figure className={big ? 'relative' : 'relative'} style={{ aspectRatio: String(aspect) }}>
      {url ? (
        <img src={url} alt={`${label} frame at ${time.toFixed(2)} s`} className="absolute inset-0 h-full w-full rounded-sm object-cover" data-testid="storyboard.frame" data-frame={label.toLowerCase()} data-time={time} />
      ) : (
        <div className="absolute inset-0 animate-pulse rounded-sm bg-neutral-800" data-testid="storyboard.framePending" />
      )}
      {children}
      <figcaption className="absolute right-1 top-0.5 rounded bg-black/60 px-1 font-mono text-[9px] text-neutral-300">
        {label} · {time.toFixed(2)} s
      </figcaption>
    </figure>
  )
}

/** The shot's reference image, small (nothing while it loads or when this browser lacks its bytes). */
function ReferenceThumb({ image }: { image: ReferenceImage }) {
  const asset = useAssetUrl(image.assetId)
  if (asset.state !== 'ready') return null
  return <img src={asset.url} alt={`Reference image ${image.fileName}`} title={`Reference image: ${image.fileName}`} className="h-9 w-auto shrink-0 rounded-sm ring-1 ring-neutral-700" data-testid="storyboard.reference" />
}

export const Panel = memo(function Panel({ row, aspect, durationS, fps, frames, diagram, onOpenShot, referenceImage }: PanelProps) {
  const t = panelText(row)
  const times = panelTimeList({ durationS, fps })
  return (
    <article className="flex flex-col gap-2 rounded-lg border border-neutral-800 bg-neutral-900 p-3" data-testid="storyboard.panel" data-shot-id={row.shotId} aria-label={`Shot ${row.number}: ${row.name}`}>
      <div className="grid gap-1.5" style={{ gridTemplateColumns: '2fr 1fr' }}>
        <div className="row-span-2">
          <Frame url={frames?.urls[0]} time={times[0]} label={LABELS[0]} aspect={aspect} big>
            <DiagramSvg primitives={diagram} aspect={aspect} />
          </Frame>
        </div>
        <div className="flex flex-col justify-between gap-1.5">
          <Frame url={frames?.urls[1]} time={times[1]} label={LABELS[1]} aspect={aspect} />
          <Frame url={frames?.urls[2]} time={times[2]} label={LABELS[2]} aspect={aspect} />
        </div>
      </div>
      <div className="flex items-center gap-2">
        <button
          type="button"
          className="mr-auto min-w-0 truncate rounded text-left text-sm font-semibold text-neutral-100 hover:text-amber-300 focus:outline-none focus-visible:ring-1 focus-visible:ring-amber-400"
          onClick={() => onOpenShot(row.shotId)}
          title="Select this shot and go back to the studio"
          data-testid="storyboard.title"
        >
          {t.title}
        </button>
        {referenceImage && <ReferenceThumb image={referenceImage} />}
      </div>
      <p className="font-mono text-[11px] text-neutral-400" data-testid="storyboard.meta">
        {t.meta}
      </p>
      <p className="text-[11px] text-neutral-400" data-testid="storyboard.route">
        {t.route}
      </p>
      <p className="text-[12px] leading-snug text-neutral-300" data-testid="storyboard.moves">
        {row.moves}
      </p>
      <NotesField shotId={row.shotId} shotName={row.name} notes={row.notes} />
    </article>
  )
})
