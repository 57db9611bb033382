import { Suspense, lazy, useEffect } from 'react'
import { selectCurrentShot, useStudio, useStudioShallow } from '../../state'
import { findClip } from '../../timeline'
import { whenIdle } from '../primitives'
import { FramingSection } from './FramingSection'
import { GuidesSection } from './GuidesSection'
import { LensSection } from './LensSection'
import { PromptSection } from './PromptSection'
import { ReferenceImageSection } from './ReferenceImageSection'
import { ShotSection } from './ShotSection'
import { SubjectSection } from './SubjectSection'

/**
 * The selected move's section (parameters, easing curve and its Bezier editor) loads when a move is first selected;
 * fetched when the browser is idle, so selecting one does not wait.
 */
const loadClipInspector = () => import('./ClipInspector')
const ClipInspector = lazy(() => loadClipInspector().then((m) => ({ default: m.ClipInspector })))

/**
 * The right-hand inspector: the selected move (when one is selected), then the selected shot's
 * settings, what it is of (its prompt), its reference image, framing, lens, subject and guides. Reads the store through selectors (never the playhead).
 */
export function InspectorPanel() {
  const shot = useStudio(selectCurrentShot)
  const selectedClipId = useStudio((s) => s.selectedClipId)
  const guides = useStudioShallow((s) => s.guides)
  const clip = selectedClipId ? findClip(shot, selectedClipId)?.clip : undefined
  useEffect(() => whenIdle(() => void loadClipInspector()), [])

  return (
    <div data-testid="inspector" className="flex min-h-full flex-col bg-neutral-900 text-neutral-200">
      {clip ? (
        <Suspense fallback={null}>
          <ClipInspector key={clip.id} clip={clip} fps={shot.fps} />
        </Suspense>
      ) : (
        <p data-testid="inspector.empty" className="border-b border-neutral-800 px-3 py-2.5 text-[11px] leading-snug text-neutral-500">
          Select a move on the timeline to edit it, or click a preset in the library to add one.
        </p>
      )}
      <ShotSection key={`shot:${shot.id}`} shot={shot} />
      <PromptSection key={`prompt:${shot.id}`} shot={shot} />
      <ReferenceImageSection shot={shot} />
      <FramingSection shot={shot} />
      <LensSection shot={shot} />
      <SubjectSection shot={shot} />
      <GuidesSection guides={guides} />
    </div>
  )
}
