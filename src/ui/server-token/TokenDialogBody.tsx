/** The server token dialog itself: a lazy chunk, loaded by `ServerTokenDialog` on the first question. */
import { type RefObject, useEffect, useState } from 'react'
import type { TokenAskReason } from '../../api-client/token'
import { buttonBase, cx, fieldBase, fieldOk, labelText } from '../primitives/styles'
import { tokenDialogText } from './tokenPrompt'

export interface TokenDialogBodyProps {
  readonly reason: TokenAskReason
  readonly dialogRef: RefObject<HTMLDivElement | null>
  /** Returns false for blank text (nothing is answered). */
  readonly onSubmit: (text: string) => boolean
  readonly onCancel: () => void
}

export function TokenDialogBody({ reason, dialogRef, onSubmit, onCancel }: TokenDialogBodyProps) {
  const [text, setText] = useState('')
  // read while rendering, before the input takes the focus; given back on close
  const [before] = useState(() => document.activeElement as HTMLElement | null)
  useEffect(
    () => () => {
      if (before && before.isConnected && before !== document.body) before.focus()
    },
    [before],
  )
  const words = tokenDialogText(reason)
  return (
    // a click outside keeps the focus in the dialog (it is answered with its buttons or Escape)
    <div className="fixed inset-0 z-[60] flex items-center justify-center bg-black/60" onMouseDown={(e) => e.target === e.currentTarget && e.preventDefault()}>
      <div
        ref={dialogRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby="server-token-title"
        aria-describedby="server-token-text"
        data-testid="server-token.dialog"
        data-reason={reason}
        className="w-[440px] max-w-[calc(100vw-2rem)] rounded-lg border border-neutral-700 bg-neutral-900 p-5 text-xs text-neutral-200 shadow-2xl"
      >
        <h2 id="server-token-title" className="mb-2 text-base font-semibold text-neutral-100">
          {words.title}
        </h2>
        <p id="server-token-text" className="leading-relaxed text-neutral-400">
          {words.text}
        </p>
        {words.refused && (
          <p role="alert" className="mt-2 leading-snug text-red-300" data-testid="server-token.refused">
            {words.refused}
          </p>
        )}
        <form
          className="mt-4"
          onSubmit={(e) => {
            e.preventDefault()
            onSubmit(text)
          }}
        >
          <label className="flex flex-col gap-1">
            <span className={labelText}>Token</span>
            <input
              type="password"
              autoFocus
              autoComplete="off"
              spellCheck={false}
              value={text}
              onChange={(e) => setText(e.target.value)}
              className={cx(fieldBase, fieldOk, 'h-7 w-full font-mono')}
              data-testid="server-token.input"
            />
          </label>
          <div className="mt-4 flex justify-end gap-2">
            <button type="button" className={cx(buttonBase, 'h-7 px-3')} onClick={onCancel} data-testid="server-token.cancel">
              Cancel
            </button>
            <button
              type="submit"
              disabled={!text.trim()}
              className="inline-flex h-7 items-center justify-center rounded bg-amber-400 px-3 text-xs font-semibold text-neutral-950 hover:bg-amber-300 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-amber-200 disabled:cursor-not-allowed disabled:bg-neutral-700 disabled:text-neutral-400"
              data-testid="server-token.submit"
            >
              Use token
            </button>
          </div>
        </form>
      </div>
    </div>
  )
}
