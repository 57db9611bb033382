/**
 * One take in the list: thumbnail, route and size, status, when and how long, its seed and its part
 * of a chain, a note when its shot has changed since, the progress bar while it renders, and what
 * can be done with it (Make again, for a finished take with a seed).
 */
import { useMemo, useState } from 'react'
import { takesService } from '../../generate'
import { type Take, canRetry, elapsedSeconds, isActive } from '../../takes/model'
import { useTakes } from '../../state/takesStore'
import { DuplicateIcon, TrashIcon, buttonBase, cx } from '../primitives'
import { downloadTake } from './actions'
import { ROUTE_LABELS } from '../../pricing'
import { takeCost } from './takeCost'
import { STATUS_LABEL, STATUS_TONE, describeVideo, formatChainPart, formatClock, formatDuration, formatSeed } from './format'
import { TakeProgressBar } from './TakeProgressBar'
import { TakeMeasureLine } from './TakeMeasureLine'
import { useTakeMediaUrl } from './useTakeMediaUrl'

export interface TakeRowProps {
  readonly take: Take
  readonly stale: boolean
  readonly onCompare: (take: Take) => void
}

const small = cx(buttonBase, 'h-6 px-1.5 text-[11px]')

/** Choose's tooltip: choosing a part of a chained generation chooses the whole chain. */
const chooseTitle = (take: Take): string => {
  const what = take.chain ? `this chained generation (all ${take.chain.parts} parts, one after another)` : 'this take'
  return take.chosen ? `The shot’s chosen take is ${what} (click to unchoose)` : `Choose ${what} as the shot’s take${take.chain ? ': the animatic plays its parts in turn' : ''}`
}

