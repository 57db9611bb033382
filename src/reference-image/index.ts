/**
 * Reference images in the studio: the actions (which load with their first use: decoding, encoding
 * and the asset store are not part of the studio's first load), the view state and the asset URL
 * hook. The pure core (aspect, crop, limits, card placement, start picture) is `./core`, imported
 * directly where needed so that only what the first load uses is in it.
 */
import { studioStore } from '../state'
import type { ReferenceImage } from '../timeline/media'

const actions = () => import('./importer')

/** Makes the file the shot's reference image (see importer.ts); null when refused (with its message). */
export const importReferenceImage = async (file: File, shotId: string): Promise<ReferenceImage | null> => (await actions()).importReferenceImage(file, shotId)
/** Removes the shot's reference image: one undo step (the bytes stay stored, so Undo brings it back). */
export const removeReferenceImage = (shotId: string): void => studioStore.getState().setReferenceImage(shotId, null)
export const cropReferenceToGate = async (shotId: string): Promise<boolean> => (await actions()).cropReferenceToGate(shotId)
export const adoptImageAspect = async (shotId: string): Promise<boolean> => (await actions()).adoptImageAspect(shotId)

export { type AssetUrl, useAssetUrl } from './useAssetUrl'
export { DEFAULT_OVERLAY_OPACITY, type ReferenceView, referenceViewStore, useReferenceView } from './viewStore'
