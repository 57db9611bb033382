/** The one static import of the storyboard view: mounts its lazy chunk (`./index`) only while it is open. */
import { Suspense, lazy } from 'react'
import { useStoryboardOpen } from './openState'

const View = lazy(() => import('./index').then((m) => ({ default: m.StoryboardView })))

export function LazyStoryboard() {
  const open = useStoryboardOpen()
  if (!open) return null
  return (
    <Suspense
      fallback={
        <div className="fixed inset-0 z-40 flex items-center justify-center bg-neutral-950 text-sm text-neutral-400" role="status">
          Opening the storyboard…
        </div>
      }
    >
      <View />
    </Suspense>
  )
}
