/**
 * What the right-hand side can show: another succeeded take of the shot, or the live lens view of
 * the current design. Pure: options for the select, the default, labels.
 */
import type { Take } from '../../takes/model'

/** The select value of the live lens view. */
export const LIVE_REFERENCE = 'live'

/** The route id of the built-in previs renderer. */
export const PREVIS_ROUTE = 'previs'

export interface ReferenceChoice {
  readonly value: string
  readonly label: string
}

/** `Mar 4, 14:05` in the user's locale. */
export const formatTakeTime = (epochMs: number): string =>
  new Date(epochMs).toLocaleString(undefined, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' })

/** A take's label: its route and when it was made. */
export const takeLabel = (take: Pick<Take, 'route' | 'createdAt' | 'chain'>): string =>
  `${take.route}${take.chain ? ` · part ${take.chain.part} of ${take.chain.parts}` : ''} · ${formatTakeTime(take.createdAt)}`

/** The live lens view's label: the part of the design it draws beside a part of a chained generation. */
export const liveLabel = (take: Pick<Take, 'chain'>): string =>
  take.chain ? `Live lens view, ${take.chain.startS.toFixed(1)}–${(take.chain.startS + take.chain.durationS).toFixed(1)} s of the design` : 'Live lens view'

/** Takes that can stand beside `take`: succeeded, with a video, not the take itself; newest first. */
export const comparableReferences = (take: Take, references: readonly Take[]): Take[] => {
  const seen = new Set<string>([take.id])
  const out: Take[] = []
  for (const r of references) {
    if (seen.has(r.id) || r.status !== 'succeeded' || !r.video) continue
    seen.add(r.id)
    out.push(r)
  }
  return out.sort((a, b) => b.createdAt - a.createdAt)
}

/** The select's options: each comparable take, then the live lens view. */
export const referenceChoices = (take: Take, references: readonly Take[]): ReferenceChoice[] => [
  ...comparableReferences(take, references).map((r) => ({ value: r.id, label: takeLabel(r) })),
  { value: LIVE_REFERENCE, label: 'Live lens view (current design)' },
]

/** The newest previs take that is not the take itself, else the live lens view. */
export const defaultReference = (take: Take, references: readonly Take[]): string =>
  comparableReferences(take, references).find((r) => r.route === PREVIS_ROUTE)?.id ?? LIVE_REFERENCE

/** The chosen reference take, or null for the live lens view (or a choice that is no longer offered). */
export const referenceTake = (value: string, take: Take, references: readonly Take[]): Take | null =>
  value === LIVE_REFERENCE ? null : (comparableReferences(take, references).find((r) => r.id === value) ?? null)
