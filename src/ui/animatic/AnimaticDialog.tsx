/**
 * The Animatic dialog (a lazy chunk): size, overlay, which picture each shot uses, the audio codec;
 * Render with a progress bar and Cancel; Download when done. Closing the dialog cancels a render.
 */
import { useEffect, useMemo, useRef, useState } from 'react'
import { detectAudioCodec } from '../../animatic/audioEncoding'
import { animaticDimensions, planSequence } from '../../animatic/core/sequencePlan'
import type { AudioCodecChoice } from '../../animatic/core/audioCodec'
import type { AnimaticProgress, AnimaticResult } from '../../animatic/renderAnimatic'
import { animaticFileName, plannedSources, renderStudioAnimatic } from '../../animatic/studioAnimatic'
import { aspectValue } from '../../core/camera/lens'
import { downloadBlob } from '../../persistence/files'
import { useStudio } from '../../state'
import { Segmented, buttonBase } from '../primitives'
import { Modal, primaryButton } from '../share/Modal'

type SizeId = '360' | '720' | '1080'
const SIZES: readonly SizeId[] = ['360', '720', '1080']

type Run =
  | { readonly state: 'idle' }
  | { readonly state: 'rendering'; readonly progress: AnimaticProgress | null }
  | { readonly state: 'done'; readonly result: AnimaticResult }
  | { readonly state: 'failed'; readonly message: string }

const seconds = (s: number) => `${s.toFixed(2)} s`

