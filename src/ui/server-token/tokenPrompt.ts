/**
 * The server token question as data, without React: the open question (one at a time), its words,
 * and what the dialog's keys do. `ServerTokenDialog` renders it; unit-tested in `tokenPrompt.test.ts`.
 */
import type { TokenAskReason } from '../../api-client/token'

export const TOKEN_DIALOG_TITLE = 'This server needs its token'
export const TOKEN_DIALOG_TEXT =
  'Framewright on this computer is reachable from your network, so generations need the token set as FRAMEWRIGHT_TOKEN on the server. It is kept only until this tab closes.'
export const TOKEN_REFUSED_TEXT = 'The server refused the last token: check it and enter it again.'

export interface TokenDialogText {
  readonly title: string
  readonly text: string
  /** Only when the last token was refused. */
  readonly refused: string | null
}

export const tokenDialogText = (reason: TokenAskReason): TokenDialogText => ({
  title: TOKEN_DIALOG_TITLE,
  text: TOKEN_DIALOG_TEXT,
  refused: reason === 'wrong' ? TOKEN_REFUSED_TEXT : null,
})

export interface TokenQuestion {
  /** New for each question, so the dialog starts empty each time. */
  readonly id: number
  readonly reason: TokenAskReason
}

export interface TokenPrompt {
  /** The asker for `setTokenAsker`: opens the question, or joins the one open. */
  readonly ask: (reason: TokenAskReason) => Promise<string | null>
  readonly current: () => TokenQuestion | null
  /** "Use token": answers with the text, trimmed; blank text answers nothing (returns false). */
  readonly submit: (text: string) => boolean
  /** "Cancel", Escape, or the dialog going away: answers null. */
  readonly cancel: () => void
  readonly subscribe: (listener: () => void) => () => void
}

export const createTokenPrompt = (): TokenPrompt => {
  let open: { question: TokenQuestion; answer: Promise<string | null>; resolve: (v: string | null) => void } | null = null
  let next = 1
  const listeners = new Set<() => void>()
  const close = (value: string | null) => {
    if (!open) return
    const { resolve } = open
    open = null
    listeners.forEach((l) => l())
    resolve(value)
  }
  return {
    ask(reason) {
      if (open) return open.answer
      let resolve!: (v: string | null) => void
      const answer = new Promise<string | null>((r) => (resolve = r))
      open = { question: { id: next++, reason }, answer, resolve }
      listeners.forEach((l) => l())
      return answer
    },
    current: () => open?.question ?? null,
    submit(text) {
      const token = text.trim()
      if (!open || !token) return false
      close(token)
      return true
    },
    cancel: () => close(null),
    subscribe(listener) {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
  }
}

export type TokenDialogKey = 'cancel' | 'next' | 'previous'

/** What a key does while the question is open; every other key goes only to the focused field (the studio's shortcuts never hear it). Enter submits through the form. */
export const tokenDialogKey = (key: string, shiftKey: boolean): TokenDialogKey | null => {
  if (key === 'Escape') return 'cancel'
  if (key === 'Tab') return shiftKey ? 'previous' : 'next'
  return null
}

/** Focus trap: the index to focus among `count` focusable elements, from `current` (-1: none of them). */
export const cycleFocus = (count: number, current: number, step: 'next' | 'previous'): number => {
  if (count <= 0) return -1
  if (step === 'previous') return current <= 0 ? count - 1 : current - 1
  return current < 0 || current >= count - 1 ? 0 : current + 1
}
