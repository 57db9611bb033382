/**
 * Every keyboard command of the studio as data: the help overlay lists these, the shortcut hook
 * dispatches them, and tests can run them by id. Commands call store actions only.
 */
import type { StudioStore } from '../state'
import { selectCurrentShot } from '../state'
import { isLocked, libraryStore } from '../state/libraryStore'
import { isStoryboardOpen, setStoryboardOpen } from '../ui/storyboard/openState'
import { openSavePresetDialog } from '../ui/custom-presets/panel'

export interface Command {
  readonly id: string
  readonly label: string
  /** Keys as shown in the help overlay. */
  readonly keys: readonly string[]
  readonly group: 'Playback' | 'Edit' | 'View'
  readonly match: (e: KeyboardEvent) => boolean
  readonly run: (store: StudioStore) => void
}

const mod = (e: KeyboardEvent) => e.ctrlKey || e.metaKey
const plain = (e: KeyboardEvent) => !e.ctrlKey && !e.metaKey && !e.altKey
const key = (k: string) => (e: KeyboardEvent) => plain(e) && e.key === k

export const COMMANDS: readonly Command[] = [
  { id: 'play-pause', label: 'Play / pause', keys: ['Space'], group: 'Playback', match: (e) => plain(e) && e.key === ' ', run: (s) => s.getState().togglePlay() },
  {
    id: 'shuttle-back',
    label: 'Play backwards (press again: faster)',
    keys: ['J'],
    group: 'Playback',
    match: (e) => plain(e) && e.key.toLowerCase() === 'j',
    run: (s) => {
      const { playing, playbackRate, play } = s.getState()
      play(playing && playbackRate < 0 ? Math.max(-8, playbackRate * 2) : -1)
    },
  },
  { id: 'shuttle-stop', label: 'Stop', keys: ['K'], group: 'Playback', match: (e) => plain(e) && e.key.toLowerCase() === 'k', run: (s) => s.getState().pause() },
  {
    id: 'shuttle-forward',
    label: 'Play forwards (press again: faster)',
    keys: ['L'],
    group: 'Playback',
    match: (e) => plain(e) && e.key === 'l',
    run: (s) => {
      const { playing, playbackRate, play } = s.getState()
      play(playing && playbackRate > 0 ? Math.min(8, playbackRate * 2) : 1)
    },
  },
  { id: 'step-back', label: 'Previous frame', keys: ['←'], group: 'Playback', match: key('ArrowLeft'), run: (s) => s.getState().stepFrames(-1) },
  { id: 'step-forward', label: 'Next frame', keys: ['→'], group: 'Playback', match: key('ArrowRight'), run: (s) => s.getState().stepFrames(1) },
  {
    id: 'step-back-second',
    label: 'Back one second',
    keys: ['Shift+←'],
    group: 'Playback',
    match: (e) => !mod(e) && e.shiftKey && e.key === 'ArrowLeft',
    run: (s) => s.getState().stepFrames(-Math.round(selectCurrentShot(s.getState()).fps)),
  },
  {
    id: 'step-forward-second',
    label: 'Forward one second',
    keys: ['Shift+→'],
    group: 'Playback',
    match: (e) => !mod(e) && e.shiftKey && e.key === 'ArrowRight',
    run: (s) => s.getState().stepFrames(Math.round(selectCurrentShot(s.getState()).fps)),
  },
  { id: 'go-start', label: 'Go to shot start', keys: ['Home'], group: 'Playback', match: key('Home'), run: (s) => s.getState().setPlayhead(0) },
  {
    id: 'go-end',
    label: 'Go to shot end',
    keys: ['End'],
    group: 'Playback',
    match: key('End'),
    run: (s) => s.getState().goToEnd(),
  },
  { id: 'loop', label: 'Loop on / off', keys: ['Shift+L'], group: 'Playback', match: (e) => !mod(e) && e.key === 'L', run: (s) => s.getState().setLoop(!s.getState().loop) },
  { id: 'generate', label: 'Generate a take of the shot', keys: ['G'], group: 'Edit', match: (e) => plain(e) && e.key.toLowerCase() === 'g', run: () => void import('../ui/takes-panel').then((m) => m.generateFromShortcut()) },
  { id: 'undo', label: 'Undo', keys: ['Ctrl/⌘+Z'], group: 'Edit', match: (e) => mod(e) && !e.shiftKey && e.key.toLowerCase() === 'z', run: (s) => s.getState().undo() },
  {
    id: 'redo',
    label: 'Redo',
    keys: ['Shift+Ctrl/⌘+Z', 'Ctrl+Y'],
    group: 'Edit',
    match: (e) => mod(e) && ((e.shiftKey && e.key.toLowerCase() === 'z') || e.key.toLowerCase() === 'y'),
    run: (s) => s.getState().redo(),
  },
  {
    id: 'delete-clip',
    label: 'Delete selected move',
    keys: ['Delete', 'Backspace'],
    group: 'Edit',
    match: (e) => plain(e) && (e.key === 'Delete' || e.key === 'Backspace'),
    run: (s) => {
      const id = s.getState().selectedClipId
      if (id) s.getState().deleteClip(id)
    },
  },
  {
    id: 'duplicate-clip',
    label: 'Duplicate selected move',
    keys: ['Ctrl/⌘+D'],
    group: 'Edit',
    match: (e) => mod(e) && e.key.toLowerCase() === 'd',
    run: (s) => {
      const id = s.getState().selectedClipId
      if (id) s.getState().duplicateClip(id)
    },
  },
  {
    id: 'save-preset',
    label: 'Save the selected clip as a preset',
    keys: ['Shift+P'],
    group: 'Edit',
    match: (e) => !mod(e) && !e.altKey && e.key === 'P',
    run: () => openSavePresetDialog(),
  },
  { id: 'add-shot', label: 'New shot', keys: ['Shift+N'], group: 'Edit', match: (e) => !mod(e) && e.key === 'N', run: (s) => s.getState().addShot() },
  { id: 'layout-split', label: 'Split view', keys: ['1'], group: 'View', match: key('1'), run: (s) => s.getState().setViewLayout('split') },
  { id: 'layout-pip', label: 'Picture in picture', keys: ['2'], group: 'View', match: key('2'), run: (s) => s.getState().setViewLayout('pip') },
  { id: 'layout-director', label: "Director's view only", keys: ['3'], group: 'View', match: key('3'), run: (s) => s.getState().setViewLayout('director') },
  { id: 'layout-lens', label: 'Lens view only', keys: ['4'], group: 'View', match: key('4'), run: (s) => s.getState().setViewLayout('lens') },
  { id: 'look-through', label: 'Look through the shot camera', keys: ['V'], group: 'View', match: (e) => plain(e) && e.key.toLowerCase() === 'v', run: (s) => s.getState().setLookThrough(!s.getState().lookThrough) },
  {
    id: 'zoom-timeline-in',
    label: 'Zoom timeline in',
    keys: ['='],
    group: 'View',
    match: (e) => plain(e) && (e.key === '=' || e.key === '+'),
    run: (s) => s.getState().setTimelineZoom(s.getState().timelinePixelsPerSecond * 1.25),
  },
  {
    id: 'zoom-timeline-out',
    label: 'Zoom timeline out',
    keys: ['-'],
    group: 'View',
    match: key('-'),
    run: (s) => s.getState().setTimelineZoom(s.getState().timelinePixelsPerSecond / 1.25),
  },
  {
    id: 'projects',
    label: 'Projects (open, new, import…)',
    keys: ['Ctrl/⌘+O'],
    group: 'View',
    match: (e) => mod(e) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'o',
    run: () => libraryStore.getState().setDrawerOpen(!libraryStore.getState().drawerOpen),
  },
  { id: 'storyboard', label: 'Storyboard (open / close)', keys: ['Shift+B'], group: 'View', match: (e) => !mod(e) && !e.altKey && e.key === 'B', run: () => setStoryboardOpen(!isStoryboardOpen()) },
  { id: 'help', label: 'Keyboard shortcuts', keys: ['?'], group: 'View', match: (e) => e.key === '?', run: (s) => s.getState().setHelpOpen(!s.getState().helpOpen) },
  {
    id: 'escape',
    label: 'Close help, the storyboard or projects, deselect',
    keys: ['Esc'],
    group: 'View',
    match: (e) => e.key === 'Escape',
    run: (s) => {
      if (s.getState().helpOpen) s.getState().setHelpOpen(false)
      else if (isStoryboardOpen()) setStoryboardOpen(false)
      else if (libraryStore.getState().drawerOpen) libraryStore.getState().setDrawerOpen(false)
      else s.getState().selectClip(null)
    },
  },
]

/** Typing in a field never triggers shortcuts (except Escape, which fields handle themselves). */
export const isTypingTarget = (target: EventTarget | null): boolean => {
  const el = target as HTMLElement | null
  if (!el || !el.tagName) return false
  const tag = el.tagName
  if (tag === 'TEXTAREA' || tag === 'SELECT' || el.isContentEditable) return true
  if (tag !== 'INPUT') return false
  const type = (el as HTMLInputElement).type
  return type !== 'checkbox' && type !== 'radio' && type !== 'button'
}

/** While another tab has the open project (this tab is locked), only these run: nothing that edits. */
const WHILE_LOCKED = new Set(['projects', 'help', 'escape'])
/** While the storyboard covers the studio, only these run (no playback or edits of what is not on screen). */
const WHILE_STORYBOARD = new Set(['undo', 'redo', 'storyboard', 'help', 'escape'])

export const findCommand = (e: KeyboardEvent): Command | undefined => {
  const command = COMMANDS.find((c) => c.match(e))
  if (command && isLocked(libraryStore.getState()) && !WHILE_LOCKED.has(command.id) && command.group !== 'Playback') return undefined
  if (command && isStoryboardOpen() && !WHILE_STORYBOARD.has(command.id)) return undefined
  return command
}
