/**
 * The 3D viewport: one demand-rendered canvas holding the director view and the through-the-lens
 * view (scissored viewports), with HTML overlays whose boxes match the rendered views exactly:
 * the director area (orbit/pan/dolly, or look-through navigation), the lens gate with its guides,
 * the toolbar, the speed legend and the look-through banner. React re-renders here only when the
 * shot, the scene, the layout, the guides or the size change; the playhead never re-renders React.
 */
import { Suspense, lazy, useEffect, useMemo, useState } from 'react'
import { invalidate } from '@react-three/fiber'
import { registryFor } from '../camera-presets/custom'
import { selectCurrentShot, studioStore, useStudio } from '../state'
import { TOOLBAR_H, computeViews, createViews } from './layout'
import { LensOverlay } from './LensOverlay'
import { pathDataFor } from './pathData'
import { DIRECTOR_START, SceneContent } from './SceneContent'
import { SpeedLegend } from './SpeedLegend'
import { StudioCanvas } from './StudioCanvas'
import { shotOptics } from './toThree'
import { useElementSize } from './useElementSize'
import { useLookThroughControls } from './useLookThroughControls'
import { useShotFrame } from './useShotFrame'
import { ViewportToolbar } from './ViewportToolbar'
import { antialiasFor, pixelRatioFor } from './pixelRatio'
import { createAdaptiveResolution } from './adaptiveResolution'
import { AdaptiveResolutionProbe } from './AdaptiveResolutionProbe'
import { measuredPathOverlay, useMeasuredPathOverlay } from '../take-measurement/pathOverlay'

/** The reference image over the lens gate: loaded once a shot has one. */
const ReferenceOverlay = lazy(() => import('./ReferenceOverlay'))

const CAMERA = { position: DIRECTOR_START.position, fov: 42, near: 0.05, far: 800, aspect: 1 }

