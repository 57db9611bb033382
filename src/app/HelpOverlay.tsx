import { studioActions, useStudio } from '../state'
import { COMMANDS, type Command } from './commands'

const MOUSE: readonly [string, string][] = [
  ['Click a preset', 'Append the move after the last one on track 1'],
  ['Drag a preset onto a track', 'Place it there; moves on different tracks that overlap combine'],
  ['Drag a move / its edges', 'Move it (also to another track) / resize from either edge; snaps to frames and move edges (Alt: frames only); hold it at the edge of the track area to scroll'],
  ['Esc during a drag', 'Cancel the drag; nothing changes'],
  ['Drag the ruler', 'Scrub the playhead'],
  ['Ctrl/⌘ + wheel on the timeline', 'Zoom the timeline'],
  ["Drag in the director's view", 'Orbit; right-drag pans; wheel dollies the view camera'],
  ['Look through (V), then drag', "Frame the shot's start: drag pans/tilts, right-drag trucks/pedestals, wheel dollies"],
  ["A storyboard panel's title (Shift+B)", 'Select that shot and go back to the studio'],
]

const GROUPS: Command['group'][] = ['Playback', 'Edit', 'View']

export function HelpOverlay() {
  const open = useStudio((s) => s.helpOpen)
  if (!open) return null
  return (
    <div className="fixed inset-0 z-50 flex items-center justify-center bg-black/60" onClick={() => studioActions().setHelpOpen(false)}>
      <div
        role="dialog"
        aria-label="Keyboard shortcuts"
        data-testid="help.overlay"
        className="max-h-[85vh] w-[760px] overflow-y-auto rounded-lg border border-neutral-700 bg-neutral-900 p-5 shadow-2xl"
        onClick={(e) => e.stopPropagation()}
      >
        <div className="mb-3 flex items-center">
          <h2 className="text-base font-semibold text-neutral-100">Keyboard shortcuts</h2>
          <button className="ml-auto rounded px-2 text-neutral-400 hover:bg-neutral-800" onClick={() => studioActions().setHelpOpen(false)} aria-label="Close">
            ✕
          </button>
        </div>
        <div className="grid grid-cols-3 gap-5">
          {GROUPS.map((g) => (
            <section key={g}>
              <h3 className="mb-1 text-[11px] font-semibold uppercase tracking-wider text-neutral-500">{g}</h3>
              <ul className="space-y-1">
                {COMMANDS.filter((c) => c.group === g).map((c) => (
                  <li key={c.id} className="flex items-baseline justify-between gap-2">
                    <span className="text-neutral-300">{c.label}</span>
                    <span className="shrink-0 space-x-1">
                      {c.keys.map((k) => (
                        <kbd key={k} className="rounded border border-neutral-700 bg-neutral-800 px-1.5 py-px font-mono text-[11px] text-neutral-200">
                          {k}
                        </kbd>
                      ))}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
        <h3 className="mb-1 mt-4 text-[11px] font-semibold uppercase tracking-wider text-neutral-500">Mouse</h3>
        <ul className="grid grid-cols-2 gap-x-5 gap-y-1">
          {MOUSE.map(([what, does]) => (
            <li key={what} className="text-neutral-400">
              <span className="text-neutral-200">{what}</span>: {does}
            </li>
          ))}
        </ul>
      </div>
    </div>
  )
}
