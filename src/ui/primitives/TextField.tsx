import { useState } from 'react'
import { cx, fieldBase, fieldError, fieldOk } from './styles'

export interface TextFieldProps {
  readonly value: string
  /** Called with the trimmed, changed text on Enter or blur; empty text is refused. */
  readonly onCommit: (value: string) => void
  readonly ariaLabel: string
  readonly testId?: string
  readonly className?: string
}

/** A single-line text field with the same draft / commit / Escape rules as NumberField. */
export function TextField({ value, onCommit, ariaLabel, testId, className }: TextFieldProps) {
  const [draft, setDraft] = useState<string | null>(null)
  const empty = draft !== null && draft.trim() === ''
  const commit = () => {
    if (draft === null || empty) return
    setDraft(null)
    if (draft.trim() !== value) onCommit(draft.trim())
  }
  return (
    <div className={cx('flex min-w-0 flex-col', className)}>
      <input
        type="text"
        spellCheck={false}
        aria-label={ariaLabel}
        aria-invalid={empty || undefined}
        data-testid={testId}
        value={draft ?? value}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit()
          else if (e.key === 'Escape') {
            e.stopPropagation()
            setDraft(null)
          }
        }}
        className={cx(fieldBase, empty ? fieldError : fieldOk, 'w-full')}
      />
      {empty && <span role="alert" className="mt-0.5 text-[10px] text-red-400">A name cannot be empty</span>}
    </div>
  )
}
