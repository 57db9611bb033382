import { useEffect } from 'react'
import { selectCurrentShot, studioActions, useStudio } from '../state'

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
  return (
    <footer className="flex h-full items-center gap-4 border-t border-neutral-800 bg-neutral-900 px-3 text-[11px] text-neutral-500">
      <span>
        Shot {shotIndex + 1} of {shotCount} · {shot.durationS.toFixed(2)} s · {shot.fps} fps · {shot.aspect} · {moves} {moves === 1 ? 'move' : 'moves'}
      </span>
      {notice?.text ? (
        <span role="status" data-testid="status.notice" className={notice.tone === 'error' ? 'text-red-400' : 'text-neutral-300'}>
          {notice.text}
        </span>
      ) : null}
      <span className="ml-auto">Press ? for shortcuts</span>
    </footer>
  )
}
