import { Suspense, lazy, useEffect, useState } from 'react'
import { InspectorPanel } from '../ui/inspector'
import { cx } from '../ui/primitives'
import { type RightPanelTab, studioActions, useStudio } from '../state'

/** The Takes panel (and the takes service, IndexedDB wrapper and route list behind it) loads when first opened. */
const TakesPanel = lazy(() => import('../ui/takes-panel').then((m) => ({ default: m.TakesPanel })))
/** The Compile panel (and the compilers behind it) likewise; fetched when the browser is idle, so opening it does not wait. */
const loadCompilePanel = () => import('../ui/compile-panel')
const CompilePanel = lazy(() => loadCompilePanel().then((m) => ({ default: m.CompilePanel })))
const whenIdle = (fn: () => void) => ('requestIdleCallback' in window ? window.requestIdleCallback(fn, { timeout: 4000 }) : setTimeout(fn, 2000))

const TABS: readonly { id: RightPanelTab; label: string }[] = [
  { id: 'inspector', label: 'Inspector' },
  { id: 'compile', label: 'Compile' },
  { id: 'takes', label: 'Takes' },
]

/**
 * The right-hand column: Inspector | Compile | Takes tabs. Compile and Takes load when first opened; then the panels stay mounted (the compile panel keeps
 * its selection and results), the hidden one is not drawn and the compile panel compiles only while shown.
 */
export function RightPanel() {
  const tab = useStudio((s) => s.rightPanelTab)
  const setTab = (t: RightPanelTab) => studioActions().setRightPanelTab(t)
  const [takesOpened, setTakesOpened] = useState(false)
  const [compileOpened, setCompileOpened] = useState(false)
  useEffect(() => {
    if (tab === 'takes') setTakesOpened(true)
    if (tab === 'compile') setCompileOpened(true)
  }, [tab])
  useEffect(() => void whenIdle(() => void loadCompilePanel()), [])
  return (
    <div className="flex h-full min-h-0 flex-col">
      <div role="tablist" aria-label="Right panel" className="flex h-8 shrink-0 border-b border-neutral-800 bg-neutral-950">
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`right-tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`right-panel-${t.id}`}
            data-testid={`${t.id}.tab`}
            onClick={() => setTab(t.id)}
            className={cx(
              'flex-1 border-b-2 text-[11px] font-semibold tracking-wide uppercase transition-colors',
              'focus-visible:outline focus-visible:-outline-offset-2 focus-visible:outline-amber-400',
              tab === t.id ? 'border-amber-400 text-neutral-100' : 'border-transparent text-neutral-500 hover:text-neutral-300',
            )}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="right-panel-inspector" aria-labelledby="right-tab-inspector" hidden={tab !== 'inspector'} className="min-h-0 flex-1 overflow-y-auto">
        <InspectorPanel />
      </div>
      <div role="tabpanel" id="right-panel-compile" aria-labelledby="right-tab-compile" hidden={tab !== 'compile'} className="min-h-0 flex-1">
        {(compileOpened || tab === 'compile') && (
          <Suspense fallback={<p className="p-4 text-xs text-neutral-500">Loading compilers…</p>}>
            <CompilePanel active={tab === 'compile'} />
          </Suspense>
        )}
      </div>
      <div role="tabpanel" id="right-panel-takes" aria-labelledby="right-tab-takes" hidden={tab !== 'takes'} className="min-h-0 flex-1 overflow-y-auto">
        {(takesOpened || tab === 'takes') && (
          <Suspense fallback={<p className="p-4 text-xs text-neutral-500">Loading takes…</p>}>
            <TakesPanel />
          </Suspense>
        )}
      </div>
    </div>
  )
}
