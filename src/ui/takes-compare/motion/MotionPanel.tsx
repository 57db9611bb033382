import { type ReactNode, useCallback, useMemo } from 'react'
import { motionCurves } from '../../../camera-measure/compare/curves'
import { measuredPath } from '../../../camera-measure/compare/measuredPath'
import type { TakeMotionView } from '../../../take-measurement/types'
import { buttonBase, cx } from '../../primitives'
import type { CompareClock } from '../clock'
import { ChannelChart } from './ChannelChart'
import { channelTitle, formatChannelValue, percent, scoreTone } from './format'
import { LegendLine, PathView } from './PathView'
import { designDurationS, designTimeOfFrame } from './playhead'

export interface MotionPanelProps {
  readonly view: TakeMotionView
  readonly clock: CompareClock
}

type DoneView = Extract<TakeMotionView, { state: 'done' }>

/** Buttons keep the focus where it was on a click (Space stays the transport's); Tab still reaches them. */
const keepFocus = (e: { preventDefault(): void }) => e.preventDefault()

const TONE_TEXT = { good: 'text-emerald-400', fair: 'text-amber-300', poor: 'text-red-400' } as const

function PanelButton({ testId, onClick, title, disabled, children }: { testId: string; onClick: () => void; title?: string; disabled?: boolean; children: ReactNode }) {
  return (
    <button type="button" data-testid={testId} title={title} disabled={disabled} onMouseDown={keepFocus} onClick={onClick} className={cx(buttonBase, 'shrink-0')}>
      {children}
    </button>
  )
}

/**
 * Did the model do the move? The take's measured camera motion under the two videos: not measured
 * yet, measuring (progress, cancel), failed (why), or done: the score, a chart per channel, the
 * verdicts, the next steps, and both camera paths. The playhead follows the Compare clock through
 * frame listeners (charts and path write the DOM; no React render per frame).
 */
export function MotionPanel({ view, clock }: MotionPanelProps) {
  return (
    <section
      aria-label="Camera motion"
      data-testid="compare.motion"
      data-state={view.state}
      className={cx('shrink-0 border-t border-neutral-800 bg-neutral-900/60', view.state === 'done' ? 'h-[38%] max-h-[360px] min-h-[170px]' : '')}
    >
      {view.state === 'none' && (
        <StatusRow>
          <span className="text-neutral-400">Camera motion: not measured yet.</span>
          <PanelButton testId="compare.motion.measure" onClick={view.onMeasure} title="Measure the camera motion in this take and score it against the shot's design">
            Measure camera motion
          </PanelButton>
        </StatusRow>
      )}
      {view.state === 'measuring' && <Measuring fraction={view.fraction} phase={view.phase} onCancel={view.onCancel} />}
      {view.state === 'failed' && (
        <StatusRow>
          <span className="min-w-0 truncate text-red-300" title={view.error} data-testid="compare.motion.error">
            <span className="text-neutral-400">Camera motion: </span>
            {view.error}
          </span>
          <PanelButton testId="compare.motion.measure" onClick={view.onMeasure}>
            Measure again
          </PanelButton>
        </StatusRow>
      )}
      {view.state === 'done' && <Done view={view} clock={clock} />}
    </section>
  )
}

function StatusRow({ children }: { children: ReactNode }) {
  return <div className="flex h-10 items-center gap-3 px-3">{children}</div>
}

function Measuring({ fraction, phase, onCancel }: { fraction: number; phase: string; onCancel: () => void }) {
  const pct = Math.round(Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0)) * 100)
  return (
    <StatusRow>
      <span className="shrink-0 text-neutral-300">Measuring camera motion</span>
      <div
        role="progressbar"
        aria-label="Measuring camera motion"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct}
        aria-valuetext={`${phase}: ${pct} %`}
        data-testid="compare.motion.progress"
        className="h-1.5 w-64 shrink overflow-hidden rounded-full bg-neutral-800"
      >
        <div className="h-full rounded-full bg-amber-400 transition-[width]" style={{ width: `${pct}%` }} />
      </div>
      <span className="min-w-0 truncate text-neutral-400">
        {phase} · <span className="tabular-nums text-neutral-200">{pct} %</span>
      </span>
      <PanelButton testId="compare.motion.cancel" onClick={onCancel}>
        Cancel
      </PanelButton>
    </StatusRow>
  )
}

