/**
 * The director view's orbit controls (drei's OrbitControls over three-stdlib): a lazy chunk, so the
 * studio's first load does not carry them; SceneContent aims the director camera at the same target
 * from the start, so their arrival a moment later changes nothing on screen.
 */
import { memo } from 'react'
import { OrbitControls } from '@react-three/drei'
import type { Vector3Tuple } from 'three'

export interface DirectorControlsProps {
  readonly domElement: HTMLElement
  readonly enabled: boolean
  readonly target: Vector3Tuple
  readonly onOrbiting?: (orbiting: boolean) => void
}

function DirectorControls({ domElement, enabled, target, onOrbiting }: DirectorControlsProps) {
  return (
    <OrbitControls
      makeDefault
      domElement={domElement}
      enabled={enabled}
      enableDamping={false}
      target={target}
      maxDistance={300}
      minDistance={0.5}
      onStart={() => onOrbiting?.(true)}
      onEnd={() => onOrbiting?.(false)}
    />
  )
}

/** Memoised: an edit re-renders the scene around it, not the controls. */
export default memo(DirectorControls)
