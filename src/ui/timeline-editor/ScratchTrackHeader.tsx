/**
 * The scratch track's header left of its lane: "Audio", mute (session) and, with a track, its
 * controls (gain, Replace, Remove: a lazy chunk); without one, Import audio…. The importer is a lazy chunk.
 */
import { Suspense, lazy, useRef } from 'react'
import { setScratchMuted, useScratchSession } from '../../animatic/session'
import { useStudio } from '../../state'

const ScratchTrackControls = lazy(() => import('./ScratchTrackControls'))

export const AUDIO_ACCEPT = 'audio/*,.wav,.mp3,.m4a,.aac,.ogg,.oga,.opus,.flac,.webm'

const importFile = async (file: File) => (await import('../../animatic/importAudio')).importScratchAudioFile(file)

function SpeakerIcon({ muted }: { muted: boolean }) {
  return (
    <svg viewBox="0 0 16 16" className="h-3 w-3" aria-hidden="true">
      <path d="M2 6h3l4-3v10L5 10H2z" fill="currentColor" />
      {muted ? (
        <path d="M11 6l4 4M15 6l-4 4" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" />
      ) : (
        <path d="M11 5.5a3.5 3.5 0 0 1 0 5M12.5 3.5a6 6 0 0 1 0 9" fill="none" stroke="currentColor" strokeWidth="1.3" strokeLinecap="round" />
      )}
    </svg>
  )
}

export function ScratchTrackHeader({ heightPx }: { readonly heightPx: number }) {
  const track = useStudio((s) => s.document.scratchTrack)
  const muted = useScratchSession((s) => s.muted)
  const inputRef = useRef<HTMLInputElement>(null)
  const pick = () => inputRef.current?.click()
  return (
    <div data-testid="timeline.audio-header" className="flex flex-col justify-between border-b border-neutral-800/80 py-1 pr-1 pl-2" style={{ height: heightPx }}>
      <input
        ref={inputRef}
        type="file"
        accept={AUDIO_ACCEPT}
        className="hidden"
        data-testid="timeline.audio-input"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0]
          e.currentTarget.value = ''
          if (file) void importFile(file)
        }}
      />
      <div className="flex items-center justify-between">
        <span className="text-[11px] whitespace-nowrap text-neutral-300">Audio</span>
        {track && (
          <button
            type="button"
            aria-label={muted ? 'Unmute the scratch track' : 'Mute the scratch track'}
            title={muted ? 'Muted in the studio (the animatic keeps it): unmute' : 'Mute in the studio (the animatic keeps it)'}
            aria-pressed={muted}
            data-testid="timeline.audio-mute"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => setScratchMuted(!muted)}
            className={`inline-flex h-5 w-5 items-center justify-center rounded ${muted ? 'bg-red-500/20 text-red-300' : 'text-neutral-400 hover:bg-neutral-800 hover:text-neutral-100'}`}
          >
            <SpeakerIcon muted={muted} />
          </button>
        )}
      </div>
      {track ? (
        <Suspense fallback={<span className="h-10" />}>
          <ScratchTrackControls gainDb={track.gainDb} onReplace={pick} />
        </Suspense>
      ) : (
        <button
          type="button"
          data-testid="timeline.audio-import"
          aria-label="Import audio…"
          title="Import a scratch audio track: WAV, MP3, M4A/AAC, Ogg/Opus or FLAC"
          onClick={pick}
          className="self-start rounded border border-neutral-700 px-1.5 py-0.5 text-[10px] whitespace-nowrap text-neutral-300 hover:border-neutral-500 hover:bg-neutral-800"
        >
          Import…
        </button>
      )}
    </div>
  )
}
