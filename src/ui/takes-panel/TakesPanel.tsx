/**
 * The Takes panel of the selected shot: Generate (route, size, depth), then every take of the shot,
 * newest first, with its progress, player, downloads, Retry / Cancel / Choose / Delete (undoable)
 * and Compare (the take beside the previs or the live lens view).
 */
import { Suspense, lazy, useCallback, useEffect, useMemo, useState } from 'react'
import { QueryClientProvider } from '@tanstack/react-query'
import { queryClient } from '../../api-client/queryClient'
import { ensureTakesBound, takesService } from '../../generate'
import { selectCurrentShot, useStudio } from '../../state'
import { useTakes } from '../../state/takesStore'
import { registryFor } from '../../camera-presets/custom'
import { designFingerprint } from '../../takes/fingerprint'
import { expandShot } from '../../timeline/composite'
import { type Take, takesOfShot } from '../../takes/model'
import { buttonBase, cx } from '../primitives'
import { GenerateBar } from './GenerateBar'
import { TakeRow } from './TakeRow'
import { MeasureLogButton } from '../measure-log/MeasureLogButton'
import { MeasureOnArrivalToggle } from './MeasureOnArrivalToggle'
import { useRouteChoices } from './useRouteChoices'
import { useTakeMotionView } from './useTakeMotionView'
import type { Scene, Shot } from '../../timeline/model'
import { projectCost } from './takeCost'

const CompareView = lazy(() => import('../takes-compare').then((m) => ({ default: m.CompareView })))

/** The Takes panel; the server's routes are asked through TanStack Query, which loads with this panel (not in the studio's first load). */
export function TakesPanel() {
  return (
    <QueryClientProvider client={queryClient}>
      <TakesPanelContent />
    </QueryClientProvider>
  )
}

function TakesPanelContent() {
  const shot = useStudio(selectCurrentShot)
  const scene = useStudio((s) => s.document.scene)
  const all = useTakes((s) => s.takes)
  const lastDeleted = useTakes((s) => s.lastDeleted)
  const takes = useMemo(() => takesOfShot(all, shot.id), [all, shot.id])
  const registry = useStudio((s) => registryFor(s.document))
  // a custom preset's clips are fingerprinted as the moves they expand to, so editing the preset outdates its takes
  const fingerprints = useMemo(() => {
    const design = expandShot(shot, registry)
    return { picture: designFingerprint(design, scene, true), full: designFingerprint(design, scene) }
  }, [shot, scene, registry])
  const cost = useMemo(() => projectCost(all), [all])
  const [comparing, setComparing] = useState<Take | null>(null)
  const closeCompare = useCallback(() => setComparing(null), [])
  useEffect(() => void ensureTakesBound(), [])
  const references = useMemo(() => (comparing ? takes.filter((t) => t.id !== comparing.id && t.status === 'succeeded') : []), [takes, comparing])

  return (
    <div className="flex min-h-full flex-col" data-testid="takes.panel">
      <GenerateBar />
      <div className="flex items-center gap-2 border-b border-neutral-800 px-3 py-1 text-[11px] text-neutral-400">
        {cost ? (
          <span className="flex min-w-0 flex-1 items-center justify-between gap-2" data-testid="takes.projectCost" title={cost.title}>
            <span className="truncate">
              {cost.takes} hosted take{cost.takes === 1 ? '' : 's'} in this project
            </span>
            <span className="text-neutral-200 tabular-nums">{cost.text}</span>
          </span>
        ) : (
          <span className="flex-1" />
        )}
        <MeasureOnArrivalToggle />
        <MeasureLogButton />
      </div>
      {lastDeleted && (
        <div className="flex items-center justify-between gap-2 border-b border-neutral-800 bg-neutral-900 px-3 py-1.5 text-[11px] text-neutral-300" role="status">
          Take deleted.
          <button type="button" className={cx(buttonBase, 'h-5 text-[11px]')} onClick={() => void takesService.undoDelete()} data-testid="takes.undoDelete">
            Undo
          </button>
        </div>
      )}
      {takes.length === 0 ? (
        <p className="p-4 text-center text-xs leading-relaxed text-neutral-500" data-testid="takes.empty">
          No takes of {shot.name} yet. Press <span className="text-neutral-300">Generate</span> (or G) to render it through its camera path and keep the video here.
        </p>
      ) : (
        <ul data-testid="takes.list">
          {takes.map((t) => (
            <TakeRow key={t.id} take={t} stale={t.fingerprint !== (t.route === 'previs' ? fingerprints.picture : fingerprints.full)} onCompare={setComparing} />
          ))}
        </ul>
      )}
      {comparing && <ComparingTake take={takes.find((t) => t.id === comparing.id) ?? comparing} references={references} shot={shot} scene={scene} onClose={closeCompare} />}
    </div>
  )
}

/** The Compare view of a take, with its measurement and the retries its score calls for. */
function ComparingTake({ take, references, shot, scene, onClose }: { take: Take; references: readonly Take[]; shot: Shot; scene: Scene; onClose: () => void }) {
  const { choices } = useRouteChoices()
  const motion = useTakeMotionView(take, choices, onClose)
  return (
    <Suspense fallback={null}>
      <CompareView take={take} references={references} shot={shot} scene={scene} loadVideo={(id) => takesService.media(id, 'video')} onClose={onClose} motion={motion} />
    </Suspense>
  )
}
