/**
 * The shot strip: the project's shots laid end to end (widths proportional to duration). Click
 * selects, double-click renames, drag reorders (one moveShot on drop; Escape cancels), and
 * buttons add, duplicate and delete shots. While an image file is dragged over the window it says
 * where to drop it and lights up the shot under the pointer (the drop itself is the window's).
 */
import { Fragment, useEffect, useMemo, useRef, useState, type PointerEvent as ReactPointerEvent, memo } from 'react'
import { registryFor } from '../../camera-presets/custom'
import type { ContinuityWarning, checkContinuity } from '../../continuity'
import { shotIdAt } from '../../persistence/fileDrop'
import { referenceViewStore, useReferenceView } from '../../reference-image'
import { studioActions, studioStore, useStudio } from '../../state'
import type { Shot } from '../../timeline'
import { whenIdle } from '../primitives'
import { IconButton } from './IconButton'
import { ShotBlock } from './ShotBlock'
import { startPointerSession } from './pointerSession'
import { DRAG_DEAD_ZONE_PX, formatSeconds, insertionSlot, reorderIndex } from './timelineMath'

/**
 * The continuity checks load with the second shot (a single shot has no cut) or when the browser is idle; until
 * then no cut shows a warning.
 */
type CheckContinuity = typeof checkContinuity
let loadedCheck: CheckContinuity | null = null
let loadingCheck: Promise<CheckContinuity> | null = null
const loadContinuity = (): Promise<CheckContinuity> => (loadingCheck ??= import('../../continuity').then((m) => (loadedCheck = m.checkContinuity)))
const NO_WARNINGS: ReadonlyMap<number, ContinuityWarning[]> = new Map()

interface ShotDrag {
  readonly id: string
  readonly slot: number
}

