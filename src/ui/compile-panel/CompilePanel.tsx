import { useCallback, useEffect, useState } from 'react'
import { exportFileName } from '../../persistence/files'
import { selectCurrentShot, useStudio } from '../../state'
import { cx } from '../primitives'
import { TargetDetail } from './TargetDetail'
import { TargetRow } from './TargetRow'
import { useCompileResults } from './useCompileResults'

export interface CompilePanelProps {
  /** Compile only while shown (the panel stays mounted behind its tab to keep its selection). */
  readonly active?: boolean
}

/**
 * Every compile target for the selected shot, best route first, each with its fidelity; the
 * selected one's output, fidelity lists, warnings and fixes. Compiles in a worker, debounced, so
 * editing and playback never wait for it.
 */
export function CompilePanel({ active = true }: CompilePanelProps) {
  const shot = useStudio(selectCurrentShot)
  const projectName = useStudio((s) => s.document.name)
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const [chain, setChain] = useState<{ shotId: string; targetId: string } | undefined>()
  const chainTargetId = chain?.shotId === shot.id ? chain.targetId : undefined
  const snapshot = useCompileResults(active, chainTargetId)
  const { reply, compiling, error } = snapshot
  const targets = reply?.targets ?? []
  const selected = targets.find((t) => t.target.id === selectedId) ?? targets[0]
  const repliedShot = snapshot.request?.project.shots[snapshot.request.shotIndex]
  const outdated = repliedShot !== undefined && repliedShot.id !== shot.id
  // the results shown were compiled from the document as it is now, for this shot (tests wait on it)
  const document = useStudio((s) => s.document)
  const upToDate = !compiling && reply !== undefined && snapshot.request?.project === document && repliedShot?.id === shot.id
  const onSelect = useCallback((id: string) => setSelectedId(id), [])

  // a split belongs to the shot it was asked for
  useEffect(() => {
    if (chain && chain.shotId !== shot.id) setChain(undefined)
  }, [chain, shot.id])

  // only the split this panel asked for (the Takes panel asks the same worker for its route's parts)
  const chainParts = reply?.chain && selected && chainTargetId === selected.target.id && reply.chain.targetId === chainTargetId ? reply.chain.parts : undefined

  return (
    <div data-testid="compile.panel" className="flex h-full min-h-0 flex-col bg-neutral-900 text-neutral-200">
      <header className="flex h-8 shrink-0 items-center gap-2 border-b border-neutral-800 px-3">
        <h2 className="min-w-0 flex-1 truncate text-[11px] font-semibold tracking-wide text-neutral-300 uppercase">
          Routes for <span className="text-neutral-100 normal-case">{shot.name}</span>
        </h2>
        <span
          data-testid="compile.status"
          data-compiling={compiling || undefined}
          data-up-to-date={upToDate || undefined}
          className={cx('flex shrink-0 items-center gap-1 text-[10px] tabular-nums', compiling ? 'text-amber-300' : 'text-neutral-500')}
          aria-live="polite"
        >
          {compiling ? (
            <>
              <span className="h-2 w-2 animate-spin rounded-full border border-amber-300 border-t-transparent" aria-hidden />
              compiling…
            </>
          ) : reply ? (
            `${targets.length} targets · ${reply.elapsedMs < 10 ? reply.elapsedMs.toFixed(1) : Math.round(reply.elapsedMs)} ms`
          ) : null}
        </span>
      </header>
      {error && (
        <p role="alert" className="shrink-0 border-b border-neutral-800 px-3 py-1.5 text-[11px] text-red-300">
          {error}
        </p>
      )}
      {targets.length === 0 ? (
        <p className="px-3 py-3 text-[11px] text-neutral-500">{compiling ? 'Compiling every target for this shot…' : 'Nothing compiled yet.'}</p>
      ) : (
        <>
          <div role="list" aria-label="Compile targets" className={cx('max-h-[42%] shrink-0 overflow-y-auto border-b border-neutral-800', outdated && 'opacity-50')}>
            {targets.map((t) => (
              <div role="listitem" key={t.target.id}>
                <TargetRow compiled={t} selected={t === selected} onSelect={onSelect} />
              </div>
            ))}
          </div>
          <div className={cx('min-h-0 flex-1 overflow-y-auto', outdated && 'opacity-50')}>
            {selected && (
              <TargetDetail
                key={selected.target.id}
                compiled={selected}
                shotId={shot.id}
                fileName={exportFileName(projectName, shot.name, selected.target)}
                chain={chainParts}
                onSplit={() => setChain({ shotId: shot.id, targetId: selected.target.id })}
              />
            )}
          </div>
        </>
      )}
    </div>
  )
}
