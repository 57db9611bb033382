import { memo } from 'react'
import { studioStore } from '../../state'
import { Section, Toggle } from '../primitives'

export interface GuidesSectionProps {
  readonly guides: { readonly thirds: boolean; readonly safeAreas: boolean; readonly horizon: boolean }
}

/** Lens-view overlays (session settings, not part of the document). */
function GuidesSectionBody({ guides }: GuidesSectionProps) {
  return (
    <Section title="Guides" testId="inspector.guides" defaultOpen>
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        <Toggle checked={guides.thirds} onChange={() => studioStore.getState().toggleGuide('thirds')} label="Thirds" testId="inspector.guide.thirds" />
        <Toggle checked={guides.safeAreas} onChange={() => studioStore.getState().toggleGuide('safeAreas')} label="Safe areas" testId="inspector.guide.safeAreas" />
        <Toggle checked={guides.horizon} onChange={() => studioStore.getState().toggleGuide('horizon')} label="Horizon" testId="inspector.guide.horizon" />
      </div>
    </Section>
  )
}

/** Re-renders only when the guides change. */
export const GuidesSection = memo(GuidesSectionBody)
