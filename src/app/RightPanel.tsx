import { useState } from 'react'
import { InspectorPanel } from '../ui/inspector'
import { CompilePanel } from '../ui/compile-panel'
import { cx } from '../ui/primitives'

type RightTab = 'inspector' | 'compile'

const TABS: readonly { id: RightTab; label: string }[] = [
  { id: 'inspector', label: 'Inspector' },
  { id: 'compile', label: 'Compile' },
]

/**
 * The right-hand column: Inspector | Compile tabs. Both panels stay mounted (the compile panel keeps
 * its selection and results), the hidden one is not drawn and the compile panel compiles only while shown.
 */
export function RightPanel() {
  const [tab, setTab] = useState<RightTab>('inspector')
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
            data-testid={t.id === 'compile' ? 'compile.tab' : 'inspector.tab'}
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
        <CompilePanel active={tab === 'compile'} />
      </div>
    </div>
  )
}
