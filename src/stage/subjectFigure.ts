/**
 * The subject: a stylised 1.8 m figure (legs, torso, arms, head with a visor showing where it
 * faces, +Z at facing 0), or, for a subject of form 'vehicle' (schema 5), a simple car (body, cabin
 * with a windscreen facing forward, four wheels) 4.4 m long and 1.5 m high at the default 1.8 m
 * subject height. `update` walks or drives and turns it to an evaluated frame; allocates nothing.
 */
import { BoxGeometry, CapsuleGeometry, CylinderGeometry, Group, Mesh, MeshLambertMaterial, SphereGeometry } from 'three'
import { DEG_TO_RAD } from '../core/units'
import type { ShotFrame } from '../timeline/evaluate'
import type { Shot } from '../timeline/model'
import type { SubjectSpec } from '../timeline/subject'
import { CAR_BODY, CAR_GLASS, SHIRT, SKIN, TROUSERS, TYRE, VISOR } from './palette'

const FIGURE_HEIGHT_M = 1.8
const STRIDE_M = 0.75
const WHEEL_RADIUS_M = 0.34

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
  const figure = new Group()
  figure.add(leftLeg, rightLeg, torso, leftArm, rightArm, head, visor)
  const car = createCar()
  root.add(figure, car.object)

  return {
    object: root,
    update(shot, frame) {
      const s = frame.subject
      root.position.set(s.ground[0], s.ground[1], s.ground[2])
      root.rotation.set(0, s.facingDeg * DEG_TO_RAD, 0)
      root.scale.setScalar(shot.subject.heightM / FIGURE_HEIGHT_M)
      const vehicle = shot.subject.form === 'vehicle'
      figure.visible = !vehicle
      car.object.visible = vehicle
      if (vehicle) {
        car.roll(walkedMetres(shot.subject, frame.sceneTimeS, shot.durationS) / WHEEL_RADIUS_M)
        return
      }
      const swing = Math.sin((walkedMetres(shot.subject, frame.sceneTimeS, shot.durationS) / STRIDE_M) * Math.PI) * 0.45
      leftLeg.rotation.x = swing
      rightLeg.rotation.x = -swing
      leftArm.rotation.x = -swing * 0.8
      rightArm.rotation.x = swing * 0.8
    },
  }
}

/** A car facing +Z: body, cabin, windscreen and four wheels that roll. */
const createCar = (): { readonly object: Group; roll(angleRad: number): void } => {
  const g = new Group()
  g.name = 'stage:subject-vehicle'
  const paint = new MeshLambertMaterial({ color: CAR_BODY })
  const body = new Mesh(new BoxGeometry(1.8, 0.62, 4.4), paint)
  body.position.set(0, 0.62, 0)
  const cabin = new Mesh(new BoxGeometry(1.56, 0.5, 2.1), paint)
  cabin.position.set(0, 1.18, -0.25)
  const glass = new MeshLambertMaterial({ color: CAR_GLASS })
  const windscreen = new Mesh(new BoxGeometry(1.4, 0.4, 0.04), glass)
  windscreen.position.set(0, 1.18, 0.81)
  const rearWindow = new Mesh(new BoxGeometry(1.4, 0.36, 0.04), glass)
  rearWindow.position.set(0, 1.18, -1.31)
  g.add(body, cabin, windscreen, rearWindow)
  const tyre = new MeshLambertMaterial({ color: TYRE })
  const wheels: Mesh[] = []
  for (const [x, z] of [
    [0.86, 1.4],
    [-0.86, 1.4],
    [0.86, -1.4],
    [-0.86, -1.4],
  ]) {
    const w = new Mesh(new CylinderGeometry(WHEEL_RADIUS_M, WHEEL_RADIUS_M, 0.24, 14), tyre)
    w.position.set(x, WHEEL_RADIUS_M, z)
    w.rotation.set(0, 0, Math.PI / 2, 'YXZ')
    wheels.push(w)
    g.add(w)
  }
  return {
    object: g,
    roll(angleRad) {
      for (const w of wheels) w.rotation.set(angleRad, 0, Math.PI / 2, 'YXZ')
    },
  }
}
