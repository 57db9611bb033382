/**
 * Drag and drop of files onto the studio: only drags that carry files are taken (a preset dragged
 * onto the timeline is left alone); the first file dropped is handed on with the element it was
 * dropped on. Where a file goes and how it is read is `fileImport.ts` (loaded with the first drop or
 * import, not part of the studio's first load).
 */

export interface FileDropHandlers {
  /** A file is over the window (show where to drop), or no longer; `images`: every file dragged is an image. */
  onActive(active: boolean, images: boolean): void
  /** `target`: the element the file was dropped on. */
  onFile(file: File, target: EventTarget | null): void
}

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files')

/** Whether every file of the drag is an image (browsers show the types, not the names, while dragging). */
const dragsImages = (e: DragEvent): boolean => {
  const files = Array.from(e.dataTransfer?.items ?? []).filter((i) => i.kind === 'file')
  return files.length > 0 && files.every((i) => i.type.startsWith('image/'))
}

/** The id of the shot block an element is inside (the shot strip's `data-shot-block`), if any. */
export const shotIdAt = (target: EventTarget | null): string | undefined => {
  const el = target as { closest?: (selector: string) => { getAttribute(name: string): string | null } | null } | null
  return el?.closest?.('[data-shot-block]')?.getAttribute('data-shot-id') ?? undefined
}

export const installFileDrop = (target: Pick<Window, 'addEventListener' | 'removeEventListener'>, handlers: FileDropHandlers): (() => void) => {
  let depth = 0
  const onEnter = (e: DragEvent) => {
    if (!hasFiles(e)) return
    e.preventDefault()
    if (depth++ === 0) handlers.onActive(true, dragsImages(e))
  }
  const onOver = (e: DragEvent) => {
    if (!hasFiles(e)) return
    e.preventDefault() // allows the drop
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy'
  }
  const onLeave = (e: DragEvent) => {
    if (!hasFiles(e)) return
    depth = Math.max(0, depth - 1)
    if (depth === 0) handlers.onActive(false, false)
  }
  const onDrop = (e: DragEvent) => {
    if (!hasFiles(e)) return
    e.preventDefault() // never let the browser navigate to the file
    depth = 0
    handlers.onActive(false, false)
    const file = e.dataTransfer?.files[0]
    if (file) handlers.onFile(file, e.target)
  }
  target.addEventListener('dragenter', onEnter as EventListener)
  target.addEventListener('dragover', onOver as EventListener)
  target.addEventListener('dragleave', onLeave as EventListener)
  target.addEventListener('drop', onDrop as EventListener)
  return () => {
    target.removeEventListener('dragenter', onEnter as EventListener)
    target.removeEventListener('dragover', onOver as EventListener)
    target.removeEventListener('dragleave', onLeave as EventListener)
    target.removeEventListener('drop', onDrop as EventListener)
  }
}
