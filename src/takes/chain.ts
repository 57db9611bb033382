/**
 * Chained generations: a shot a one-move route cannot express is cut by the compiler's `planChain`
 * into parts, one take each (`Take.chain`). Part 1 starts from the previs frame; each later part
 * waits until the part before it succeeds and starts from that video's last frame. A part that
 * fails, is canceled, interrupted or deleted stops the parts after it. Pure.
 */
import { type Take, isActive } from './model'

/** A chain's takes, by part (a part may be missing: deleted). */
export const chainParts = (takes: readonly Take[], chainId: string): Take[] =>
  takes.filter((t) => t.chain?.id === chainId).sort((a, b) => a.chain!.part - b.chain!.part)

export interface ChainStatus {
  readonly chainId: string
  /** How many parts the chain was cut into. */
  readonly parts: number
  readonly done: number
  readonly failed: number
  /** Canceled or interrupted. */
  readonly stopped: number
  readonly running: number
  /** Queued: waiting for the part before (or about to be sent). */
  readonly waiting: number
  /** Parts no take is there for (deleted). */
  readonly missing: number
  /** The part running now, or the next to run; null when none will run. */
  readonly current: number | null
  /** All done; in progress; stopped by a failed part; stopped (canceled, interrupted or deleted part). */
  readonly state: 'succeeded' | 'running' | 'failed' | 'stopped'
}

/** What a chain stands at, for the UI ("2 of 3 parts done", "part 2 failed"). */
export const chainStatus = (takes: readonly Take[], chainId: string): ChainStatus => {
  const list = chainParts(takes, chainId)
  const parts = list.reduce((n, t) => Math.max(n, t.chain!.parts), 0)
  const count = (test: (t: Take) => boolean) => list.filter(test).length
  const done = count((t) => t.status === 'succeeded')
  const failed = count((t) => t.status === 'failed')
  const stopped = count((t) => t.status === 'canceled' || t.status === 'interrupted')
  const running = count((t) => t.status === 'running')
  const waiting = count((t) => t.status === 'queued')
  const present = new Set(list.map((t) => t.chain!.part)).size
  const active = list.find((t) => isActive(t.status))
  const state = parts > 0 && done === parts ? 'succeeded' : running + waiting > 0 ? 'running' : failed > 0 ? 'failed' : 'stopped'
  return { chainId, parts, done, failed, stopped, running, waiting, missing: Math.max(0, parts - present), current: active ? active.chain!.part : null, state }
}

export interface ChainStep {
  /** The part to send now, and the part before it whose video's last frame it starts from (null for part 1). */
  readonly start: { readonly take: Take; readonly after: Take | null } | null
  /** Parts that will not be sent because a part before them stopped, with why. */
  readonly cancel: readonly { readonly take: Take; readonly reason: string }[]
  /** Parts waiting for the part before them. */
  readonly waiting: readonly { readonly take: Take; readonly forPart: number }[]
}

const stopWord = (take: Take): string | null =>
  take.status === 'failed' ? 'failed' : take.status === 'canceled' ? 'was canceled' : take.status === 'interrupted' ? 'was interrupted' : null

/**
 * What to do next in a chain, from its parts as they stand (`isRunningHere`: the part is being sent
 * or polled by this page). The first part not yet done runs when the part before it has succeeded;
 * the queued parts after a running one wait; the queued parts after a stopped or missing one are
 * canceled, saying which part stopped and how.
 */
export const nextChainStep = (takes: readonly Take[], isRunningHere: (takeId: string) => boolean = () => false): ChainStep => {
  const cancel: { take: Take; reason: string }[] = []
  const waiting: { take: Take; forPart: number }[] = []
  let start: ChainStep['start'] = null
  const byPart = new Map<number, Take>()
  for (const t of takes) if (t.chain && !byPart.has(t.chain.part)) byPart.set(t.chain.part, t)
  const parts = takes.reduce((n, t) => Math.max(n, t.chain?.parts ?? 0), 0)
  let stop: string | null = null
  let busy = false
  let before: Take | null = null
  for (let part = 1; part <= parts; part++) {
    const take = byPart.get(part)
    if (!take) {
      stop ??= `Part ${part} was deleted`
      before = null
      continue
    }
    if (take.status === 'queued' && !isRunningHere(take.id)) {
      if (stop) cancel.push({ take, reason: `${stop}, so part ${part} was not sent.` })
      else if (busy || (part > 1 && before?.status !== 'succeeded')) waiting.push({ take, forPart: part - 1 })
      else {
        start = { take, after: part > 1 ? before : null }
        busy = true
      }
    } else if (isActive(take.status)) busy = true
    else if (take.status !== 'succeeded') {
      const word = stopWord(take)
      if (word) stop ??= `Part ${part} ${word}`
    }
    before = take
  }
  return { start, cancel, waiting }
}
