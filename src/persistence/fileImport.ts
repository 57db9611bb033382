/**
 * Where a dropped or chosen file goes and how a project or preset file is read: `dropDestination`
 * (an image becomes a shot's reference image: the shot it was dropped on, else the selected one; an
 * audio file the scratch track; project and preset files open as before) and `importProjectFile`.
 * Loaded on the first drop or import (`import()`), so the studio's first load takes only `fileDrop.ts`.
 */
import { looksLikeAudioFile } from '../animatic/core/audioFormat'
import { looksLikeImage } from '../reference-image/core/limits'

export const MAX_PROJECT_FILE_BYTES = 20 * 1024 * 1024

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
