import { useState } from 'react'
import { cx, fieldOk } from './styles'

export interface TextAreaProps {
  readonly value: string
  /** Called with the trimmed text when it changed, on blur or Ctrl/Cmd+Enter (empty text is allowed). */
  readonly onCommit: (value: string) => void
  readonly ariaLabel: string
  readonly placeholder?: string
  readonly maxLength?: number
  readonly rows?: number
  readonly testId?: string
  readonly className?: string
}

/**
 * A multi-line text field with the draft / commit / Escape rules of TextField: typing edits a draft,
 * blur or Ctrl/Cmd+Enter commits it (one undo step, not one per key), Escape puts the value back.
 * Enter makes a new line. Shows a count once the text nears `maxLength`.
 */
export function TextArea({ value, onCommit, ariaLabel, placeholder, maxLength, rows = 3, testId, className }: TextAreaProps) {
  const [draft, setDraft] = useState<string | null>(null)
  const shown = draft ?? value
  const commit = () => {
    if (draft === null) return
    setDraft(null)
    if (draft.trim() !== value) onCommit(draft.trim())
  }
  const nearLimit = maxLength !== undefined && shown.length > maxLength * 0.9
  return (
    <div className={cx('flex min-w-0 flex-col', className)}>
      <textarea
        aria-label={ariaLabel}
        data-testid={testId}
        value={shown}
        rows={rows}
        placeholder={placeholder}
        maxLength={maxLength}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault()
            commit()
          } else if (e.key === 'Escape') {
            e.stopPropagation()
            setDraft(null)
          }
        }}
        className={cx(
          'min-h-12 w-full min-w-0 resize-y rounded border bg-neutral-950 px-1.5 py-1 text-xs leading-snug text-neutral-100 outline-none transition-colors placeholder:text-neutral-600',
          fieldOk,
        )}
      />
      {nearLimit && (
        <span className="mt-0.5 self-end text-[10px] text-neutral-500 tabular-nums">
          {shown.length} / {maxLength}
        </span>
      )}
    </div>
  )
}
