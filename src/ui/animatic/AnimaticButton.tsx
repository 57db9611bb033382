/** The transport's "Animatic…" button; the dialog (and everything it renders with) is a lazy chunk. */
import { Suspense, lazy, useState } from 'react'

const AnimaticDialog = lazy(() => import('./AnimaticDialog'))

export function AnimaticButton() {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button
        type="button"
        data-testid="animatic.open"
        title="Render the whole sequence, with the scratch track, to one MP4"
        onClick={() => setOpen(true)}
        className="mr-2 rounded border border-neutral-700 px-2 py-0.5 text-[11px] text-neutral-300 hover:border-neutral-500 hover:bg-neutral-800"
      >
        Animatic…
      </button>
      <Suspense fallback={null}>{open ? <AnimaticDialog onClose={() => setOpen(false)} /> : null}</Suspense>
    </>
  )
}
