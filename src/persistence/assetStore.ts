/**
 * The asset store in IndexedDB (`framewright-assets`): content-addressed media bytes (reference
 * images, scratch audio) that projects point at by `AssetId`. A project's record in the library
 * holds only references; `Export` gathers the bytes into the file (`fileAssetsOf`) and Import puts
 * them back (`storeFileAssets`, every id checked against its bytes first: nothing is stored from a
 * damaged file).
 */
import type { DBSchema } from 'idb'
import { lazyDatabase } from './lazyDatabase'
import { assetIdOf, base64ToBytes, bytesToBase64 } from '../assets'
import type { FileAssets } from '../schema'
import { type AssetId, referencedAssetIds } from '../timeline/media'
import type { Project } from '../timeline/model'

export const ASSETS_DB_NAME = 'framewright-assets'
const DB_VERSION = 1

export interface StoredAsset {
  readonly id: AssetId
  readonly mimeType: string
  readonly bytes: ArrayBuffer
  readonly addedAt: number
}

interface AssetsSchema extends DBSchema {
  assets: { key: string; value: StoredAsset }
}

const db = lazyDatabase<AssetsSchema>(ASSETS_DB_NAME, DB_VERSION, (database) => {
  database.createObjectStore('assets', { keyPath: 'id' })
})

/** Stores the bytes (once: the same bytes have the same id) and returns their id. */
export const putAsset = async (bytes: Uint8Array, mimeType: string): Promise<AssetId> => {
  const id = await assetIdOf(bytes)
  const d = await db()
  if ((await d.getKey('assets', id)) === undefined) await d.put('assets', { id, mimeType, bytes: bytes.slice().buffer, addedAt: Date.now() })
  return id
}

export const getAsset = async (id: AssetId): Promise<StoredAsset | undefined> => (await db()).get('assets', id)

/** The asset as a Blob of its type (for <img>, decoding, upload); undefined when this browser does not have it. */
export const getAssetBlob = async (id: AssetId): Promise<Blob | undefined> => {
  const asset = await getAsset(id)
  return asset ? new Blob([asset.bytes], { type: asset.mimeType }) : undefined
}

/** The bytes of every asset the project points at, for an exported file; `missing` names those this browser lacks. */
export const fileAssetsOf = async (project: Project): Promise<{ assets: FileAssets; missing: AssetId[] }> => {
  const assets: Record<string, { mimeType: string; base64: string }> = {}
  const missing: AssetId[] = []
  for (const id of referencedAssetIds(project)) {
    const asset = await getAsset(id)
    if (asset) assets[id] = { mimeType: asset.mimeType, base64: bytesToBase64(new Uint8Array(asset.bytes)) }
    else missing.push(id)
  }
  return { assets: assets as FileAssets, missing }
}

/**
 * Stores a project file's assets after checking each one's bytes against its id. Either all are
 * stored or none: `{ ok: false, message }` names the first that does not match (a damaged or edited file).
 */
export const storeFileAssets = async (assets: FileAssets | undefined): Promise<{ ok: true } | { ok: false; message: string }> => {
  const entries = Object.entries(assets ?? {}) as [AssetId, { mimeType: string; base64: string }][]
  const checked: { id: AssetId; mimeType: string; bytes: Uint8Array }[] = []
  for (const [id, asset] of entries) {
    let bytes: Uint8Array
    try {
      bytes = base64ToBytes(asset.base64)
    } catch {
      return { ok: false, message: `its media ${id.slice(0, 19)}… is not valid base64` }
    }
    if ((await assetIdOf(bytes)) !== id) return { ok: false, message: `its media ${id.slice(0, 19)}… does not match its bytes (the file was changed or damaged)` }
    checked.push({ id, mimeType: asset.mimeType, bytes })
  }
  for (const { bytes, mimeType } of checked) await putAsset(bytes, mimeType)
  return { ok: true }
}

/** Tests: close and delete the asset database. */
export const deleteAssetsForTests = (): Promise<void> => db.destroy()

/** Assets younger than this are never swept: another tab may have stored one its project has not saved yet. */
export const ASSET_SWEEP_MIN_AGE_MS = 24 * 60 * 60 * 1000

/**
 * Deletes the assets no project points at any more (`inUse`: every library project's and the open
 * documents' asset ids), leaving those younger than `minAgeMs`. Returns how many went. Run at start-up,
 * never while an undo history could still bring a removed image back in another tab.
 */
export const sweepUnusedAssets = async (inUse: ReadonlySet<string>, now = Date.now(), minAgeMs = ASSET_SWEEP_MIN_AGE_MS): Promise<number> => {
  const d = await db()
  const tx = d.transaction('assets', 'readwrite')
  let swept = 0
  for (let cursor = await tx.store.openCursor(); cursor; cursor = await cursor.continue()) {
    if (inUse.has(cursor.value.id) || now - cursor.value.addedAt < minAgeMs) continue
    await cursor.delete()
    swept++
  }
  await tx.done
  return swept
}

interface ReadableLibrary {
  list(): Promise<{ readonly projects: readonly { readonly id: string }[]; readonly problems: readonly string[] }>
  read(id: string): Promise<{ readonly ok: boolean; readonly project?: Project } | null>
}

/**
 * The asset ids of every project in the library, and of `open` (documents in memory); null when some
 * project could not be read (one saved by a newer app may point at assets too: then nothing is swept).
 */
export const assetIdsInUse = async (library: ReadableLibrary, open: readonly Project[]): Promise<Set<string> | null> => {
  const ids = new Set<string>(open.flatMap(referencedAssetIds))
  const listing = await library.list()
  if (listing.problems.length > 0) return null
  for (const { id } of listing.projects) {
    const result = await library.read(id)
    if (!result?.ok || !result.project) return null
    for (const a of referencedAssetIds(result.project)) ids.add(a)
  }
  return ids
}
