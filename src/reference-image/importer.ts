/**
 * Reference images in the studio: a dropped or chosen file becomes a shot's reference image
 * (checked, decoded, resized, stored in the asset store, then one undoable `setReferenceImage`),
 * and the two fixes for an aspect that differs from the shot's: crop the image to the gate (a new,
 * cropped asset) or give the shot the image's aspect. Every failure is one message through
 * `notify` and changes nothing.
 */
import { aspectValue } from '../core/camera/lens'
import { getAssetBlob, putAsset } from '../persistence/assetStore'
import { studioStore } from '../state'
import type { ReferenceImage } from '../timeline/media'
import type { Shot } from '../timeline/model'
import { checkAspect, cropToAspect, describeAspect, matchingShotAspect } from './core/aspect'
import { keptFileName, refuseFile, storedSize, storedType, undecodableMessage } from './core/limits'
import { decodeImage, encodeRegion, hasTransparency } from './encode'
import { referenceViewStore } from './viewStore'

const notifyError = (text: string) => studioStore.getState().notify(text, 'error')

const shotById = (shotId: string): Shot | undefined => studioStore.getState().document.shots.find((s) => s.id === shotId)

const shotLabel = (shot: Shot): string => {
  const index = studioStore.getState().document.shots.indexOf(shot)
  return shot.name || `Shot ${index + 1}`
}

const storeError = (e: unknown) => `The image could not be stored in this browser (${(e as Error)?.message || 'storage unavailable'}); nothing changed.`

const busy = async <T>(shotId: string, work: () => Promise<T>): Promise<T> => {
  referenceViewStore.getState().set({ busyShotId: shotId })
  try {
    return await work()
  } finally {
    if (referenceViewStore.getState().busyShotId === shotId) referenceViewStore.getState().set({ busyShotId: null })
  }
}

/**
 * Makes `file` the shot's reference image: refused with one sentence when it is not an image, too
 * large or cannot be decoded; resized to the stored size; one undo step. Returns the image, or null.
 */
export const importReferenceImage = (file: File, shotId: string): Promise<ReferenceImage | null> =>
  busy(shotId, async () => {
    const refused = refuseFile(file)
    if (refused) {
      notifyError(refused)
      return null
    }
    const bitmap = await decodeImage(file)
    if (!bitmap) {
      notifyError(undecodableMessage(file.name))
      return null
    }
    let image: ReferenceImage
    try {
      const size = storedSize(bitmap.width, bitmap.height)
      const type = storedType(file.type !== 'image/jpeg' && hasTransparency(bitmap))
      const bytes = await encodeRegion(bitmap, { x: 0, y: 0, width: bitmap.width, height: bitmap.height }, size.width, size.height, type)
      const assetId = await putAsset(bytes, type)
      image = { assetId, fileName: keptFileName(file.name), mimeType: type, widthPx: size.width, heightPx: size.height }
    } catch (e) {
      notifyError(storeError(e))
      return null
    } finally {
      bitmap.close()
    }
    const shot = shotById(shotId)
    if (!shot) {
      notifyError(`${file.name} was not used: its shot was deleted while the image was being read.`)
      return null
    }
    const s = studioStore.getState()
    s.setReferenceImage(shotId, image)
    if (s.selectedShotId !== shotId) s.selectShot(shotId)
    const aspect = checkAspect(image.widthPx, image.heightPx, shot.aspect)
    s.notify(
      aspect.ok
        ? `${image.fileName} is now ${shotLabel(shot)}'s reference image.`
        : `${image.fileName} is now ${shotLabel(shot)}'s reference image (${describeAspect(image.widthPx, image.heightPx)} on a ${shot.aspect} shot: see the Inspector).`,
    )
    return image
  })

/** Crops the shot's reference image to its gate (centred), stored as a new image; one undo step. */
export const cropReferenceToGate = (shotId: string): Promise<boolean> =>
  busy(shotId, async () => {
    const shot = shotById(shotId)
    const image = shot?.referenceImage
    if (!shot || !image) return false
    const blob = await getAssetBlob(image.assetId).catch(() => undefined)
    if (!blob) {
      notifyError(`${image.fileName} is not in this browser: choose the file again before cropping it.`)
      return false
    }
    const bitmap = await decodeImage(blob)
    if (!bitmap) {
      notifyError(undecodableMessage(image.fileName))
      return false
    }
    let cropped: ReferenceImage
    try {
      const rect = cropToAspect(bitmap.width, bitmap.height, aspectValue(shot.aspect))
      const bytes = await encodeRegion(bitmap, rect, rect.width, rect.height, image.mimeType)
      cropped = { ...image, assetId: await putAsset(bytes, image.mimeType), widthPx: rect.width, heightPx: rect.height }
    } catch (e) {
      notifyError(storeError(e))
      return false
    } finally {
      bitmap.close()
    }
    // the shot may have changed meanwhile: crop only the image that was cropped
    if (shotById(shotId)?.referenceImage?.assetId !== image.assetId) return false
    studioStore.getState().setReferenceImage(shotId, cropped)
    studioStore.getState().notify(`Cropped ${image.fileName} to ${shot.aspect} (${cropped.widthPx}×${cropped.heightPx}).`)
    return true
  })

/** Gives the shot the aspect its reference image has (one undo step), or says that no shot aspect matches. */
export const adoptImageAspect = (shotId: string): boolean => {
  const shot = shotById(shotId)
  const image = shot?.referenceImage
  if (!shot || !image) return false
  const aspect = matchingShotAspect(image.widthPx, image.heightPx)
  if (!aspect) {
    notifyError(`No shot aspect matches the image's ${describeAspect(image.widthPx, image.heightPx)} (a shot is 16:9, 9:16, 1:1, 4:3 or 21:9): crop the image to the gate instead.`)
    return false
  }
  studioStore.getState().updateShotSettings(shotId, { aspect })
  return true
}
