import { memo, useDeferredValue, useMemo } from 'react'
import { type Language, type TokenKind, firstLines, tokenizeLine } from './highlight'

const TOKEN_CLASSES: Record<TokenKind, string> = {
  key: 'text-sky-300',
  string: 'text-emerald-300',
  number: 'text-orange-300',
  literal: 'text-fuchsia-300',
  punct: 'text-neutral-500',
  comment: 'text-neutral-500 italic',
  text: 'text-neutral-300',
}

/** Lines re-render (and re-tokenize) only when their own text changes. */
const Line = memo(function Line({ text, language }: { text: string; language: Language }) {
  const tokens = useMemo(() => tokenizeLine(text, language), [text, language])
  return (
    <div className="min-h-[1.35em]">
      {tokens.map((t, i) => (
        <span key={i} className={TOKEN_CLASSES[t.kind]}>
          {t.text}
        </span>
      ))}
    </div>
  )
})

export interface OutputViewProps {
  readonly text: string
  readonly language: Language
  /** Lines shown; Copy and Download carry the whole text. */
  readonly maxLines?: number
  readonly testId?: string
  readonly className?: string
  /** Wrap long lines (request bodies with a prompt); files with a column per value keep their lines. */
  readonly wrap?: boolean
}

/**
 * A compiled payload or file, syntax-highlighted. Rendering is deferred (useDeferredValue), so a
 * long output arriving mid-edit is drawn in interruptible slices, never in one long main-thread task.
 */
export function OutputView({ text, language, maxLines = 200, testId, className, wrap = false }: OutputViewProps) {
  const deferred = useDeferredValue(text)
  const view = useMemo(() => firstLines(deferred, maxLines), [deferred, maxLines])
  return (
    <div data-testid={testId} data-stale={deferred !== text || undefined} className={className}>
      <pre
        data-wrap={wrap || undefined}
        className={`m-0 px-2 py-1.5 font-mono text-[10.5px] leading-[1.35] ${wrap ? 'w-full break-words whitespace-pre-wrap' : 'w-max min-w-full whitespace-pre'}`}
      >
        {view.lines.map((line, i) => (
          <Line key={i} text={line} language={language} />
        ))}
      </pre>
      {view.hiddenLines > 0 && (
        <p className="px-2 pb-2 text-[10px] text-neutral-500">
          … {view.hiddenLines.toLocaleString('en-US')} more line{view.hiddenLines === 1 ? '' : 's'}: Copy or Download has the whole file.
        </p>
      )}
    </div>
  )
}
