/**
 * The subject: a stylised 1.8 m figure (legs, torso, arms, head with a visor showing where it
 * faces, +Z at facing 0). `update` walks and turns it to an evaluated frame; allocates nothing.
 */
import { BoxGeometry, CapsuleGeometry, Group, Mesh, MeshLambertMaterial, SphereGeometry } from 'three'
import { DEG_TO_RAD } from '../core/units'
import type { ShotFrame } from '../timeline/evaluate'
import type { Shot } from '../timeline/model'
import type { SubjectSpec } from '../timeline/subject'
import { SHIRT, SKIN, TROUSERS, VISOR } from './palette'

const FIGURE_HEIGHT_M = 1.8
const STRIDE_M = 0.75

/** Distance walked along the subject path at scene time t of a shot of `durationS`. */
export const walkedMetres = (spec: SubjectSpec, t: number, durationS: number): number => {
  const u = durationS > 0 ? Math.min(1, Math.max(0, t / durationS)) : 0
  const path = spec.path
  if (path.kind === 'line') return Math.abs(path.distanceM) * u
  if (path.kind === 'arc') return path.radiusM * Math.abs(path.sweepDeg * DEG_TO_RAD) * u
  return 0
}

export interface SubjectFigure {
  readonly object: Group
  update(shot: Shot, frame: ShotFrame): void
}

const limb = (x: number, y: number, radius: number, length: number, hang: number, color: string): Group => {
  const g = new Group()
  g.position.set(x, y, 0)
  const m = new Mesh(new CapsuleGeometry(radius, length, 3, 8), new MeshLambertMaterial({ color }))
  m.position.set(0, -hang, 0)
  g.add(m)
  return g
}

export const createSubjectFigure = (): SubjectFigure => {
  const root = new Group()
  root.name = 'stage:subject'
  // legs hang from the hips so they can swing
  const leftLeg = limb(0.1, 0.88, 0.075, 0.72, 0.44, TROUSERS)
  const rightLeg = limb(-0.1, 0.88, 0.075, 0.72, 0.44, TROUSERS)
  const torso = new Mesh(new CapsuleGeometry(0.17, 0.36, 4, 10), new MeshLambertMaterial({ color: SHIRT }))
  torso.position.set(0, 1.22, 0)
  const leftArm = limb(0.25, 1.48, 0.05, 0.5, 0.3, SHIRT)
  const rightArm = limb(-0.25, 1.48, 0.05, 0.5, 0.3, SHIRT)
  const head = new Mesh(new SphereGeometry(0.115, 14, 10), new MeshLambertMaterial({ color: SKIN }))
  head.position.set(0, 1.685, 0)
  // visor: the face side, so the facing reads from any angle
  const visor = new Mesh(new BoxGeometry(0.16, 0.05, 0.06), new MeshLambertMaterial({ color: VISOR }))
  visor.position.set(0, 1.7, 0.09)
  root.add(leftLeg, rightLeg, torso, leftArm, rightArm, head, visor)

  return {
    object: root,
    update(shot, frame) {
      const s = frame.subject
      root.position.set(s.ground[0], s.ground[1], s.ground[2])
      root.rotation.set(0, s.facingDeg * DEG_TO_RAD, 0)
      root.scale.setScalar(shot.subject.heightM / FIGURE_HEIGHT_M)
      const swing = Math.sin((walkedMetres(shot.subject, frame.sceneTimeS, shot.durationS) / STRIDE_M) * Math.PI) * 0.45
      leftLeg.rotation.x = swing
      rightLeg.rotation.x = -swing
      leftArm.rotation.x = -swing * 0.8
      rightArm.rotation.x = swing * 0.8
    },
  }
}
