/**
 * The shot's reference image in the Inspector: with none, what it is for and Choose file…; with one,
 * its details (`ReferenceImageDetails`, a lazy chunk: thumbnail, aspect check and fixes, overlay
 * opacity, card). The file input is here, so Choose file… and Replace… share it.
 */
import { Suspense, lazy, useRef } from 'react'
import { importReferenceImage, useReferenceView } from '../../reference-image'
import type { Shot } from '../../timeline'
import { Section, buttonBase, cx } from '../primitives'
import { memoOnShotFields } from './memoOnShot'

const ReferenceImageDetails = lazy(() => import('./ReferenceImageDetails'))

export interface ReferenceImageSectionProps {
  readonly shot: Shot
}

function ReferenceImageSectionBody({ shot }: ReferenceImageSectionProps) {
  const input = useRef<HTMLInputElement>(null)
  const image = shot.referenceImage
  const busy = useReferenceView((s) => s.busyShotId === shot.id)
  const choose = () => input.current?.click()
  return (
    <Section title="Reference image" testId="inspector.reference">
      <input
        ref={input}
        type="file"
        accept="image/*"
        hidden
        data-testid="inspector.reference.input"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0]
          e.currentTarget.value = ''
          if (file) void importReferenceImage(file, shot.id)
        }}
      />
      {image ? (
        <Suspense fallback={<span className="h-16 text-[10px] text-neutral-500">Loading…</span>}>
          <ReferenceImageDetails shot={shot} image={image} busy={busy} choose={choose} />
        </Suspense>
      ) : (
        <div className="flex flex-col gap-2">
          <p className="text-[11px] leading-snug text-neutral-500">
            Drop an image on the shot, or choose a file: it stands in the views at the start framing, and routes that begin from an image start from it.
          </p>
          <button type="button" className={cx(buttonBase, 'self-start')} onClick={choose} disabled={busy} data-testid="inspector.reference.choose">
            Choose file…
          </button>
        </div>
      )}
      {busy && (
        <p role="status" className="text-[11px] text-neutral-400" data-testid="inspector.reference.busy">
          Reading the image…
        </p>
      )}
    </Section>
  )
}

/** Re-renders only when one of these shot fields changes (memoOnShot.ts). */
export const ReferenceImageSection = memoOnShotFields(ReferenceImageSectionBody, ['id', 'name', 'aspect', 'referenceImage'])
