/**
 * The ground's tiles: a repeating block of 1 m tiles in a checker of two close tones, each tile's
 * tone varied a little (seeded, so every render is the same). It gives the floor texture that moves
 * with the world: the eye reads a dolly against a zoom from it, and the camera-motion estimator
 * (src/camera-measure) finds corners on it where the flat ground alone gave none. Mipmapped, so the
 * far floor fades to its mean tone instead of shimmering.
 */
import { DataTexture, LinearFilter, LinearMipmapLinearFilter, RepeatWrapping, RGBAFormat, SRGBColorSpace, UnsignedByteType } from 'three'
import { createRng } from '../core/math/rng'

/** Tiles along each side of the repeating block. */
const TILES_PER_BLOCK = 8
/** Texels along a tile's side. */
const TEXELS_PER_TILE = 16
/** The two checker tones (multipliers of the ground colour) and each tile's random spread. */
const LIGHT_TONE = 1
const DARK_TONE = 0.92
const TONE_SPREAD = 0.04
export const GROUND_TILE_M = 1
/**
 * Anisotropic filtering keeps the far floor's tiles sharp at grazing angles. Still pictures and
 * previs renders use it (the motion estimator tracks the far floor's detail); while the live view
 * moves it is off: without a GPU it costs about a third of a frame (playback kept 22 of 24
 * frames/s with it, 24 without), and a moving floor hides the difference.
 */
export const GROUND_ANISOTROPY = { still: 4, moving: 1 } as const

/** A texture for a ground plane `planeSizeM` wide: one tile per `GROUND_TILE_M`. */
export const createGroundTiles = (planeSizeM: number): DataTexture => {
  const side = TILES_PER_BLOCK * TEXELS_PER_TILE
  const data = new Uint8Array(side * side * 4)
  const random = createRng(20261130)
  const tones: number[] = []
  for (let ty = 0; ty < TILES_PER_BLOCK; ty++)
    for (let tx = 0; tx < TILES_PER_BLOCK; tx++) {
      const base = (tx + ty) % 2 === 0 ? LIGHT_TONE : DARK_TONE
      tones.push(Math.min(1, Math.max(0, base - TONE_SPREAD * random())))
    }
  for (let y = 0; y < side; y++)
    for (let x = 0; x < side; x++) {
      const tone = tones[Math.floor(y / TEXELS_PER_TILE) * TILES_PER_BLOCK + Math.floor(x / TEXELS_PER_TILE)]
      const v = Math.round(255 * tone)
      const i = (y * side + x) * 4
      data[i] = v
      data[i + 1] = v
      data[i + 2] = v
      data[i + 3] = 255
    }
  const texture = new DataTexture(data, side, side, RGBAFormat, UnsignedByteType)
  texture.colorSpace = SRGBColorSpace
  texture.wrapS = RepeatWrapping
  texture.wrapT = RepeatWrapping
  const repeats = planeSizeM / (TILES_PER_BLOCK * GROUND_TILE_M)
  texture.repeat.set(repeats, repeats)
  texture.magFilter = LinearFilter
  texture.minFilter = LinearMipmapLinearFilter
  texture.generateMipmaps = true
  texture.anisotropy = GROUND_ANISOTROPY.still
  texture.needsUpdate = true
  return texture
}

/** The tiles' filtering for a still or a moving view; re-uploads the (small) texture only when it changes. */
export const setGroundTilesMoving = (texture: DataTexture, moving: boolean): void => {
  const anisotropy = moving ? GROUND_ANISOTROPY.moving : GROUND_ANISOTROPY.still
  if (texture.anisotropy === anisotropy) return
  texture.anisotropy = anisotropy
  texture.needsUpdate = true
}
