/**
 * Mounts the stage (src/stage: sky, fog, lights, ground, grid, set pieces, subject figure) in the
 * R3F scene and moves it with the live frame, so the lens view shows exactly what the previs
 * renderer renders. Set pieces are rebuilt only when the scene's list changes. While the view moves
 * (`moving`: playing or orbiting) the ground's tiles are filtered more cheaply.
 */
import { memo, useEffect, useLayoutEffect, useMemo } from 'react'
import { useFrame, useThree } from '@react-three/fiber'
import type { SetPiece } from '../timeline/model'
import { applyStageEnvironment, createStage } from '../stage'
import type { LiveFrameSource } from './liveFrame'

/** Memoised: re-renders only when its own props change (not on every edit the viewport sees). */
export const StageContent = memo(function StageContent({ live, pieces, moving }: { live: LiveFrameSource; pieces: readonly SetPiece[]; moving: boolean }) {
  const scene = useThree((s) => s.scene)
  const stage = useMemo(() => createStage(), [])
  useLayoutEffect(() => applyStageEnvironment(scene), [scene])
  useLayoutEffect(() => stage.setPieces(pieces), [stage, pieces])
  // lighter ground filtering while the view moves (src/stage/groundTiles.ts)
  useLayoutEffect(() => stage.setMoving(moving), [stage, moving])
  useEffect(() => () => stage.dispose(), [stage])
  useFrame(() => {
    const { shot, frame } = live.current
    stage.update(shot, frame)
  })
  return <primitive object={stage.root} />
})
