import { useEffect, useState } from 'react'
import { PresetsPanel } from '../ui/presets-panel'
import { TimelinePanel } from '../ui/timeline-editor'
import { VIEWPORT_FAILED_EVENT, Viewport } from '../viewport'
import { startPlaybackLoop, studioStore } from '../state'
import { TopBar } from './TopBar'
import { StatusBar } from './StatusBar'
import { LazyHelpOverlay } from './LazyHelpOverlay'
import { ServerTokenDialog } from '../ui/server-token'
import { RightPanel } from './RightPanel'
import { useKeyboardShortcuts } from './useKeyboardShortcuts'
import { installTestApi } from './testApi'
import { installFileDrop, shotIdAt } from '../persistence/fileDrop'
import { importReferenceImage, referenceViewStore } from '../reference-image'
import { importPresetTextLazily } from '../ui/custom-presets/panel'
import { isLocked, libraryStore, useLibrary } from '../state/libraryStore'
import { LazyLibraryLayer } from '../ui/project-library/LazyLibraryLayer'
import { useLinkPreviewOpen } from '../ui/share'
import { LazyStoryboard } from '../ui/storyboard/LazyStoryboard'
import { useStoryboardOpen } from '../ui/storyboard/openState'

/** At most this long the panels wait for the first lens frame (a lost context, a hung GPU: they show anyway). */
const FIRST_FRAME_WAIT_MS = 2000

/**
 * Whether the lens view has drawn its first frame (or the wait is over). Until then the panels
 * around the viewport are not rendered at all, only their empty grid cells (fixed sizes, so the
 * viewport has its final size from the start): the browser rasterises the page and runs WebGL in
 * one GPU process, and the first raster of the whole studio (without a GPU: seconds of software
 * raster) held up the synchronous `getContext('webgl2')` and the first frame behind it; and their
 * React render, style and layout (most of the page) sat on the first frame's path for nothing, as
 * nothing of them was shown before it. Rendered after the first frame, the panels cost the lens
 * nothing and show a moment later, as before.
 */
const useFirstLensFrame = (): boolean => {
  const [drawn, setDrawn] = useState(false)
  useEffect(() => {
    if (drawn) return
    const done = () => setDrawn(true)
    if (document.querySelector('canvas[data-ready="true"]')) return done()
    const timer = setTimeout(done, FIRST_FRAME_WAIT_MS)
    window.addEventListener('studio:ready', done)
    // the 3D view could not start (no WebGL) or stopped: it says so itself, and the panels need not wait
    window.addEventListener(VIEWPORT_FAILED_EVENT, done)
    return () => {
      clearTimeout(timer)
      window.removeEventListener('studio:ready', done)
      window.removeEventListener(VIEWPORT_FAILED_EVENT, done)
    }
  }, [drawn])
  return drawn
}

/**
 * Each side panel and the timeline is its own stacking context (`isolate`): a change inside one
 * (the playhead, the timecode, an edit's new rows) then costs the browser a repaint and re-layering
 * of that panel only, not of the whole page: a third of a frame step's main-thread time here. The
 * panels paint in document order, so an overlay that must cover the studio is put at the end of the
 * body (ui/primitives/OverlayPortal), never left `fixed` inside a panel (overlayPortal.test.ts).
 */
const PANEL = 'isolate'

/** The project library's layer; its two-tab dialog waits while a shared link's preview asks first (opening the link as a new project settles both). */
function LibraryLayerHost() {
  return <LazyLibraryLayer deferTabDialog={useLinkPreviewOpen()} />
}

/** The studio shell: library left, viewport centre, inspector | compile right, timeline below. */
export function App() {
  const lensDrawn = useFirstLensFrame()
  const panel = lensDrawn ? '' : 'invisible'
  useEffect(() => startPlaybackLoop(studioStore), [])
  useEffect(() => installTestApi(studioStore), [])
  useEffect(() => {
    let cancelled = false
    let idle: ReturnType<typeof setTimeout> | undefined
    // the project library (a lazy chunk): opens this tab's project, then autosaves it
    void import('../persistence/projectLibrary')
      .then((m) => m.startProjectLibrary().ready)
      .finally(() => {
        if (cancelled) return
        // once the studio is up: load the project's takes (a lazy chunk), so hosted generations that
        // were running when the page closed resume polling even before the Takes panel is opened
        idle = setTimeout(() => void import('../generate').then((m) => m.ensureTakesBound()), 1500)
      })
    return () => {
      cancelled = true
      clearTimeout(idle)
    }
  }, [])
  useEffect(
    () =>
      installFileDrop(window, {
        // an image is dropped on a shot (the shot strip shows where); other files on the whole window
        onActive: (active, images) => {
          libraryStore.getState().setDropActive(active && !images)
          referenceViewStore.getState().set({ imageDragActive: active && images })
        },
        onFile: (file, target) => {
          const shotId = shotIdAt(target)
          const notify = studioStore.getState().notify
          // the code that reads dropped files loads on the first drop: if it cannot (the server is gone), say so; nothing changes
          const notLoaded = () => notify(`${file.name} was not opened: the studio could not load the code that reads it (is its server still running?). Nothing changed.`, 'error')
          void import('../persistence/fileImport').then(({ dropDestination, importProjectFile }) => {
            const destination = dropDestination(file, shotId !== undefined)
            if (destination === 'reference-image') void importReferenceImage(file, shotId ?? studioStore.getState().selectedShotId)
            else if (destination === 'scratch-audio') void import('../animatic/importAudio').then((m) => m.importScratchAudioFile(file), notLoaded)
            else void importProjectFile(file, 'drop', notify, importPresetTextLazily)
          }, notLoaded)
        },
      }),
    [],
  )
  const locked = useLibrary(isLocked)
  // the storyboard covers the studio: nothing behind it takes focus or clicks
  const storyboardOpen = useStoryboardOpen()
  useKeyboardShortcuts()
  return (
    <>
      <div
        className="grid h-full grid-cols-[232px_minmax(0,1fr)_300px] grid-rows-[40px_minmax(0,1fr)_minmax(200px,34%)_24px] bg-neutral-950 text-neutral-200"
        inert={locked || storyboardOpen}
        data-locked={locked || undefined}
      >
        <div className={`col-span-3 ${panel}`}>
          {lensDrawn && <TopBar />}
        </div>
        <aside className={`row-span-2 min-h-0 border-r border-neutral-800 ${PANEL} ${panel}`} aria-label="Preset library">
          {lensDrawn && <PresetsPanel />}
        </aside>
        <main className="relative min-h-0 min-w-0" aria-label="Viewport">
          <Viewport />
        </main>
        <aside className={`row-span-2 min-h-0 border-l border-neutral-800 ${PANEL} ${panel}`} aria-label="Inspector">
          {lensDrawn && <RightPanel />}
        </aside>
        <section className={`min-h-0 min-w-0 border-t border-neutral-800 ${PANEL} ${panel}`} aria-label="Timeline">
          {lensDrawn && <TimelinePanel />}
        </section>
        <div className={`col-span-3 ${panel}`}>
          {lensDrawn && <StatusBar />}
        </div>
        <LazyHelpOverlay />
        <ServerTokenDialog />
      </div>
      {/* outside the grid: they stay usable while the studio is inert */}
      <LibraryLayerHost />
      <LazyStoryboard />
    </>
  )
}
