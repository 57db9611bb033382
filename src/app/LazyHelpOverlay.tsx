import { Suspense, lazy, useEffect } from 'react'
import { useStudio } from '../state'
import { whenIdle } from '../ui/primitives'

/** The keyboard-shortcut overlay ('?') loads when first opened; fetched when the browser is idle, so opening it does not wait. */
const loadHelp = () => import('./HelpOverlay')
const HelpOverlay = lazy(() => loadHelp().then((m) => ({ default: m.HelpOverlay })))

export function LazyHelpOverlay() {
  const open = useStudio((s) => s.helpOpen)
  useEffect(() => whenIdle(() => void loadHelp()), [])
  if (!open) return null
  return (
    <Suspense fallback={null}>
      <HelpOverlay />
    </Suspense>
  )
}