export default function AnimaticDialog({ onClose }: { readonly onClose: () => void }) {
  const project = useStudio((s) => s.document)
  const plan = useMemo(() => planSequence(project.shots), [project.shots])
  const aspect = aspectValue(project.shots[0].aspect)
  const [size, setSize] = useState<SizeId>('360')
  const [overlay, setOverlay] = useState(true)
  const [summary, setSummary] = useState<string[] | null>(null)
  const [audio, setAudio] = useState<AudioCodecChoice | null | 'none'>('none')
  const [run, setRun] = useState<Run>({ state: 'idle' })
  const abortRef = useRef<AbortController | null>(null)
  const track = project.scratchTrack

  useEffect(() => {
    let live = true
    void plannedSources().then((p) => live && setSummary(p.summary), () => live && setSummary(['Shots: previs (the takes could not be read).']))
    void detectAudioCodec().then((c) => live && setAudio(c))
    return () => {
      live = false
    }
  }, [project.shots])
  useEffect(() => () => abortRef.current?.abort(), [])

  const dims = (id: SizeId) => animaticDimensions(aspect, Number(id))
  const render = async () => {
    const controller = new AbortController()
    abortRef.current = controller
    setRun({ state: 'rendering', progress: null })
    try {
      const { width, height } = dims(size)
      const result = await renderStudioAnimatic({ width, height, overlay, signal: controller.signal, onProgress: (p) => setRun({ state: 'rendering', progress: p }) })
      setRun({ state: 'done', result })
    } catch (e) {
      setRun((e as Error).name === 'AbortError' ? { state: 'idle' } : { state: 'failed', message: (e as Error).message })
    } finally {
      if (abortRef.current === controller) abortRef.current = null
    }
  }

  const rendering = run.state === 'rendering'
  const p = rendering ? run.progress : null
  const fraction = p ? p.framesDone / p.frameCount : 0
  const audioLine = !track
    ? 'No scratch track: the animatic is silent. Import audio on the timeline’s Audio lane.'
    : audio === 'none'
      ? `Scratch track: ${track.fileName} (${seconds(track.durationS)}, ${track.gainDb} dB, starts at ${seconds(track.offsetS)}).`
      : audio
        ? `Scratch track: ${track.fileName} (${seconds(track.durationS)}, ${track.gainDb} dB, starts at ${seconds(track.offsetS)}), encoded as ${audio.label}.`
        : 'This browser can encode neither AAC nor Opus: the animatic cannot carry the scratch track here.'

  return (
    <Modal title="Animatic" testId="animatic.dialog" onClose={onClose} width="w-[520px]">
      <p className="mb-3 text-xs text-neutral-400">
        The whole sequence as one MP4, shot after shot with cuts: {project.shots.length} shot{project.shots.length === 1 ? '' : 's'}, {plan.totalFrames} frames at {plan.fps} fps ({seconds(plan.durationS)}).
        {plan.fpsNote ? ` ${plan.fpsNote}` : ''}
      </p>
      <div className="mb-3 flex items-center gap-3 text-xs">
        <span className="text-neutral-400">Size</span>
        <Segmented<SizeId>
          ariaLabel="Animatic size"
          testId="animatic.size"
          value={size}
          onChange={setSize}
          options={SIZES.map((id) => ({ value: id, label: `${dims(id).width}×${dims(id).height}` }))}
        />
      </div>
      <label className="mb-3 flex items-center gap-2 text-xs text-neutral-300">
        <input type="checkbox" data-testid="animatic.overlay" checked={overlay} onChange={(e) => setOverlay(e.currentTarget.checked)} />
        Burn in the shot number, timecode and move names
      </label>
      <div className="mb-3 rounded border border-neutral-800 bg-neutral-950 p-2 text-xs text-neutral-300" data-testid="animatic.sources">
        {summary ? summary.map((line) => <div key={line}>{line}</div>) : <div className="text-neutral-500">Looking at the takes…</div>}
        <div className="mt-1 text-neutral-400" data-testid="animatic.audio">
          {audioLine}
        </div>
      </div>

      {rendering && (
        <div className="mb-3">
          <div
            role="progressbar"
            aria-label="Animatic render progress"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.round(fraction * 100)}
            data-testid="animatic.progress"
            className="h-1.5 w-full overflow-hidden rounded bg-neutral-800"
          >
            <div className="h-full bg-amber-400 transition-[width]" style={{ width: `${fraction * 100}%` }} />
          </div>
          <div className="mt-1 text-[11px] text-neutral-500 tabular-nums">
            {p
              ? `${p.phase} · ${p.framesDone}/${p.frameCount} frames · ${p.framesPerSecond.toFixed(1)} fps${p.secondsLeft !== null ? ` · about ${Math.ceil(p.secondsLeft)} s left` : ''}`
              : 'Starting…'}
          </div>
        </div>
      )}
      {run.state === 'failed' && (
        <p className="mb-3 text-xs text-red-300" role="alert" data-testid="animatic.error">
          {run.message}
        </p>
      )}
      {run.state === 'done' && (
        <div className="mb-3 text-xs text-neutral-300" data-testid="animatic.result">
          <div>
            Rendered {run.result.frameCount} frames ({seconds(run.result.durationS)}) at {run.result.width}×{run.result.height}, {run.result.videoCodec === 'avc' ? 'H.264' : 'VP9'}
            {run.result.audio ? ` video; audio: ${run.result.audio.label}` : ' video, no audio'}.
          </div>
          {run.result.notes.map((n) => (
            <div key={n} className="text-amber-200/80">
              {n}
            </div>
          ))}
        </div>
      )}

      <div className="flex justify-end gap-2">
        {rendering ? (
          <button type="button" className={buttonBase} data-testid="animatic.cancel" onClick={() => abortRef.current?.abort()}>
            Cancel
          </button>
        ) : (
          <>
            {run.state === 'done' && (
              <button type="button" className={buttonBase} data-testid="animatic.download" onClick={() => downloadBlob(run.result.blob, animaticFileName(project.name))}>
                Download {animaticFileName(project.name)}
              </button>
            )}
            <button type="button" className={primaryButton} data-testid="animatic.render" onClick={() => void render()}>
              {run.state === 'done' ? 'Render again' : 'Render'}
            </button>
          </>
        )}
      </div>
    </Modal>
  )
}
