/** Shown while a file is dragged over the studio. */
export function DropOverlay() {
  return (
    <div className="pointer-events-none fixed inset-0 z-50 flex items-center justify-center bg-neutral-950/70" data-testid="library.dropOverlay">
      <div className="rounded-xl border-2 border-dashed border-amber-400/80 px-10 py-8 text-center">
        <p className="text-base font-semibold text-amber-200">Drop to import</p>
        <p className="mt-1 text-xs text-neutral-400">A .framewright.json project file opens as a new project; the open one stays in your projects.</p>
      </div>
    </div>
  )
}
