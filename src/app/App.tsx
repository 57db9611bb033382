import { useEffect } from 'react'
import { PresetsPanel } from '../ui/presets-panel'
import { TimelinePanel } from '../ui/timeline-editor'
import { Viewport } from '../viewport'
import { startPlaybackLoop, studioStore } from '../state'
import { TopBar } from './TopBar'
import { StatusBar } from './StatusBar'
import { HelpOverlay } from './HelpOverlay'
import { ServerTokenDialog } from '../ui/server-token'
import { RightPanel } from './RightPanel'
import { useKeyboardShortcuts } from './useKeyboardShortcuts'
import { installTestApi } from './testApi'
import { restoreAutosave, startAutosave } from '../persistence/autosave'

/** The studio shell: library left, viewport centre, inspector | compile right, timeline below. */
export function App() {
  useEffect(() => startPlaybackLoop(studioStore), [])
  useEffect(() => installTestApi(studioStore), [])
  useEffect(() => {
    let stop: (() => void) | undefined
    let cancelled = false
    let idle: ReturnType<typeof setTimeout> | undefined
    void restoreAutosave(studioStore).finally(() => {
      if (cancelled) return
      stop = startAutosave(studioStore)
      // once the studio is up: load the project's takes (a lazy chunk), so hosted generations that
      // were running when the page closed resume polling even before the Takes panel is opened
      idle = setTimeout(() => void import('../generate').then((m) => m.ensureTakesBound()), 1500)
    })
    return () => {
      cancelled = true
      stop?.()
      clearTimeout(idle)
    }
  }, [])
  useKeyboardShortcuts()
  return (
    <div className="grid h-full grid-cols-[232px_minmax(0,1fr)_300px] grid-rows-[40px_minmax(0,1fr)_minmax(200px,34%)_24px] bg-neutral-950 text-neutral-200">
      <div className="col-span-3">
        <TopBar />
      </div>
      <aside className="row-span-2 min-h-0 border-r border-neutral-800" aria-label="Preset library">
        <PresetsPanel />
      </aside>
      <main className="relative min-h-0 min-w-0" aria-label="Viewport">
        <Viewport />
      </main>
      <aside className="row-span-2 min-h-0 border-l border-neutral-800" aria-label="Inspector">
        <RightPanel />
      </aside>
      <section className="min-h-0 min-w-0 border-t border-neutral-800" aria-label="Timeline">
        <TimelinePanel />
      </section>
      <div className="col-span-3">
        <StatusBar />
      </div>
      <HelpOverlay />
      <ServerTokenDialog />
    </div>
  )
}
