/** Tiny inline icons for transports and timeline buttons (16px viewBox, currentColor), and the shared play / pause button. */
const PATHS = {
  start: 'M3 3h2v10H3zM13 3v10L6 8z',
  back: 'M12 3v10L5 8zM3 3h2v10H3z',
  play: 'M4 2.5v11L13.5 8z',
  pause: 'M4 3h3v10H4zM9 3h3v10H9z',
  forward: 'M4 3v10l7-5zM11 3h2v10h-2z',
  end: 'M3 3v10l7-5zM11 3h2v10h-2z',
  plus: 'M7 3h2v4h4v2H9v4H7V9H3V7h4z',
  minus: 'M3 7h10v2H3z',
  close: 'M4.2 3 8 6.8 11.8 3 13 4.2 9.2 8l3.8 3.8-1.2 1.2L8 9.2 4.2 13 3 11.8 6.8 8 3 4.2z',
} as const

const STROKES = {
  loop: 'M4 6.5A3.5 3.5 0 0 1 7.5 3H11M10 1l2 2-2 2M12 9.5A3.5 3.5 0 0 1 8.5 13H5M6 15l-2-2 2-2',
  duplicate: 'M5.5 5.5h7v7h-7zM3.5 10.5v-7h7',
  trash: 'M3 4.5h10M6.5 4.5V3h3v1.5M4.5 4.5l.6 8.5h5.8l.6-8.5',
} as const

export type IconName = keyof typeof PATHS | keyof typeof STROKES

export function Icon({ name, className = 'h-3.5 w-3.5' }: { name: IconName; className?: string }) {
  return (
    <svg viewBox="0 0 16 16" className={className} aria-hidden="true">
      {name in PATHS ? (
        <path d={PATHS[name as keyof typeof PATHS]} fill="currentColor" />
      ) : (
        <path d={STROKES[name as keyof typeof STROKES]} fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" strokeLinejoin="round" />
      )}
    </svg>
  )
}

/** The play / pause button of a transport (the studio's and the Compare view's). Keeps focus where it was. */
export function PlayPauseButton({ playing, onToggle, testId }: { playing: boolean; onToggle: () => void; testId: string }) {
  return (
    <button
      type="button"
      data-testid={testId}
      data-state={playing ? 'playing' : 'paused'}
      aria-label={playing ? 'Pause' : 'Play'}
      title={playing ? 'Pause (Space)' : 'Play (Space)'}
      onMouseDown={(e) => e.preventDefault()}
      onClick={onToggle}
      className={`mx-0.5 inline-flex h-6 w-8 items-center justify-center rounded ${playing ? 'bg-amber-400 text-neutral-950' : 'bg-neutral-800 text-neutral-100 hover:bg-neutral-700'}`}
    >
      <Icon name={playing ? 'pause' : 'play'} />
    </button>
  )
}
