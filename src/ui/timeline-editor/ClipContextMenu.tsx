/** Right-click menu for a clip: duplicate, move to the playhead, delete. Closes on any outside press or Escape. */
import { useEffect, useRef } from 'react'
import { studioStore } from '../../state'
import { OverlayPortal } from '../primitives/OverlayPortal'

export interface ClipMenuState {
  readonly clipId: string
  readonly x: number
  readonly y: number
}

export function ClipContextMenu({ menu, onClose }: { menu: ClipMenuState; onClose: () => void }) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const onDown = (e: PointerEvent) => {
      if (!ref.current?.contains(e.target as Node)) onClose()
    }
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return
      e.stopImmediatePropagation()
      onClose()
    }
    window.addEventListener('pointerdown', onDown, true)
    window.addEventListener('keydown', onKey, true)
    window.addEventListener('blur', onClose)
    return () => {
      window.removeEventListener('pointerdown', onDown, true)
      window.removeEventListener('keydown', onKey, true)
      window.removeEventListener('blur', onClose)
    }
  }, [onClose])

  const run = (fn: () => void) => () => {
    fn()
    onClose()
  }
  const s = () => studioStore.getState()
  const items = [
    { id: 'duplicate', label: 'Duplicate', hint: 'Ctrl+D', run: () => s().duplicateClip(menu.clipId) },
    { id: 'to-playhead', label: 'Move to playhead', hint: '', run: () => s().moveClip(menu.clipId, s().playheadS) },
    { id: 'delete', label: 'Delete', hint: 'Del', run: () => s().deleteClip(menu.clipId) },
  ]
  return (
    <OverlayPortal>
      <div
        ref={ref}
        role="menu"
        data-testid="timeline.clip-menu"
        className="fixed z-50 min-w-40 rounded-md border border-neutral-700 bg-neutral-900 py-1 text-xs text-neutral-200 shadow-xl shadow-black/60"
        style={{ left: Math.min(menu.x, window.innerWidth - 170), top: Math.min(menu.y, window.innerHeight - 90) }}
        onContextMenu={(e) => e.preventDefault()}
      >
        {items.map((item) => (
          <button
            key={item.id}
            type="button"
            role="menuitem"
            data-testid={`timeline.clip-menu.${item.id}`}
            onClick={run(item.run)}
            className={`flex w-full items-center justify-between px-3 py-1 text-left hover:bg-neutral-800 ${item.id === 'delete' ? 'text-red-300' : ''}`}
          >
            <span>{item.label}</span>
            <span className="text-[10px] text-neutral-500">{item.hint}</span>
          </button>
        ))}
      </div>
    </OverlayPortal>
  )
}