function ShotStripBody() {
  const shots = useStudio((s) => s.document.shots)
  const project = useStudio((s) => s.document)
  // continuity across each cut (two frames a cut: cheap, and only on edits, never per frame)
  const [check, setCheck] = useState<CheckContinuity | null>(() => loadedCheck)
  const hasCut = shots.length > 1
  useEffect(() => {
    if (check) return
    const load = () => void loadContinuity().then((f) => setCheck(() => f))
    if (hasCut) load()
    else whenIdle(load)
  }, [check, hasCut])
  const cutWarnings = useMemo(() => (check ? groupByCut(check(project, registryFor(project))) : NO_WARNINGS), [check, project])
  const selectedId = useStudio((s) => s.selectedShotId)
  const [editing, setEditing] = useState<string | null>(null)
  const [drag, setDrag] = useState<ShotDrag | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  const imageDrag = useReferenceView((s) => s.imageDragActive)
  const [imageOver, setImageOver] = useState<string | undefined>(undefined)
  useEffect(() => {
    if (!imageDrag) setImageOver(undefined)
  }, [imageDrag])
  const listRef = useRef<HTMLDivElement>(null)
  const abortRef = useRef<(() => void) | null>(null)
  useEffect(() => () => abortRef.current?.(), [])
  useEffect(() => {
    if (!message) return
    const t = setTimeout(() => setMessage(null), 3000)
    return () => clearTimeout(t)
  }, [message])

  const total = shots.reduce((sum, s) => sum + s.durationS, 0)
  const a = studioActions()

  const onPointerDown = (e: ReactPointerEvent<HTMLDivElement>, shot: Shot, index: number) => {
    if (e.button !== 0 || editing) return
    const x0 = e.clientX
    let slot: number | null = null
    const end = () => {
      abortRef.current = null
      setDrag(null)
    }
    abortRef.current = startPointerSession(
      e,
      {
        move: (ev) => {
          if (slot === null && Math.abs(ev.clientX - x0) < DRAG_DEAD_ZONE_PX + 1) return
          const blocks = [...(listRef.current?.querySelectorAll<HTMLElement>('[data-shot-block]') ?? [])]
          const centres = blocks.map((b) => b.getBoundingClientRect()).map((r) => r.left + r.width / 2)
          const next = insertionSlot(centres, ev.clientX)
          if (next !== slot) setDrag({ id: shot.id, slot: next })
          slot = next
        },
        up: () => {
          end()
          if (slot !== null) studioStore.getState().moveShot(shot.id, reorderIndex(index, slot))
        },
        cancel: end,
      },
      false,
    )
  }

  const remove = () => {
    const before = studioStore.getState().document.shots.length
    a.removeShot(selectedId)
    const s = studioStore.getState()
    if (s.document.shots.length === before) setMessage(s.notice?.text ?? 'A project keeps at least one shot.')
  }

  const rename = (id: string, name: string | null) => {
    setEditing(null)
    if (name !== null) studioStore.getState().renameShot(id, name)
  }

  const markerFor = (i: number): 'before' | 'after' | null => {
    if (!drag) return null
    if (drag.slot === i) return 'before'
    return drag.slot === shots.length && i === shots.length - 1 ? 'after' : null
  }

  return (
    <div className="flex h-9 shrink-0 items-center gap-2 border-b border-neutral-800 bg-neutral-950 px-2" data-testid="timeline.shots">
      <div
        ref={listRef}
        className="flex min-w-0 flex-1 gap-px overflow-x-auto"
        role="list"
        aria-label="Shots"
        onDragOver={(e) => {
          // read from the store: the window's dragenter may have set it after this render
          if (referenceViewStore.getState().imageDragActive) setImageOver(shotIdAt(e.target))
        }}
        onDragLeave={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setImageOver(undefined)
        }}
      >
        {shots.map((shot, i) => (
          <Fragment key={shot.id}>
            {i > 0 && <CutWarning warnings={cutWarnings.get(i) ?? []} />}
          <ShotBlock
            shot={shot}
            index={i}
            selected={shot.id === selectedId}
            editing={editing === shot.id}
            dragging={drag?.id === shot.id}
            marker={markerFor(i)}
            imageDropTarget={imageDrag && imageOver === shot.id}
            onSelect={a.selectShot}
            onStartRename={setEditing}
            onRename={rename}
            onPointerDown={onPointerDown}
          />
          </Fragment>
        ))}
      </div>
      {imageDrag && (
        <span role="status" data-testid="timeline.image-drop-hint" className="shrink-0 text-[11px] text-sky-300">
          {imageOver ? 'Drop: this shot’s reference image' : `Drop on a shot for its reference image (elsewhere: ${shots.find((s) => s.id === selectedId)?.name ?? 'the selected shot'})`}
        </span>
      )}
      {message && (
        <span role="status" data-testid="timeline.shot-notice" className="shrink-0 text-[11px] text-red-400">
          {message}
        </span>
      )}
      <div className="flex shrink-0 items-center gap-0.5">
        <IconButton icon="plus" label="Add shot" testId="timeline.add-shot" onClick={() => a.addShot()} />
        <IconButton icon="duplicate" label="Duplicate shot" testId="timeline.duplicate-shot" onClick={() => a.duplicateShot(selectedId)} />
        <IconButton icon="trash" label="Delete shot" testId="timeline.delete-shot" onClick={remove} />
      </div>
      <span className="shrink-0 text-[11px] tabular-nums text-neutral-500" data-testid="timeline.total-duration" title="Project duration">
        Total {formatSeconds(total)}
      </span>
    </div>
  )
}

/** Warnings by cut (cut N is between shot N and shot N + 1). */
const groupByCut = (warnings: readonly ContinuityWarning[]): Map<number, ContinuityWarning[]> => {
  const byCut = new Map<number, ContinuityWarning[]>()
  for (const w of warnings) byCut.set(w.cutIndex, [...(byCut.get(w.cutIndex) ?? []), w])
  return byCut
}

/** A continuity warning on a cut: a small mark between the two shots, its sentences in the tooltip. */
function CutWarning({ warnings }: { readonly warnings: readonly ContinuityWarning[] }) {
  if (warnings.length === 0) return null
  const text = warnings.map((w) => w.message).join('\n')
  return (
    <span
      role="img"
      aria-label={text}
      title={text}
      data-testid="timeline.cut-warning"
      data-cut={warnings[0].cutIndex}
      data-kinds={warnings.map((w) => w.kind).join(' ')}
      className="flex w-4 shrink-0 cursor-help items-center justify-center rounded bg-amber-400/15 text-[11px] font-bold text-amber-300"
    >
      !
    </span>
  )
}

/** Memoised: an edit re-renders the timeline panel; this redraws only when its own props change. */
export const ShotStrip = memo(ShotStripBody)
