/**
 * Drag and drop of files onto the studio: only drags that carry files are taken (a preset dragged
 * onto the timeline is left alone); the first file dropped is handed on with the element it was
 * dropped on. `dropDestination` says where a file goes: an image becomes a shot's reference image
 * (the shot it was dropped on, else the selected one), an audio file the scratch track; project and
 * preset files open as before.
 */
import { looksLikeAudioFile } from '../animatic/core/audioFormat'
import { looksLikeImage } from '../reference-image/core/limits'

export const MAX_PROJECT_FILE_BYTES = 20 * 1024 * 1024

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

/** Where a dropped file goes: a shot's reference image, the project's scratch audio track, or opened as a project or preset file. */
export type DropDestination = 'reference-image' | 'scratch-audio' | 'project'

const PROJECT_LIKE = /\.json$/i

/**
 * An image goes to a shot; on a shot block anything but a project or preset file (JSON) or audio
 * goes there too, to be refused as "not an image" rather than as a broken project.
 */
export const dropDestination = (file: { readonly name: string; readonly type: string }, onShot: boolean): DropDestination => {
  if (looksLikeImage(file)) return 'reference-image'
  if (looksLikeAudioFile(file.name, file.type)) return 'scratch-audio'
  if (!onShot || PROJECT_LIKE.test(file.name) || file.type === 'application/json' || file.type.startsWith('audio/')) return 'project'
  return 'reference-image'
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

/** The `kind` a file's JSON envelope declares (undefined when it is not JSON or says none). */
export const envelopeKind = (text: string): string | undefined => {
  try {
    const doc: unknown = JSON.parse(text)
    return doc !== null && typeof doc === 'object' && typeof (doc as { kind?: unknown }).kind === 'string' ? (doc as { kind: string }).kind : undefined
  } catch {
    return undefined
  }
}

/**
 * Reads a dropped or chosen file and opens it through the library (a lazy chunk); a custom preset
 * file (`framewright.preset`) goes to `onPreset` instead, which adds it to My presets.
 */
export const importProjectFile = async (file: File, source: 'file' | 'drop', notify: (text: string, tone: 'error') => void, onPreset?: (text: string) => unknown): Promise<void> => {
  if (file.size > MAX_PROJECT_FILE_BYTES) return notify(`Could not import ${file.name}: it is ${(file.size / 1048576).toFixed(0)} MB; a project file is far smaller.`, 'error')
  const text = await file.text()
  if (onPreset && envelopeKind(text) === 'framewright.preset') {
    await onPreset(text)
    return
  }
  await (await import('./projectLibrary')).openProjectText(text, source, file.name)
}
