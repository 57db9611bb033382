/**
 * The server token (FRAMEWRIGHT_TOKEN) for this tab's session. A server listening beyond loopback
 * wants it on /api/generations* and /api/uploads* (`Authorization: Bearer <token>`). The studio asks
 * the user for it once (through the asker the UI registers) and keeps it in memory and in
 * `sessionStorage`, which the browser clears when the tab closes (a reload keeps it, so hosted takes
 * resume polling). Never localStorage, never IndexedDB. Where there is no sessionStorage (Node, the
 * CLI) it lives in memory only, and without an asker nobody is asked.
 */

export type TokenAskReason = 'missing' | 'wrong'
/** Shows the question; resolves with what the user entered, or null when they dismissed it. */
export type TokenAsker = (reason: TokenAskReason) => Promise<string | null>

export const TOKEN_STORAGE_KEY = 'framewright.serverToken'

/** undefined: not known yet in this page's life (read sessionStorage); null: none. */
let memory: string | null | undefined
let asker: TokenAsker | null = null
let pending: Promise<string | null> | null = null
/** How many asks have been answered (a token, or dismissed). */
let answered = 0

const session = (): Storage | null => {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage
  } catch {
    return null // storage blocked by the browser's settings
  }
}

export const getToken = (): string | null => {
  if (memory !== undefined) return memory
  try {
    return session()?.getItem(TOKEN_STORAGE_KEY) || null
  } catch {
    return null
  }
}

export const setToken = (token: string): void => {
  memory = token
  try {
    session()?.setItem(TOKEN_STORAGE_KEY, token)
  } catch {
    // quota or blocked storage: memory only, until the page closes
  }
}

export const forgetToken = (): void => {
  memory = null
  try {
    session()?.removeItem(TOKEN_STORAGE_KEY)
  } catch {
    // nothing stored
  }
}

/** The header a guarded request carries: `{ authorization: 'Bearer …' }`, or `{}` without a token. */
export const authHeaders = (): Record<string, string> => {
  const token = getToken()
  return token ? { authorization: `Bearer ${token}` } : {}
}

/** Registers the UI's question (one at a time); returns an undo that removes it if it is still this one. */
export const setTokenAsker = (fn: TokenAsker | null): (() => void) => {
  asker = fn
  return () => {
    if (asker === fn) asker = null
  }
}

/**
 * Asks the user for the token (one question however many requests were refused at once), keeps the
 * answer and returns it; null when dismissed or when nobody can be asked (no asker: the CLI).
 */
export const askForToken = (reason: TokenAskReason): Promise<string | null> => {
  if (pending) return pending
  const ask = asker
  if (!ask) return Promise.resolve(null)
  pending = (async () => {
    try {
      const token = (await ask(reason))?.trim() || null
      if (token) setToken(token)
      return token
    } catch {
      return null
    } finally {
      answered++
      pending = null
    }
  })()
  return pending
}

/** What a request was sent with: compare after a refusal. */
export interface TokenSent {
  readonly token: string | null
  readonly answered: number
}

export const tokenSent = (): TokenSent => ({ token: getToken(), answered })

/**
 * The token to retry a refused request with, or null to let the refusal stand. A request that was
 * in flight while another one's question was answered does not ask again: it takes the new token,
 * or, when the question was dismissed (or gave the same token back), keeps its error.
 */
export const tokenAfterRefusal = (sent: TokenSent): Promise<string | null> => {
  const now = getToken()
  if (now && now !== sent.token) return Promise.resolve(now)
  if (answered !== sent.answered) return Promise.resolve(null)
  return askForToken(sent.token ? 'wrong' : 'missing')
}
