/**
 * The stage: everything the lens camera sees (layer 0), as one three.js group. The studio's
 * viewport mounts `root` in its scene and the previs renderer in its own, so both show the same
 * world by construction. Background and fog belong to the scene: see `applyStageEnvironment`.
 */
import { Group } from 'three'
import type { ShotFrame } from '../timeline/evaluate'
import type { SetPiece, Shot } from '../timeline/model'
import { disposeTree } from './dispose'
import { createWorld } from './environment'
import { setGroundTilesMoving } from './groundTiles'
import { buildSetPiece } from './setPieces'
import { createSubjectFigure } from './subjectFigure'

export interface Stage {
  /** Add this to a scene (the scene also needs `applyStageEnvironment`). */
  readonly root: Group
  /** Rebuilds the set pieces when the list changed (same array: nothing to do). */
  setPieces(pieces: readonly SetPiece[]): void
  /** The live view is moving (playing, orbiting) or still: the ground's filtering follows (`GROUND_ANISOTROPY`). */
  setMoving(moving: boolean): void
  /** Moves what follows the shot (the subject figure) to an evaluated frame. Allocates nothing. */
  update(shot: Shot, frame: ShotFrame): void
  /** Frees every geometry and material (the caller removes `root` from its scene). */
  dispose(): void
}

export const createStage = (pieces: readonly SetPiece[] = []): Stage => {
  const root = new Group()
  root.name = 'stage'
  const { world, groundTiles } = createWorld()
  const piecesGroup = new Group()
  piecesGroup.name = 'stage:pieces'
  const subject = createSubjectFigure()
  root.add(world, piecesGroup, subject.object)
  let current: readonly SetPiece[] | null = null

  const setPieces = (next: readonly SetPiece[]): void => {
    if (next === current) return
    current = next
    disposeTree(piecesGroup)
    piecesGroup.clear()
    for (const p of next) piecesGroup.add(buildSetPiece(p))
  }
  setPieces(pieces)

  return {
    root,
    setPieces,
    setMoving: (moving) => setGroundTilesMoving(groundTiles, moving),
    update: (shot, frame) => subject.update(shot, frame),
    dispose() {
      disposeTree(root)
      current = null
    },
  }
}
