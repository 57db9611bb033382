import { useEffect, useRef, useState } from 'react'

export type ObjectUrlState = { readonly status: 'loading' } | { readonly status: 'ready'; readonly url: string } | { readonly status: 'missing' } | { readonly status: 'error'; readonly message: string }

/**
 * An object URL for a take's video bytes, revoked when the take changes or the view closes.
 * `load` may be a new function on every render; only `takeId` reloads.
 */
export function useObjectUrl(takeId: string, load: (takeId: string) => Promise<Blob | undefined>): ObjectUrlState {
  const loadRef = useRef(load)
  useEffect(() => {
    loadRef.current = load
  })
  const [state, setState] = useState<{ id: string; value: ObjectUrlState }>({ id: takeId, value: { status: 'loading' } })

  useEffect(() => {
    let alive = true
    let url: string | null = null
    loadRef
      .current(takeId)
      .then((blob) => {
        if (!alive) return
        if (!blob) return setState({ id: takeId, value: { status: 'missing' } })
        url = URL.createObjectURL(blob)
        setState({ id: takeId, value: { status: 'ready', url } })
      })
      .catch((e: unknown) => alive && setState({ id: takeId, value: { status: 'error', message: e instanceof Error ? e.message : String(e) } }))
    return () => {
      alive = false
      if (url) URL.revokeObjectURL(url)
    }
  }, [takeId])

  return state.id === takeId ? state.value : { status: 'loading' }
}
