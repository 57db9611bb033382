/** Which picture each shot of the animatic uses: its chosen take's video when it has a finished one, else its previs. */

export interface SourceTake {
  readonly id: string
  readonly shotId: string
  readonly chosen: boolean
  readonly status: string
  readonly route: string
  readonly video: { readonly width: number; readonly height: number; readonly durationS: number } | null
}

export type ShotSource = { readonly kind: 'take'; readonly takeId: string; readonly route: string } | { readonly kind: 'previs' }

export const chooseSource = (shotId: string, takes: readonly SourceTake[]): ShotSource => {
  const take = takes.find((t) => t.shotId === shotId && t.chosen && t.status === 'succeeded' && t.video)
  return take ? { kind: 'take', takeId: take.id, route: take.route } : { kind: 'previs' }
}

/** "1 & 3", "1, 2 & 4". */
export const listNumbers = (numbers: readonly number[]): string =>
  numbers.length <= 1 ? numbers.join('') : `${numbers.slice(0, -1).join(', ')} & ${numbers[numbers.length - 1]}`

/**
 * One line per kind of source: "Shot 2: chosen take (kling)", "Shots 1 & 3: previs". `routeLabel`
 * turns a route id into words.
 */
export const sourceSummary = (sources: readonly ShotSource[], routeLabel: (route: string) => string = (r) => r): string[] => {
  const groups = new Map<string, number[]>()
  sources.forEach((s, i) => {
    const key = s.kind === 'take' ? `chosen take (${routeLabel(s.route)})` : 'previs'
    groups.set(key, [...(groups.get(key) ?? []), i + 1])
  })
  return [...groups].map(([what, numbers]) => `Shot${numbers.length > 1 ? 's' : ''} ${listNumbers(numbers)}: ${what}`)
}
