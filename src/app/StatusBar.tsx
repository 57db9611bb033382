import { memo, useEffect } from 'react'
import { selectCurrentShot, studioActions, useStudio } from '../state'
import { type SaveStatus, useLibrary } from '../state/libraryStore'

/** A few words for the status bar; the whole reason is its tooltip. */
const saveText = (save: SaveStatus): string => {
  switch (save.state) {
    case 'starting':
      return ''
    case 'saving':
      return 'Saving…'
    case 'saved':
      return 'Saved'
    case 'error':
      return save.message?.startsWith('Storage is full') ? 'Not saved: storage is full' : 'Not saved: saving failed'
    case 'memory-only':
      return 'Not saved in this browser'
    case 'paused':
      return `Read-only: ${(save.message ?? 'open in another tab').split(':')[0].toLowerCase()}`
  }
}

/** "Saved" / "Saving…" / why not: the autosave of the open project. Memoised: an edit re-renders the status bar, this only on the save's own state. */
const SaveState = memo(function SaveState() {
  const save = useLibrary((s) => s.save)
  const role = useLibrary((s) => s.tab.role)
  const text = saveText(save)
  if (!text) return null
  const tone = save.state === 'error' || save.state === 'memory-only' ? 'text-red-400' : save.state === 'paused' ? 'text-amber-300' : 'text-neutral-500'
  const title = save.message ?? (save.at ? `Saved in this browser at ${new Date(save.at).toLocaleTimeString()}` : undefined)
  return (
    <span className={tone} title={title} data-testid="status.save" data-state={save.state} data-tab={role}>
      {text}
    </span>
  )
})

export function StatusBar() {
  const notice = useStudio((s) => s.notice)
  const shot = useStudio(selectCurrentShot)
  const shotIndex = useStudio((s) => s.document.shots.findIndex((x) => x.id === s.selectedShotId))
  const shotCount = useStudio((s) => s.document.shots.length)
  const moves = shot.tracks.reduce((n, t) => n + t.clips.length, 0)
  useEffect(() => {
    if (!notice) return
    const timer = setTimeout(() => studioActions().notify(''), 6000)
    return () => clearTimeout(timer)
  }, [notice])
  // the bar is one line: a notice takes the shot summary's place for its few seconds (the timeline
  // shows the same facts), and one longer than the bar ends in "…" with the whole text as its tooltip
  return (
    <footer data-testid="status.bar" className="flex h-full items-center gap-4 overflow-hidden border-t border-neutral-800 bg-neutral-900 px-3 text-[11px] whitespace-nowrap text-neutral-500">
      {notice?.text ? (
        <span role="status" data-testid="status.notice" title={notice.text} className={`min-w-0 truncate ${notice.tone === 'error' ? 'text-red-400' : 'text-neutral-300'}`}>
          {notice.text}
        </span>
      ) : (
        <span data-testid="status.summary" className="min-w-0 truncate">
          Shot {shotIndex + 1} of {shotCount} · {shot.durationS.toFixed(2)} s · {shot.fps} fps · {shot.aspect} · {moves} {moves === 1 ? 'move' : 'moves'}
        </span>
      )}
      <span className="ml-auto flex shrink-0 items-center gap-4">
        <SaveState />
        <span>Press ? for shortcuts</span>
      </span>
    </footer>
  )
}
