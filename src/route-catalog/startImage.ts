/**
 * Whether a generation goes with the shot's start image: what the chosen model does with one, and
 * what the server says the route can take (`startImage` of GET /api/routes; older servers omit it).
 */
import type { RouteModel } from './models'

/** What the server says a route does with a start image. */
export type ServerStartImage = 'accepted' | 'needs-public-url' | 'not-taken'

export type StartImagePlan = { readonly send: boolean; readonly note?: string } | { readonly refuse: string }

export const startImagePlan = (routeLabel: string, model: RouteModel | undefined, server: ServerStartImage | undefined): StartImagePlan => {
  const use = model?.startImage ?? 'none'
  if (use === 'none') return { send: false }
  // an older server that does not say: send it, and let the server answer
  if (server === undefined || server === 'accepted') return { send: true }
  if (server === 'needs-public-url')
    return use === 'required'
      ? { refuse: `${routeLabel} takes a start image only as a public URL: set FRAMEWRIGHT_PUBLIC_URL on the server to a public address of it, then try again.` }
      : { send: false, note: `Sent without a start frame: ${routeLabel} takes one only as a public URL (set FRAMEWRIGHT_PUBLIC_URL on the server).` }
  return use === 'required' ? { refuse: `${model?.label ?? routeLabel} starts from an image, and this server's ${routeLabel} route takes none.` } : { send: false }
}
