/**
 * Set pieces from the document's scene: boxes, columns, trees (trunk + cone canopy) and walls,
 * standing on their ground point with their size [w, h, d] and colour. Re-renders only when the
 * scene changes.
 */
import { memo } from 'react'
import type { SetPiece } from '../timeline/model'

const TRUNK = '#6b4a2f'

function Piece({ piece }: { piece: SetPiece }) {
  const [x, y, z] = piece.position
  const [w, h, d] = piece.size
  if (piece.kind === 'column') {
    const r = Math.max(0.05, (w + d) / 4)
    return (
      <mesh position={[x, y + h / 2, z]} name={piece.label}>
        <cylinderGeometry args={[r, r, h, 20]} />
        <meshLambertMaterial color={piece.color} />
      </mesh>
    )
  }
  if (piece.kind === 'tree') {
    const trunkH = h * 0.35
    const trunkR = Math.max(0.05, Math.min(w, d) * 0.07)
    const canopyH = h - trunkH * 0.6
    return (
      <group position={[x, y, z]} name={piece.label}>
        <mesh position={[0, trunkH / 2, 0]}>
          <cylinderGeometry args={[trunkR * 0.8, trunkR, trunkH, 10]} />
          <meshLambertMaterial color={TRUNK} />
        </mesh>
        <mesh position={[0, h - canopyH / 2, 0]}>
          <coneGeometry args={[(w + d) / 4, canopyH, 14]} />
          <meshLambertMaterial color={piece.color} />
        </mesh>
      </group>
    )
  }
  // box and wall
  return (
    <mesh position={[x, y + h / 2, z]} name={piece.label}>
      <boxGeometry args={[w, h, d]} />
      <meshLambertMaterial color={piece.color} />
    </mesh>
  )
}

export const SetPieces = memo(function SetPieces({ pieces }: { pieces: readonly SetPiece[] }) {
  return (
    <>
      {pieces.map((p) => (
        <Piece key={p.id} piece={p} />
      ))}
    </>
  )
})
