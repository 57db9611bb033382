/**
 * The Share dialog (a lazy chunk): the whole project or the current shot as a link, or one custom
 * preset (opened from My presets › ⋯ › Share link…); the full URL in a read-only field, Copy, the
 * link's length, and a warning past 2,000 characters, where some apps cut links. Media (reference
 * images, the scratch track) never travel in a link: the dialog says which are left out.
 */
import { useEffect, useMemo, useRef, useState } from 'react'
import type { CustomPresetDefinition } from '../../camera-presets/custom'
import { encodePresetLink, encodeProjectLink, encodeShotLink, mediaLeftOut } from '../../share-links'
import { useStudio } from '../../state'
import { Segmented, buttonBase } from '../primitives'
import { Modal } from './Modal'
import { closeShareDialog, useShare } from './shareStore'

/** Past this many characters some chat apps, mail clients and URL shorteners cut a link. */
export const LONG_LINK_CHARS = 2000

type Scope = 'project' | 'shot'
type CopyState = 'idle' | 'copied' | 'select'

/** The studio's own address (origin and path, no query or fragment) followed by the link's fragment. */
export const shareUrl = (fragment: string): string => `${window.location.origin}${window.location.pathname}${fragment}`

export default function ShareDialog() {
  const preset = useShare((s) => s.sharePreset)
  return preset ? <SharePreset preset={preset} /> : <ShareProject />
}

function ShareProject() {
  const project = useStudio((s) => s.document)
  const shotIndex = useStudio((s) => Math.max(0, s.document.shots.findIndex((x) => x.id === s.selectedShotId)))
  const [scope, setScope] = useState<Scope>('project')
  const url = useMemo(() => shareUrl(scope === 'project' ? encodeProjectLink(project) : encodeShotLink(project, shotIndex)), [project, scope, shotIndex])
  const shot = project.shots[shotIndex]
  const shots = project.shots.length
  // a shot's link leaves out only that shot's media
  const leftOut = useMemo(() => (scope === 'project' ? mediaLeftOut(project) : mediaLeftOut({ ...project, shots: [shot], scratchTrack: undefined })), [project, scope, shot])
  return (
    <Modal title="Share" testId="share.dialog" onClose={closeShareDialog}>
      <p className="mb-3 text-xs text-neutral-400">
        Anyone with the link opens a copy of the design in their own studio. The link holds the moves, framing, lens and scene; takes stay here.
      </p>
      <Segmented<Scope>
        ariaLabel="What to share"
        testId="share.scope"
        value={scope}
        onChange={setScope}
        className="mb-3"
        options={[
          { value: 'project', label: `Whole project (${shots} shot${shots === 1 ? '' : 's'})` },
          { value: 'shot', label: `This shot: ${shot.name}` },
        ]}
      />
      <LinkField url={url} advice="Share one shot, or send the project file instead." />
      {leftOut.length > 0 && (
        <div className="mt-3 rounded border border-sky-500/30 bg-sky-500/10 px-2 py-1.5 text-[11px] text-sky-100" data-testid="share.mediaLeftOut">
          <ul className="list-none space-y-0.5">
            {leftOut.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <p className="mt-1 text-sky-200/70">Links carry no images or audio: send the project file (Export project…) to include them.</p>
        </div>
      )}
    </Modal>
  )
}

function SharePreset({ preset }: { readonly preset: CustomPresetDefinition }) {
  const url = useMemo(() => shareUrl(encodePresetLink(preset)), [preset])
  const moves = preset.parts.length
  return (
    <Modal title="Share preset" testId="share.dialog" onClose={closeShareDialog}>
      <p className="mb-3 text-xs text-neutral-400">
        Anyone with the link can add <span className="text-neutral-200" data-testid="share.preset">{preset.name}</span> to their own My presets. The link holds the
        whole preset: its {moves} move{moves === 1 ? '' : 's'} with their values and timing, and the parameters left open; it works the same in their studio.
      </p>
      <LinkField url={url} advice="Send the preset file (Export file…) instead." />
    </Modal>
  )
}

/** The URL, read-only, with Copy, its length and the long-link warning. */
function LinkField({ url, advice }: { readonly url: string; readonly advice: string }) {
  const [copy, setCopy] = useState<CopyState>('idle')
  const field = useRef<HTMLInputElement>(null)
  useEffect(() => setCopy('idle'), [url])

  const copyLink = () => {
    const selectIt = () => {
      field.current?.focus()
      field.current?.select()
      setCopy('select')
    }
    if (!navigator.clipboard) return selectIt()
    navigator.clipboard.writeText(url).then(() => setCopy('copied'), selectIt)
  }

  return (
    <>
      <div className="flex items-center gap-2">
        <input
          ref={field}
          readOnly
          value={url}
          aria-label="Share link"
          data-testid="share.link"
          onFocus={(e) => e.currentTarget.select()}
          className="h-7 min-w-0 flex-1 rounded border border-neutral-700 bg-neutral-950 px-2 font-mono text-[11px] text-neutral-200 outline-none focus:border-amber-400/80"
        />
        <button className={`${buttonBase} h-7 w-20`} onClick={copyLink} data-testid="share.copy">
          {copy === 'copied' ? 'Copied' : 'Copy'}
        </button>
      </div>
      <div className="mt-2 flex items-baseline gap-3 text-[11px]">
        <span className="tabular-nums text-neutral-400" data-testid="share.length">
          {url.length.toLocaleString('en-US')} characters
        </span>
        {copy === 'copied' ? <span className="text-emerald-400">Copied to the clipboard.</span> : null}
        {copy === 'select' ? <span className="text-neutral-300">Selected: press Ctrl+C (⌘C) to copy.</span> : null}
      </div>
      {url.length > LONG_LINK_CHARS ? (
        <p role="alert" data-testid="share.warning" className="mt-2 rounded border border-amber-500/40 bg-amber-500/10 px-2 py-1.5 text-[11px] text-amber-200">
          This link is longer than {LONG_LINK_CHARS.toLocaleString('en-US')} characters: some apps cut long links. {advice}
        </p>
      ) : null}
    </>
  )
}
