/**
 * A shot's notes: a textarea that edits a draft and commits it on blur with `setShotNotes` (one undo
 * step per edit; the textarea's own undo works while typing). Esc leaves the field (and commits).
 * While not focused it shows the document's notes, so Undo / Redo show at once.
 */
import { useState } from 'react'
import { studioActions } from '../../state'
import { MAX_NOTES_CHARS } from '../../timeline/media'

export function NotesField({ shotId, shotName, notes }: { shotId: string; shotName: string; notes: string }) {
  const [draft, setDraft] = useState<string | null>(null)
  return (
    <textarea
      value={draft ?? notes}
      maxLength={MAX_NOTES_CHARS}
      rows={3}
      placeholder="Notes…"
      aria-label={`Notes for ${shotName}`}
      data-testid="storyboard.notes"
      className="w-full resize-y rounded border border-neutral-700 bg-neutral-950/60 px-2 py-1 text-[12px] leading-snug text-neutral-200 placeholder:text-neutral-600 focus:border-amber-400 focus:outline-none"
      onFocus={() => setDraft(notes)}
      onChange={(e) => setDraft(e.currentTarget.value)}
      onBlur={(e) => {
        const text = e.currentTarget.value
        setDraft(null)
        if (text !== notes) studioActions().setShotNotes(shotId, text)
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault()
          e.stopPropagation()
          e.currentTarget.blur()
        }
      }}
    />
  )
}
