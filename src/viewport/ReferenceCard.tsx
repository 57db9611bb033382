/**
 * The shot's reference image as a card in the director view: a textured plane at the subject's
 * depth across the starting camera's view axis, filling the gate there (reference-image/core's
 * `placeCard`), with the gate's outline around it. Director-only (layer 1): the lens never sees it.
 * The texture comes from the asset store through an object URL; both are let go on change. A lazy
 * chunk: mounted only while the shot has a reference image.
 */
import { useEffect, useMemo, useState } from 'react'
import { invalidate } from '@react-three/fiber'
import {
  BufferAttribute,
  BufferGeometry,
  DoubleSide,
  Group,
  LineBasicMaterial,
  LineLoop,
  Mesh,
  MeshBasicMaterial,
  PlaneGeometry,
  SRGBColorSpace,
  type Texture,
  TextureLoader,
} from 'three'
import { useAssetUrl, useReferenceView } from '../reference-image'
import { placeCard } from '../reference-image/core/card'
import { evaluateShot } from '../timeline/evaluate'
import type { Shot } from '../timeline/model'
import type { MoveRegistry } from '../timeline/moves'
import { DIRECTOR_LAYERS } from './scratch'
import { shotOptics } from './toThree'

/** The card's opacity: the scene behind it still reads through. */
export const CARD_OPACITY = 0.85

const useTexture = (url: string | undefined): Texture | null => {
  const [texture, setTexture] = useState<{ url: string; texture: Texture } | null>(null)
  useEffect(() => {
    if (!url) return
    let cancelled = false
    let loaded: Texture | null = null
    new TextureLoader().load(
      url,
      (t) => {
        t.colorSpace = SRGBColorSpace
        if (cancelled) return t.dispose()
        loaded = t
        setTexture({ url, texture: t })
        invalidate()
      },
      undefined,
      () => undefined, // an unreadable image: no card (the inspector says so)
    )
    return () => {
      cancelled = true
      loaded?.dispose()
    }
  }, [url])
  return texture && texture.url === url ? texture.texture : null
}

export default function ReferenceCard({ shot, registry }: { readonly shot: Shot; readonly registry: MoveRegistry }) {
  const image = shot.referenceImage
  const showCard = useReferenceView((s) => s.showCard)
  const asset = useAssetUrl(showCard ? image?.assetId : undefined)
  const texture = useTexture(asset.state === 'ready' ? asset.url : undefined)

  const parts = useMemo(() => {
    const plane = new PlaneGeometry(1, 1)
    const material = new MeshBasicMaterial({ transparent: true, opacity: CARD_OPACITY, side: DoubleSide, depthWrite: false, toneMapped: false })
    const mesh = new Mesh(plane, material)
    const outline = new BufferGeometry()
    outline.setAttribute('position', new BufferAttribute(new Float32Array([-0.5, -0.5, 0, 0.5, -0.5, 0, 0.5, 0.5, 0, -0.5, 0.5, 0]), 3))
    const lineMaterial = new LineBasicMaterial({ color: '#7dd3fc', transparent: true, opacity: 0.9, depthWrite: false })
    const frame = new LineLoop(outline, lineMaterial)
    const group = new Group()
    group.add(mesh, frame)
    for (const o of [group, mesh, frame]) o.layers.mask = DIRECTOR_LAYERS.mask
    group.visible = false
    group.name = 'reference-card'
    return { group, mesh, frame, material, plane, outline, lineMaterial }
  }, [])
  useEffect(
    () => () => {
      parts.plane.dispose()
      parts.material.dispose()
      parts.outline.dispose()
      parts.lineMaterial.dispose()
    },
    [parts],
  )

  useEffect(() => {
    const { group, mesh, frame, material } = parts
    if (!image || !texture) {
      group.visible = false
      material.map = null
      invalidate()
      return
    }
    const start = evaluateShot(shot, 0, registry)
    const optics = shotOptics(shot)
    const card = placeCard({
      position: start.position,
      quaternion: start.quaternion,
      focalLengthMm: start.focalLengthMm,
      gateWidthMm: optics.gateWidthMm,
      gateHeightMm: optics.gateHeightMm,
      subject: start.subject.point,
      imageAspect: image.widthPx / image.heightPx,
    })
    group.position.set(card.center[0], card.center[1], card.center[2])
    group.quaternion.set(card.quaternion[0], card.quaternion[1], card.quaternion[2], card.quaternion[3])
    mesh.scale.set(card.imageWidthM, card.imageHeightM, 1)
    mesh.position.set(card.imageOffsetM[0], card.imageOffsetM[1], 0)
    frame.scale.set(card.gateWidthM, card.gateHeightM, 1)
    if (material.map !== texture) {
      material.map = texture
      material.needsUpdate = true
    }
    group.visible = true
    invalidate()
  }, [parts, image, texture, shot, registry])

  return <primitive object={parts.group} />
}
