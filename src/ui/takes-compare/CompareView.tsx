import { useEffect, useMemo, useRef, useState } from 'react'
import type { TakeMotionView } from '../../take-measurement/types'
import type { Take } from '../../takes/model'
import type { Scene, Shot } from '../../timeline/model'
import { Icon, OverlayPortal, Segmented, Select, buttonBase } from '../primitives'
import { CompareClock } from './clock'
import { CompareStage, type CompareMode } from './CompareStage'
import { CompareTransport } from './CompareTransport'
import { LiveSide } from './LiveSide'
import { MotionPanel } from './motion'
import { LIVE_REFERENCE, defaultReference, liveLabel, referenceChoices, referenceTake, takeLabel } from './references'
import { clampWipe, frameTiming } from './transport'

/** Wipe positions to a thousandth (pointer positions are not worth more). */
const roundWipe = (w: number): number => Math.round(clampWipe(w) * 1000) / 1000
import { useCompareKeys } from './useCompareKeys'
import { VideoSide } from './VideoSide'

export interface CompareViewProps {
  /** The take under judgement (status 'succeeded', with a video). */
  readonly take: Take
  /** Other succeeded takes of the same shot to compare against (e.g. previs renders). */
  readonly references: readonly Take[]
  /** The shot's current design, for the live lens view. */
  readonly shot: Shot
  readonly scene: Scene
  /** A take's video bytes. */
  readonly loadVideo: (takeId: string) => Promise<Blob | undefined>
  readonly onClose: () => void
  /** The take's measured camera motion: shown under the videos when given (the caller measures). */
  readonly motion?: TakeMotionView
}

const MODES = [
  { value: 'side', label: 'Side by side', title: 'The take and the reference side by side' },
  { value: 'wipe', label: 'Wipe', title: 'Stacked: drag the divider (or anywhere) to wipe between them' },
] as const

/** A full-window comparison of a take with a reference, under one transport. */
export function CompareView(props: CompareViewProps) {
  // a new take starts a new clock and new sides
  return <CompareDialog key={props.take.id} {...props} />
}

function CompareDialog({ take, references, shot, scene, loadVideo, onClose, motion }: CompareViewProps) {
  const dialogRef = useRef<HTMLDivElement>(null)
  const media = take.video
  const timing = useMemo(() => frameTiming(media?.fps ?? shot.fps, media?.frameCount ?? 1), [media?.fps, media?.frameCount, shot.fps])
  const clock = useMemo(() => new CompareClock(timing), [timing])
  useEffect(() => () => clock.dispose(), [clock])
  useCompareKeys(dialogRef, clock, onClose)

  const [mode, setMode] = useState<CompareMode>('side')
  const [wipe, setWipe] = useState(0.5)
  const [chosen, setChosen] = useState(() => defaultReference(take, references))
  const choices = useMemo(() => referenceChoices(take, references), [take, references])
  const reference = referenceTake(chosen, take, references)
  // a reference that went away (deleted) falls back to the live lens view
  const referenceValue = reference ? reference.id : LIVE_REFERENCE
  const referenceTiming = useMemo(
    () => (reference?.video ? frameTiming(reference.video.fps, reference.video.frameCount) : null),
    [reference?.video],
  )

  const width = media?.width ?? 16
  const height = media?.height ?? 9
  const label = takeLabel(take)

  return (
    <OverlayPortal>
      <div
        ref={dialogRef}
        role="dialog"
        aria-modal="true"
        aria-label={`Compare take: ${label}`}
        data-testid="compare"
        tabIndex={-1}
        className="fixed inset-0 z-50 flex flex-col bg-neutral-950/[0.97] text-xs text-neutral-200 outline-none"
      >
        <div className="flex h-10 shrink-0 items-center gap-3 border-b border-neutral-800 bg-neutral-900 px-3">
          <h2 className="truncate text-sm font-semibold text-neutral-100">
            Compare <span className="font-normal text-neutral-400">· {take.shotName || shot.name}</span>
          </h2>
          <Segmented value={mode} options={MODES} onChange={setMode} ariaLabel="Compare mode" testId="compare.mode" className="w-48 shrink-0" />
          <label className="flex min-w-0 items-center gap-2 text-neutral-400">
            Against
            <Select value={referenceValue} options={choices} onChange={setChosen} ariaLabel="Reference" testId="compare.reference" className="w-64" />
          </label>
          <button type="button" data-testid="compare.close" title="Close (Esc)" onClick={onClose} className={`${buttonBase} ml-auto`}>
            <Icon name="close" /> Close
          </button>
        </div>

        {media ? (
          <CompareStage
            mode={mode}
            wipe={wipe}
            onWipe={(w) => setWipe(roundWipe(w))}
            width={width}
            height={height}
            take={<VideoSide takeId={take.id} timing={timing} clock={clock} loadVideo={loadVideo} testId="compare.video.take" />}
            takeLabel={label}
            reference={
              reference && referenceTiming ? (
                <VideoSide
                  key={reference.id}
                  takeId={reference.id}
                  timing={referenceTiming}
                  clock={clock}
                  loadVideo={loadVideo}
                  testId="compare.video.reference"
                  fromS={Math.max(0, (take.chain?.startS ?? 0) - (reference.chain?.startS ?? 0))}
                />
              ) : (
                <LiveSide key={LIVE_REFERENCE} shot={shot} scene={scene} clock={clock} designWindow={take.chain} width={width} height={height} />
              )
            }
            referenceLabel={reference ? takeLabel(reference) : liveLabel(take)}
          />
        ) : (
          <div className="flex flex-1 items-center justify-center text-neutral-500">This take has no video to compare.</div>
        )}

        {motion && <MotionPanel view={motion} clock={clock} />}

        <CompareTransport clock={clock} wipe={mode === 'wipe' ? wipe : null} onWipe={(w) => setWipe(roundWipe(w))} />
      </div>
    </OverlayPortal>
  )
}
