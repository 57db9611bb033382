import { useEffect, useState } from 'react'
import { takesService } from '../../generate'
import type { MediaKind } from '../../persistence/takesDb'

/** An object URL for a take's media (from memory or IndexedDB), revoked when the component lets go of it. */
export const useTakeMediaUrl = (takeId: string, kind: MediaKind, enabled = true): string | null => {
  const [url, setUrl] = useState<string | null>(null)
  useEffect(() => {
    if (!enabled) return
    let revoked = false
    let made: string | null = null
    void takesService.media(takeId, kind).then((blob) => {
      if (revoked || !blob) return
      made = URL.createObjectURL(blob)
      setUrl(made)
    })
    return () => {
      revoked = true
      if (made) URL.revokeObjectURL(made)
      setUrl(null)
    }
  }, [takeId, kind, enabled])
  return url
}
