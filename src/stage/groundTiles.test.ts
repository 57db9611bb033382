import { describe, expect, it } from 'vitest'
import { Mesh, type MeshLambertMaterial, type Texture } from 'three'
import { createGroundTiles, GROUND_ANISOTROPY, GROUND_TILE_M } from './groundTiles'
import { createStage } from './stage'

describe('the ground tiles', () => {
  const planeM = 400
  const texture = createGroundTiles(planeM)
  const { data, width } = texture.image as { data: Uint8Array; width: number; height: number }
  const texel = (x: number, y: number) => data[(y * width + x) * 4]

  it('puts one tile on every metre of the plane', () => {
    const tilesPerBlock = 8
    expect(texture.repeat.x * tilesPerBlock * GROUND_TILE_M).toBeCloseTo(planeM)
    expect(texture.repeat.y).toBe(texture.repeat.x)
  })

  it('is a checker: each tile one tone, its neighbours darker or lighter by a visible step, repeatable', () => {
    const tile = width / 8
    const toneOf = (tx: number, ty: number) => texel(tx * tile + tile / 2, ty * tile + tile / 2)
    for (let ty = 0; ty < 8; ty++)
      for (let tx = 0; tx < 8; tx++) {
        // uniform inside the tile
        expect(texel(tx * tile, ty * tile)).toBe(toneOf(tx, ty))
        expect(texel(tx * tile + tile - 1, ty * tile + tile - 1)).toBe(toneOf(tx, ty))
        // light and dark alternate, the step between them at least 3 % of full scale
        if (tx < 7) expect(Math.abs(toneOf(tx, ty) - toneOf(tx + 1, ty))).toBeGreaterThan(7)
        const light = (tx + ty) % 2 === 0
        if (tx < 7) expect(toneOf(tx, ty) > toneOf(tx + 1, ty)).toBe(light)
      }
    // the same every time (seeded): the previs and the live view are one picture
    expect(Array.from((createGroundTiles(planeM).image as { data: Uint8Array }).data)).toEqual(Array.from(data))
  })

  it('is mipmapped and repeats', () => {
    expect(texture.generateMipmaps).toBe(true)
    expect(texture.wrapS).toBe(texture.wrapT)
  })
})

describe("the ground's filtering follows the live view's motion", () => {
  const groundTilesOf = (root: ReturnType<typeof createStage>['root']): Texture => {
    let found: Texture | null = null
    root.traverse((o) => {
      const map = o instanceof Mesh ? (o.material as MeshLambertMaterial).map : null
      if (map) found = map
    })
    if (!found) throw new Error('no textured ground in the stage')
    return found
  }

  it('is anisotropic when still (and in previs renders, which never move the stage), not while moving', () => {
    const stage = createStage()
    const tiles = groundTilesOf(stage.root)
    expect(tiles.anisotropy).toBe(GROUND_ANISOTROPY.still)
    expect(GROUND_ANISOTROPY.moving).toBeLessThan(GROUND_ANISOTROPY.still)
    stage.setMoving(true)
    expect(tiles.anisotropy).toBe(GROUND_ANISOTROPY.moving)
    stage.setMoving(false)
    expect(tiles.anisotropy).toBe(GROUND_ANISOTROPY.still)
  })

  it('re-uploads the texture only when the filtering changes', () => {
    const stage = createStage()
    const tiles = groundTilesOf(stage.root)
    const uploads = () => tiles.version
    const before = uploads()
    stage.setMoving(false) // already still
    expect(uploads()).toBe(before)
    stage.setMoving(true)
    stage.setMoving(true)
    expect(uploads()).toBe(before + 1)
    stage.setMoving(false)
    expect(uploads()).toBe(before + 2)
  })
})
