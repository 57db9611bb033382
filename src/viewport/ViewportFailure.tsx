/**
 * What the viewport shows in place of the canvas when the 3D view cannot start (no WebGL) or stopped
 * on an error, and over it while the graphics driver has taken its context away.
 */

export type Failure = { readonly stage: 'start' | 'scene'; readonly message: string }

export function ViewportFailure({ failure }: { failure: Failure }) {
  return (
    <div className="absolute inset-0 z-10 flex items-center justify-center bg-neutral-950 p-6" data-testid="viewport.failed">
      <div role="alert" className="max-w-md rounded-md border border-amber-500/40 bg-neutral-900 p-4 text-[13px] leading-snug text-neutral-200 shadow">
        <p className="mb-1 font-semibold text-amber-200">
          {failure.stage === 'start' ? 'The 3D view could not start in this browser' : 'The 3D view stopped after an error'}
        </p>
        <p className="mb-2 text-neutral-300">
          {failure.stage === 'start'
            ? 'It needs WebGL 2, which this browser has turned off or does not offer (check hardware acceleration in its settings).'
            : 'Your project is unchanged and still saved; reload the page to bring the view back.'}{' '}
          The timeline, inspector, compile panel and exports keep working.
        </p>
        <p className="font-mono text-[11px] break-words text-neutral-500">{failure.message}</p>
      </div>
    </div>
  )
}

export function ContextLostNotice() {
  return (
    <div className="pointer-events-none absolute inset-0 z-10 flex items-center justify-center p-6" data-testid="viewport.contextLost">
      <p role="status" className="max-w-sm rounded-md bg-neutral-900/95 px-4 py-3 text-center text-[13px] leading-snug text-neutral-200 shadow">
        The graphics driver reset the 3D view. It comes back by itself in a moment; your work is not affected.
      </p>
    </div>
  )
}
