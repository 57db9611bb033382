/**
 * An object URL for a stored asset (a reference image) while a component shows it: read from the
 * asset store, revoked when the id changes or the component goes. `missing` when this browser does
 * not have the bytes (a project from a link, or storage cleared).
 */
import { useEffect, useState } from 'react'
import type { AssetId } from '../timeline/media'

export type AssetUrl = { readonly state: 'none' | 'loading' | 'missing'; readonly url?: undefined } | { readonly state: 'ready'; readonly url: string }

export const useAssetUrl = (assetId: AssetId | undefined): AssetUrl => {
  const [result, setResult] = useState<{ id: AssetId; value: AssetUrl } | null>(null)
  useEffect(() => {
    if (!assetId) return
    let url: string | undefined
    let cancelled = false
    // the asset store (idb) loads with the first image shown, not with the studio
    import('../persistence/assetStore')
      .then((m) => m.getAssetBlob(assetId))
      .catch(() => undefined)
      .then((blob) => {
        if (cancelled) return
        if (!blob) return setResult({ id: assetId, value: { state: 'missing' } })
        url = URL.createObjectURL(blob)
        setResult({ id: assetId, value: { state: 'ready', url } })
      })
    return () => {
      cancelled = true
      if (url) URL.revokeObjectURL(url)
    }
  }, [assetId])
  if (!assetId) return { state: 'none' }
  return result && result.id === assetId ? result.value : { state: 'loading' }
}
