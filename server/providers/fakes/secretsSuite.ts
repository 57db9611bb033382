/**
 * The one check every route's secrets test runs: drive a list of failure paths against a fake
 * provider, keep what each path gave back (the result as JSON, or every message, String(e), stack,
 * own property, generation error and cause of what it threw), capture every console line, and
 * check that no recognisable secret is in any of it. Each route's *.secrets.test.ts lists only its
 * failure paths and its secrets. For tests only.
 */
import { expect, it, vi } from 'vitest'
import { ProviderError } from '../http'

/** Every error kind a route with credits, moderation and a timeout can answer with. */
export const ALL_KINDS = ['bad-key', 'out-of-credits', 'moderation', 'invalid-parameter', 'rate-limited', 'provider-failure', 'timed-out', 'malformed-response'] as const

/** All there is to read of a thrown thing: String(e), its stack, own properties, generation error and cause. */
export const everything = (e: unknown): string => {
  if (!(e instanceof Error)) return JSON.stringify(e)
  const own = Object.fromEntries(Object.getOwnPropertyNames(e).map((k) => [k, (e as unknown as Record<string, unknown>)[k]]))
  return [String(e), e.stack, JSON.stringify(own), e instanceof ProviderError ? JSON.stringify(e.toGenerationError()) : '', e.cause ? everything(e.cause) : ''].join('\n')
}

/** What the failure paths gave back, one entry a path. */
export interface LeakRecorder {
  readonly out: string[]
  /** Runs one path and keeps its result (as JSON) or everything of what it threw. */
  run(path: () => Promise<unknown>): Promise<void>
  /** Runs before the fake closes (adapters that hold connections). */
  onClose(fn: () => void | Promise<void>): void
}

export interface LeakCase<F> {
  readonly start: () => Promise<F>
  /** Drives every failure path through `t.run`; may return secrets learnt on the way (a token the fake saw). */
  readonly paths: (fake: F, t: LeakRecorder) => Promise<readonly string[] | void>
  /** Text (or patterns) that must appear nowhere. */
  readonly secrets: readonly (string | RegExp)[]
  /** How many paths ran (checked when given). */
  readonly outputs?: number
  /** Error kinds the paths must have produced (default ALL_KINDS). */
  readonly kinds?: readonly string[]
  /** Text (or patterns) that must appear: a redacted message that proves the path ran. */
  readonly shows?: readonly (string | RegExp)[]
}

/** Registers one test that runs the case's failure paths and checks them (and every console line) for its secrets. */
export const itLeaksNoSecret = <F extends { close(): Promise<void> }>(title: string, c: LeakCase<F>) =>
  it(title, async () => {
    const fake = await c.start()
    const logged: string[] = []
    for (const m of ['log', 'info', 'warn', 'error', 'debug'] as const) vi.spyOn(console, m).mockImplementation((...a: unknown[]) => void logged.push(a.map(String).join(' ')))
    const closers: (() => void | Promise<void>)[] = []
    const out: string[] = []
    const recorder: LeakRecorder = {
      out,
      run: async (path) => {
        try {
          out.push(JSON.stringify(await path()))
        } catch (e) {
          out.push(everything(e))
        }
      },
      onClose: (fn) => void closers.push(fn),
    }
    try {
      const learnt = (await c.paths(fake, recorder)) ?? []
      if (c.outputs !== undefined) expect(out).toHaveLength(c.outputs)
      const kinds = out.join('\n').match(/"kind":"[a-z-]+"/g) ?? []
      for (const kind of c.kinds ?? ALL_KINDS) expect(kinds).toContain(`"kind":"${kind}"`)
      const all = [...out, ...logged].join('\n')
      for (const secret of [...c.secrets, ...learnt]) {
        if (typeof secret === 'string') expect(all).not.toContain(secret)
        else expect(all).not.toMatch(secret)
      }
      for (const shown of c.shows ?? []) {
        if (typeof shown === 'string') expect(all).toContain(shown)
        else expect(all).toMatch(shown)
      }
    } finally {
      vi.restoreAllMocks()
      for (const close of closers.splice(0)) await close()
      await fake.close()
    }
  })