export function TakeRow({ take, stale, onCompare }: TakeRowProps) {
  const [playing, setPlaying] = useState(false)
  const done = take.status === 'succeeded'
  const thumb = useTakeMediaUrl(take.id, 'thumbnail', take.hasThumbnail)
  const video = useTakeMediaUrl(take.id, 'video', done && playing)
  const unsaved = useTakes((s) => s.unsaved[take.id] === true)
  const elapsed = elapsedSeconds(take, Date.now())
  const cost = useMemo(() => takeCost(take), [take])
  return (
    <li
      className={cx('space-y-2 border-b border-neutral-800 px-3 py-2.5', take.chosen && 'bg-amber-400/5')}
      data-testid="take"
      data-take-id={take.id}
      data-status={take.status}
      data-stale={stale ? 'true' : 'false'}
      data-chosen={take.chosen ? 'true' : 'false'}
    >
      <div className="flex gap-2.5">
        <button
          type="button"
          disabled={!done}
          onClick={() => setPlaying((p) => !p)}
          className="relative h-[45px] w-[80px] shrink-0 overflow-hidden rounded bg-neutral-800 ring-1 ring-neutral-700 disabled:cursor-default"
          title={done ? 'Play' : undefined}
          aria-label={done ? `Play take of ${take.shotName}` : 'No video yet'}
        >
          {thumb ? <img src={thumb} alt="" className="h-full w-full object-cover" /> : !done && <span className="text-[10px] text-neutral-500">{take.status === 'running' || take.status === 'queued' ? '…' : 'no video'}</span>}
          {done && <span className="absolute inset-0 flex items-center justify-center text-lg text-white/90 drop-shadow">{playing ? '■' : '▶'}</span>}
        </button>
        <div className="min-w-0 flex-1 space-y-0.5">
          <div className="flex items-center gap-1.5">
            <span className="truncate text-xs font-medium text-neutral-100">{take.route === 'previs' ? 'Previs' : (ROUTE_LABELS[take.route] ?? take.route)}</span>
            <span className="truncate text-[11px] text-neutral-500" data-testid="take.model">
              {take.route === 'previs' ? take.settings.size : (take.settings.model ?? '')}
            </span>
            <span className={cx('ml-auto rounded px-1.5 py-px text-[10px] font-semibold tracking-wide uppercase', STATUS_TONE[take.status])} data-testid="take.status">
              {STATUS_LABEL[take.status]}
            </span>
          </div>
          <div className="text-[11px] text-neutral-500 tabular-nums">
            {formatClock(take.createdAt)}
            {elapsed !== null && !isActive(take.status) ? ` · took ${formatDuration(elapsed)}` : ''}
            {take.attempts > 1 ? ` · attempt ${take.attempts}` : ''}
            {take.route !== 'previs' && (
              <span title={cost.title} data-testid="take.cost">
                {' · '}
                {cost.text}
              </span>
            )}
          </div>
          {(take.chain || take.seed !== null) && (
            <div className="text-[11px] text-neutral-500 tabular-nums" data-testid="take.details">
              {take.chain && <span data-testid="take.chain">{formatChainPart(take.chain)}</span>}
              {take.chain && take.seed !== null && ' · '}
              {take.seed !== null && <span data-testid="take.seed">{formatSeed(take.seed)}</span>}
            </div>
          )}
          {done && <div className="truncate text-[11px] text-neutral-500">{describeVideo(take)}</div>}
        </div>
      </div>
      {stale && (
        <p className="text-[11px] text-amber-300/90" data-testid="take.stale">
          Made from an earlier version of this shot.
        </p>
      )}
      {isActive(take.status) && (
        <div className="flex items-end gap-2">
          <div className="min-w-0 flex-1">
            <TakeProgressBar takeId={take.id} startedAt={take.startedAt} />
          </div>
          <button type="button" className={small} data-testid="take.cancel" onClick={() => takesService.cancel(take.id)}>
            Cancel
          </button>
        </div>
      )}
      {take.status === 'failed' && take.error && <p className="text-[11px] text-red-300">{take.error}</p>}
      {take.status === 'canceled' && take.error && <p className="text-[11px] text-neutral-400">{take.error}</p>}
      {take.status === 'interrupted' && <p className="text-[11px] text-amber-300/90">The page closed while this was rendering.</p>}
      {take.note && <p className="text-[11px] text-neutral-400">{take.note}</p>}
      {done && <TakeMeasureLine takeId={take.id} onCompare={() => onCompare(take)} />}
      {unsaved && <p className="text-[11px] text-amber-300">Not saved (storage full): download it before closing the page.</p>}
      {playing && video && (
        <video src={video} controls autoPlay loop muted className="w-full rounded bg-black" data-testid="take.player" />
      )}
      <div className="flex flex-wrap items-center gap-1">
        {done && (
          <>
            <button type="button" className={small} onClick={() => setPlaying((p) => !p)} data-testid="take.play">
              {playing ? 'Hide' : 'Play'}
            </button>
            <button type="button" className={small} onClick={() => onCompare(take)} data-testid="take.compare">
              Compare
            </button>
            <button type="button" className={small} onClick={() => void downloadTake(take, 'video')} data-testid="take.download">
              Download
            </button>
            {take.depth && (
              <button type="button" className={small} onClick={() => void downloadTake(take, 'depth')} data-testid="take.downloadDepth" title={`Depth: near ${take.depth.nearM.toFixed(1)} m (white) to far ${take.depth.farM.toFixed(1)} m (black)`}>
                Depth
              </button>
            )}
            {take.hasStartFrame && (
              <button type="button" className={small} onClick={() => void downloadTake(take, 'start-frame')} data-testid="take.downloadStart" title="The first frame as a PNG">
                PNG
              </button>
            )}
            <button
              type="button"
              className={cx(small, take.chosen && 'border-amber-400 text-amber-300')}
              aria-pressed={take.chosen}
              onClick={() => takesService.choose(take.id, !take.chosen)}
              data-testid="take.choose"
              title={chooseTitle(take)}
            >
              {take.chosen ? '★ Chosen' : '☆ Choose'}
            </button>
          </>
        )}
        {done && take.seed !== null && !take.chain && (
          <button
            type="button"
            className={small}
            onClick={() => takesService.makeAgain(take.id)}
            data-testid="take.makeAgain"
            aria-label="Make again"
            title="Make this take again with the same seed"
          >
            <DuplicateIcon />
          </button>
        )}
        {canRetry(take.status) && (
          <button type="button" className={small} onClick={() => takesService.retry(take.id)} data-testid="take.retry">
            Retry
          </button>
        )}
        <button type="button" className={cx(small, 'ml-auto')} onClick={() => void takesService.remove(take.id)} data-testid="take.delete" aria-label="Delete take" title="Delete take (undo below)">
          <TrashIcon />
        </button>
      </div>
    </li>
  )
}
