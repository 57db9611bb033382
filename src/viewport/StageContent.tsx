/**
 * Mounts the stage (src/stage: sky, fog, lights, ground, grid, set pieces, subject figure) in the
 * R3F scene and moves it with the live frame, so the lens view shows exactly what the previs
 * renderer renders. Set pieces are rebuilt only when the scene's list changes.
 */
import { memo, useEffect, useLayoutEffect, useMemo } from 'react'
import { useFrame, useThree } from '@react-three/fiber'
import type { SetPiece } from '../timeline/model'
import { applyStageEnvironment, createStage } from '../stage'
import type { LiveFrameSource } from './liveFrame'

/** Memoised: re-renders only when its own props change (not on every edit the viewport sees). */
export const StageContent = memo(function StageContent({ live, pieces }: { live: LiveFrameSource; pieces: readonly SetPiece[] }) {
  const scene = useThree((s) => s.scene)
  const stage = useMemo(() => createStage(), [])
  useLayoutEffect(() => applyStageEnvironment(scene), [scene])
  useLayoutEffect(() => stage.setPieces(pieces), [stage, pieces])
  useEffect(() => () => stage.dispose(), [stage])
  useFrame(() => {
    const { shot, frame } = live.current
    stage.update(shot, frame)
  })
  return <primitive object={stage.root} />
})
