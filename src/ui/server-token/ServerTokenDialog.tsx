import { type ComponentType, useEffect, useRef, useState, useSyncExternalStore } from 'react'
import { setTokenAsker } from '../../api-client/token'
import { createTokenPrompt, cycleFocus, tokenDialogKey } from './tokenPrompt'
import type { TokenDialogBodyProps } from './TokenDialogBody'

const FOCUSABLE = 'input:not([disabled]), button:not([disabled])'

/**
 * Mounted once in the app shell: registers the api-client's token asker and shows the question when
 * a generation request is refused for want of the server token. Renders nothing until then; the
 * dialog itself is a lazy chunk loaded on the first question. While it is open it owns the keyboard
 * (capture listeners installed at mount, so before any other dialog's): Escape cancels, Tab cycles
 * inside it, and no other key reaches the studio's shortcuts or a dialog underneath.
 */
export function ServerTokenDialog() {
  const [prompt] = useState(createTokenPrompt)
  const question = useSyncExternalStore(prompt.subscribe, prompt.current)
  const [Body, setBody] = useState<ComponentType<TokenDialogBodyProps> | null>(null)
  const dialogRef = useRef<HTMLDivElement>(null)

  useEffect(() => {
    const undo = setTokenAsker(prompt.ask)
    return () => {
      undo()
      prompt.cancel()
    }
  }, [prompt])

  useEffect(() => {
    if (!question || Body) return
    let live = true
    import('./TokenDialogBody').then(
      (m) => live && setBody(() => m.TokenDialogBody),
      () => prompt.cancel(), // the chunk could not load: the refusal stands
    )
    return () => {
      live = false
    }
  }, [question, Body, prompt])

  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (!prompt.current()) return
      e.stopImmediatePropagation()
      const action = tokenDialogKey(e.key, e.shiftKey)
      if (!action) return
      e.preventDefault()
      if (action === 'cancel') return prompt.cancel()
      const items = [...(dialogRef.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])]
      const i = cycleFocus(items.length, items.indexOf(document.activeElement as HTMLElement), action)
      items[i]?.focus()
    }
    const onKeyUp = (e: KeyboardEvent) => {
      if (prompt.current()) e.stopImmediatePropagation()
    }
    window.addEventListener('keydown', onKeyDown, true)
    window.addEventListener('keyup', onKeyUp, true)
    return () => {
      window.removeEventListener('keydown', onKeyDown, true)
      window.removeEventListener('keyup', onKeyUp, true)
    }
  }, [prompt])

  if (!question || !Body) return null
  return <Body key={question.id} reason={question.reason} dialogRef={dialogRef} onSubmit={prompt.submit} onCancel={prompt.cancel} />
}
