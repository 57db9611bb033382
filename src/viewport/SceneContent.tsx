/**
 * Everything inside the canvas: the stage (sky, fog, lights, ground and grid, set pieces, the
 * subject; built in src/stage and shared with the previs renderer), the subject marker, the shot
 * camera rig, the path gizmo and ghosts, the reference image card, the director's orbit controls and the dual-view renderer.
 */
import { Suspense, lazy, useLayoutEffect } from 'react'
import { useThree } from '@react-three/fiber'
import type { ViewLayout } from '../state/types'
import { registryFor } from '../camera-presets/custom'
import { selectCurrentShot, useStudio } from '../state'
import { CameraPathGizmo } from './CameraPathGizmo'
import { useMeasuredPathOverlay } from '../take-measurement/pathOverlay'
import { DualViewRenderer } from './DualViewRenderer'
import { FrustumGhosts } from './FrustumGhosts'
import type { LiveFrameSource } from './liveFrame'
import { pathDataFor } from './pathData'
import { DIRECTOR_LAYER } from './scratch'
import { ShotCameraRig } from './ShotCameraRig'
import { StageContent } from './StageContent'
import { SubjectMarker } from './SubjectMarker'

const ReferenceCard = lazy(() => import('./ReferenceCard'))
const MeasuredPathGizmo = lazy(() => import('./MeasuredPathGizmo'))
/** The orbit controls: a lazy chunk the first frame does not wait for (see DirectorControls.tsx). */
const DirectorControls = lazy(() => import('./DirectorControls'))

/** Where the director camera starts: high three-quarter, looking at the subject and the shot camera. */
export const DIRECTOR_START = { position: [6.8, 4.6, 10.5] as [number, number, number], target: [0.4, 0.9, 2.2] as [number, number, number] }

export interface SceneContentProps {
  live: LiveFrameSource
  layout: ViewLayout
  lookThrough: boolean
  /** The director area element: orbit controls listen there (not on the canvas under the overlays). */
  controlsElement: HTMLElement | null
  /** Orbiting starts (true) and ends (false): the canvas renders lighter meanwhile. */
  onOrbiting?: (orbiting: boolean) => void
  /** The view is moving (playing or orbiting): the stage renders lighter meanwhile. */
  moving: boolean
}

/**
 * Reads the shot, its set pieces and the project's moves from the store itself (R3F's renderer runs
 * the same hooks), so an edit re-renders what it changed here and never the Canvas element around
 * it (whose re-render reconfigures the whole R3F root).
 */
export function SceneContent({ live, layout, lookThrough, controlsElement, onOrbiting, moving }: SceneContentProps) {
  const shot = useStudio(selectCurrentShot)
  const pieces = useStudio((s) => s.document.scene.setPieces)
  const customPresets = useStudio((s) => s.document.customPresets)
  // the project's moves (custom presets included; one registry per list): the path, the ghosts and the reference card's start
  const registry = registryFor({ customPresets })
  const pathData = pathDataFor(shot, registry)
  const camera = useThree((s) => s.camera)
  const measuredPath = useMeasuredPathOverlay()
  useLayoutEffect(() => {
    camera.layers.enable(DIRECTOR_LAYER)
    // aimed as the orbit controls will aim it: the first frame does not wait for their chunk
    camera.lookAt(...DIRECTOR_START.target)
  }, [camera])

  return (
    <>
      <StageContent live={live} pieces={pieces} moving={moving} />
      <SubjectMarker live={live} />
      <ShotCameraRig live={live} />
      <CameraPathGizmo data={pathData} />
      <FrustumGhosts shot={shot} data={pathData} />
      {measuredPath?.shotId === shot.id && (
        <Suspense fallback={null}>
          <MeasuredPathGizmo overlay={measuredPath} />
        </Suspense>
      )}
      {shot.referenceImage && (
        <Suspense fallback={null}>
          <ReferenceCard shot={shot} registry={registry} />
        </Suspense>
      )}
      {controlsElement && (
        <Suspense fallback={null}>
          <DirectorControls domElement={controlsElement} enabled={!lookThrough && layout !== 'lens'} target={DIRECTOR_START.target} onOrbiting={onOrbiting} />
        </Suspense>
      )}
      <DualViewRenderer live={live} layout={layout} lookThrough={lookThrough} />
    </>
  )
}
