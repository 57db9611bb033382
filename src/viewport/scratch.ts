/**
 * Preallocated three.js objects for frame callbacks (the camera-controls habit): per-frame code
 * writes into these instead of calling `new` or `.clone()`. Each is owned by one call site, named
 * after it, so two callers never share a temporary within one frame.
 */
import { Color, Layers, Quaternion, Vector3 } from 'three'

/** Layer 1 holds director-only gizmos (camera body, frustum, path, ghosts, markers); the lens camera sees layer 0 only. */
export const DIRECTOR_LAYER = 1
export const DIRECTOR_LAYERS = new Layers()
DIRECTOR_LAYERS.set(DIRECTOR_LAYER)

export const scratch = {
  /** DualViewRenderer: clear colour of the letterbox bars. */
  letterbox: new Color('#07090c'),
  /** ShotCameraRig: the frame's position / orientation. */
  rigPosition: new Vector3(),
  rigQuaternion: new Quaternion(),
}
