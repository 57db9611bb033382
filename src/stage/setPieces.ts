/**
 * Set pieces from the document's scene: boxes, columns, trees (trunk + cone canopy) and walls,
 * standing on their ground point with their size [w, h, d] and colour.
 */
import { BoxGeometry, ConeGeometry, CylinderGeometry, Group, Mesh, MeshLambertMaterial, type Object3D } from 'three'
import type { SetPiece } from '../timeline/model'
import { TRUNK } from './palette'

const lambert = (color: string) => new MeshLambertMaterial({ color })

export const buildSetPiece = (piece: SetPiece): Object3D => {
  const [x, y, z] = piece.position
  const [w, h, d] = piece.size
  if (piece.kind === 'column') {
    const r = Math.max(0.05, (w + d) / 4)
    const m = new Mesh(new CylinderGeometry(r, r, h, 20), lambert(piece.color))
    m.position.set(x, y + h / 2, z)
    m.name = piece.label
    return m
  }
  if (piece.kind === 'tree') {
    const trunkH = h * 0.35
    const trunkR = Math.max(0.05, Math.min(w, d) * 0.07)
    const canopyH = h - trunkH * 0.6
    const g = new Group()
    g.position.set(x, y, z)
    g.name = piece.label
    const trunk = new Mesh(new CylinderGeometry(trunkR * 0.8, trunkR, trunkH, 10), lambert(TRUNK))
    trunk.position.set(0, trunkH / 2, 0)
    const canopy = new Mesh(new ConeGeometry((w + d) / 4, canopyH, 14), lambert(piece.color))
    canopy.position.set(0, h - canopyH / 2, 0)
    g.add(trunk, canopy)
    return g
  }
  // box and wall
  const m = new Mesh(new BoxGeometry(w, h, d), lambert(piece.color))
  m.position.set(x, y + h / 2, z)
  m.name = piece.label
  return m
}