function Done({ view, clock }: { view: DoneView; clock: CompareClock }) {
  const { comparison, designed, reference, measured } = view
  const curves = useMemo(() => motionCurves(comparison, designed, reference, measured), [comparison, designed, reference, measured])
  const path = useMemo(() => (view.designPoses.length > 0 ? measuredPath(measured, designed, view.designPoses) : null), [measured, designed, view.designPoses])
  const designTimes = useMemo(() => designed.frames.map((f) => f.t), [designed])
  const lengthS = designDurationS(designed.frames.length, designed.fps)
  const takeFrames = clock.timing.frameCount
  const timeOfFrame = useCallback((frame: number) => designTimeOfFrame(frame, takeFrames, lengthS), [takeFrames, lengthS])
  const tone = scoreTone(comparison.score)

  return (
    <div className="grid h-full min-h-0 grid-cols-[minmax(0,1.25fr)_minmax(0,1fr)_minmax(0,0.85fr)] gap-3 px-3 py-2">
      {/* the score and one chart per channel */}
      <div className="flex min-h-0 flex-col gap-1">
        <div className="flex shrink-0 items-center gap-3">
          <div data-testid="compare.motion.score" data-score={comparison.score} className="shrink-0 text-sm whitespace-nowrap text-neutral-300">
            Followed <span className={cx('text-lg font-semibold tabular-nums', TONE_TEXT[tone])}>{percent(comparison.score)}</span>
          </div>
          <div className="flex min-w-0 flex-wrap items-center gap-x-3 text-[10px] text-neutral-400">
            <span className="flex items-center gap-1">
              <LegendLine className="stroke-neutral-400" dash="4 3" /> design
            </span>
            {reference && (
              <span className="flex items-center gap-1">
                <LegendLine className="stroke-sky-300" dash="1 3" /> previs measured
              </span>
            )}
            <span className="flex items-center gap-1">
              <LegendLine className="stroke-amber-400" /> take measured
            </span>
          </div>
          {view.onShowPath && (
            <button
              type="button"
              data-testid="compare.motion.showPath"
              onMouseDown={keepFocus}
              onClick={view.onShowPath}
              title="Close Compare and draw this take's measured camera path in the director view, beside the shot's own"
              className="ml-auto h-5 shrink-0 rounded px-1.5 text-[11px] text-neutral-400 hover:bg-neutral-800 hover:text-neutral-200 focus-visible:outline focus-visible:outline-1 focus-visible:outline-amber-400"
            >
              Show path in 3D view
            </button>
          )}
          <button
            type="button"
            data-testid="compare.motion.measure-again"
            onMouseDown={keepFocus}
            onClick={view.onMeasureAgain}
            title="Measure the camera motion in this take again"
            className={cx(!view.onShowPath && 'ml-auto', 'h-5 shrink-0 rounded px-1.5 text-[11px] text-neutral-400 hover:bg-neutral-800 hover:text-neutral-200 focus-visible:outline focus-visible:outline-1 focus-visible:outline-amber-400')}
          >
            Measure again
          </button>
        </div>
        {curves.length === 0 ? (
          <p className="text-neutral-500">Neither the design nor the take moves the camera.</p>
        ) : (
          <ul className="flex min-h-0 flex-1 flex-col gap-1.5 overflow-y-auto" aria-label="Channels">
            {curves.map((c, i) => {
              const score = comparison.channels[i]
              return (
                <li key={c.channel} data-testid={`compare.motion.channel.${c.channel}`} className="grid min-h-[34px] flex-1 grid-cols-[5.5rem_minmax(0,1fr)] items-stretch gap-2">
                  <div className="flex flex-col justify-center leading-tight">
                    <span className="flex items-baseline justify-between gap-1">
                      <span className="text-neutral-200">{channelTitle(c.channel)}</span>
                      <span className={cx('tabular-nums', TONE_TEXT[scoreTone(c.score)])}>{percent(c.score)}</span>
                    </span>
                    <span className="truncate text-[10px] tabular-nums text-neutral-500" title={c.unit === 'dir' ? 'Mean travel direction along this axis (a video has no scale)' : 'End value: design / take'}>
                      {formatChannelValue(score.designed, c.unit)} / {formatChannelValue(score.measured, c.unit)}
                    </span>
                  </div>
                  <ChannelChart curves={c} clock={clock} timeOfFrame={timeOfFrame} />
                </li>
              )
            })}
          </ul>
        )}
      </div>

      {/* what it means and what to do next */}
      <div className="flex min-h-0 flex-col gap-1.5 overflow-y-auto">
        <ul className="flex flex-col gap-1" aria-label="Verdicts">
          {comparison.verdicts.map((v, i) => (
            <li key={i} data-testid="compare.motion.verdict" className="leading-snug text-neutral-200">
              {v}
            </li>
          ))}
        </ul>
        <div className="flex flex-wrap items-center gap-1.5 pt-0.5">
          {view.actions.map((a) => (
            // a disabled button shows no tooltip in every browser: the wrapper carries it too
            <span key={a.id} title={a.unavailable ?? a.title}>
              <PanelButton testId={`compare.motion.action.${a.id}`} onClick={a.run} title={a.unavailable ?? a.title} disabled={a.unavailable !== undefined}>
                {a.label}
              </PanelButton>
            </span>
          ))}
        </div>
        {view.notes.length > 0 && (
          <ul className="flex flex-col gap-0.5 text-[11px] leading-snug text-neutral-500" aria-label="Notes">
            {view.notes.map((n, i) => (
              <li key={i} data-testid="compare.motion.note">
                {n}
              </li>
            ))}
          </ul>
        )}
      </div>

      {/* both camera paths */}
      <div className="min-h-0">
        {path ? (
          <PathView designPoses={view.designPoses} designTimes={designTimes} measured={path} takeTravels={view.measured.frames.some((f) => f.travel !== null)} clock={clock} timeOfFrame={timeOfFrame} />
        ) : (
          <div className="flex h-full items-center justify-center rounded border border-neutral-800 text-neutral-500">No design path to draw.</div>
        )}
      </div>
    </div>
  )
}