export function Viewport() {
  const live = useShotFrame()
  const shot = useStudio(selectCurrentShot)
  const measuredPath = useMeasuredPathOverlay()
  useEffect(() => invalidate(), [measuredPath])
  const pieces = useStudio((s) => s.document.scene.setPieces)
  const customPresets = useStudio((s) => s.document.customPresets)
  const layout = useStudio((s) => s.viewLayout)
  const lookThrough = useStudio((s) => s.lookThrough)
  const guides = useStudio((s) => s.guides)
  // sharp when still, light while moving: changes on play/pause and orbit start/end, never per frame
  const playing = useStudio((s) => s.playing)
  const [orbiting, setOrbiting] = useState(false)
  const [gl] = useState(() => ({ antialias: antialiasFor(window.devicePixelRatio), powerPreference: 'high-performance' }) as const)
  // fewer pixels while playing where the canvas cannot keep the shot's frame rate (adaptiveResolution.ts)
  const [adaptive] = useState(createAdaptiveResolution)
  const [playScale, setPlayScale] = useState(1)
  // set while stopped, so a playback starts at its scale in its first render (one resize, not two)
  useEffect(() => {
    if (!playing) setPlayScale(adaptive.start())
  }, [playing, adaptive])
  const dpr = pixelRatioFor(window.devicePixelRatio, playing || orbiting) * (playing ? playScale : 1)
  useEffect(() => invalidate(), [dpr])

  const [container, setContainer] = useState<HTMLDivElement | null>(null)
  const [directorEl, setDirectorEl] = useState<HTMLDivElement | null>(null)
  const [lensAreaEl, setLensAreaEl] = useState<HTMLDivElement | null>(null)
  const size = useElementSize(container)
  const aspect = shotOptics(shot).aspect
  const views = useMemo(() => computeViews(createViews(), size.w, size.h, layout, aspect), [size.w, size.h, layout, aspect])
  // the speed legend's top speed: the scene's own path data (remembered per shot and registry)
  const maxSpeed = pathDataFor(shot, registryFor({ customPresets })).maxSpeed

  // anything React knows about that the canvas draws: render once more
  useEffect(() => invalidate(), [views, guides, lookThrough, shot, pieces])

  // entering look-through frames the start: stop and go to t = 0
  useEffect(() => {
    if (!lookThrough) return
    const s = studioStore.getState()
    if (s.playing) s.pause()
    s.setPlayhead(0)
  }, [lookThrough])

  // the canvas element changes only with what it is configured by: an edit re-renders the scene
  // inside it (SceneContent reads the store), not the Canvas, whose re-render reconfigures the root
  const canvas = useMemo(
    () => (
      <StudioCanvas width={size.w} height={size.h} dpr={dpr} gl={gl} camera={CAMERA}>
        <AdaptiveResolutionProbe control={adaptive} onScale={setPlayScale} />
        <SceneContent live={live} layout={layout} lookThrough={lookThrough} controlsElement={directorEl} onOrbiting={setOrbiting} moving={playing || orbiting} />
      </StudioCanvas>
    ),
    [size.w, size.h, dpr, gl, adaptive, live, layout, lookThrough, directorEl, playing, orbiting],
  )

  const lookSurface = views.directorVisible ? directorEl : lensAreaEl
  const lookImageHeight = views.directorVisible ? views.directorGate.h : views.gate.h
  useLookThroughControls(lookSurface, lookThrough, () => lookImageHeight)

  const d = views.director
  const bannerArea = views.directorVisible ? views.director : views.lensArea
  const a = views.lensArea
  return (
    <div ref={setContainer} className="absolute inset-0 overflow-hidden bg-[#07090c]" data-testid="viewport">
      {canvas}
      <div className="pointer-events-none absolute inset-0">
        {/* kept mounted while hidden so the orbit controls keep the director's framing */}
        <div
          ref={setDirectorEl}
          data-testid="viewport.director"
          aria-label={lookThrough ? 'Shot camera, look-through' : 'Director view'}
          className={`pointer-events-auto absolute touch-none select-none ${lookThrough ? 'cursor-move' : 'cursor-grab active:cursor-grabbing'}`}
          style={{ left: d.x, top: d.y, width: d.w, height: d.h, display: views.directorVisible ? undefined : 'none' }}
        >
          {!lookThrough && <SpeedLegend maxSpeed={maxSpeed} />}
          {!lookThrough && measuredPath?.shotId === shot.id && (
            <div className="absolute right-2 bottom-2 flex max-w-[60%] items-center gap-2 rounded bg-neutral-950/85 px-2 py-1 text-[11px] text-neutral-300 shadow" data-testid="viewport.measuredPath">
              <span className="h-0.5 w-4 rounded bg-amber-400" />
              <span className="truncate" title={`The camera path measured in the ${measuredPath.label}, drawn with the design's step lengths (a video has no scale)`}>
                Measured: {measuredPath.label}
              </span>
              <button type="button" className="rounded px-1 text-neutral-400 hover:bg-neutral-800 hover:text-neutral-100" onClick={() => measuredPathOverlay.getState().hide()} data-testid="viewport.measuredPath.hide">
                Hide
              </button>
            </div>
          )}
        </div>
        {views.directorVisible && lookThrough && shot.referenceImage && (
          <Suspense fallback={null}>
            <ReferenceOverlay shot={shot} rect={views.directorGate} testId="viewport.referenceOverlay.lookThrough" />
          </Suspense>
        )}
        {views.directorVisible && lookThrough && <LensOverlay live={live} rect={views.directorGate} guides={guides} />}
        {views.lensVisible && (
          <div
            ref={setLensAreaEl}
            className={`absolute ${lookThrough && !views.directorVisible ? 'pointer-events-auto cursor-move touch-none' : ''}`}
            style={{ left: a.x, top: a.y, width: a.w, height: a.h }}
          />
        )}
        {views.lensVisible && layout === 'pip' && (
          <div
            className="absolute rounded-[1px] shadow-[0_0_0_1px_rgba(255,255,255,0.55),0_6px_18px_rgba(0,0,0,0.55)]"
            style={{ left: views.gate.x, top: views.gate.y, width: views.gate.w, height: views.gate.h }}
          />
        )}
        {layout === 'split' && <div className="absolute top-0 bottom-0 w-px bg-neutral-700" style={{ left: d.w }} />}
        {views.lensVisible && shot.referenceImage && (
          <Suspense fallback={null}>
            <ReferenceOverlay shot={shot} rect={views.gate} testId="viewport.referenceOverlay" />
          </Suspense>
        )}
        {views.lensVisible && <LensOverlay live={live} rect={views.gate} guides={guides} testId="viewport.lens" />}
        {lookThrough && (
          <div
            className="absolute flex justify-center px-2"
            style={{ left: bannerArea.x, top: bannerArea.y + TOOLBAR_H + 6, width: bannerArea.w }}
          >
            <div data-testid="viewport.banner" role="status" className="rounded-md bg-amber-400/95 px-3 py-1 text-center text-[12px] font-medium text-neutral-950 shadow">
              Looking through {shot.name} — drag to frame the start (playhead at 0)
            </div>
          </div>
        )}
        <ViewportToolbar live={live} layout={layout} lookThrough={lookThrough} />
      </div>
    </div>
  )
}
