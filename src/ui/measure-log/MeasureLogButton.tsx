/** "Measured log" for the Takes panel's header: opens the Measured takes dialog, a lazy chunk loaded on first click. */
import { Suspense, lazy, useState } from 'react'
import { buttonBase, cx } from '../primitives/styles'

const MeasureLogDialog = lazy(() => import('./MeasureLogDialog'))

export function MeasureLogButton({ className }: { readonly className?: string }) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button
        type="button"
        data-testid="takes.measureLog"
        title="Measured takes: what hosted models did with each named move, against the calibration table"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
        className={cx(buttonBase, 'h-5 text-[11px]', className)}
      >
        Measured log
      </button>
      <Suspense fallback={null}>{open ? <MeasureLogDialog onClose={() => setOpen(false)} /> : null}</Suspense>
    </>
  )
}
