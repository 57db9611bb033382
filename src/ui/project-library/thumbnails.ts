/**
 * Project thumbnails: the lens view of each project's first shot at t = 0, drawn by the previs
 * renderer (a lazy chunk) only while the project list is open, one at a time with a pause between,
 * scaled down to a small PNG and kept in the library's `thumbnails` store with the design key it
 * shows. A project whose key changed (its first shot or scene was edited) is drawn again.
 */
import { useSyncExternalStore } from 'react'
import { registryFor } from '../../camera-presets/custom'
import { projectSession } from '../../persistence/projectLibrary'
import { type ThumbnailRecord, thumbKeyOf } from '../../persistence/library'
import { studioStore } from '../../state'
import type { Project } from '../../timeline/model'

export const THUMBNAIL_WIDTH = 192

interface Shown {
  readonly key: string
  readonly url: string
}

const shown = new Map<string, Shown>()
const failed = new Set<string>()
const listeners = new Set<() => void>()
const queue: { id: string; key: string }[] = []
let working = false

const emit = () => listeners.forEach((fn) => fn())

const show = (id: string, record: ThumbnailRecord) => {
  const old = shown.get(id)
  if (old) URL.revokeObjectURL(old.url)
  shown.set(id, { key: record.key, url: URL.createObjectURL(record.png) })
  emit()
}

/** Scales a PNG down to `width` (keeping its aspect); the original when the browser cannot. */
const shrink = async (png: Blob, width: number): Promise<Blob> => {
  try {
    const bitmap = await createImageBitmap(png)
    const height = Math.max(1, Math.round((bitmap.height * width) / bitmap.width))
    const canvas = new OffscreenCanvas(width, height)
    const ctx = canvas.getContext('2d')
    if (!ctx) return png
    ctx.imageSmoothingQuality = 'high'
    ctx.drawImage(bitmap, 0, 0, width, height)
    bitmap.close()
    return await canvas.convertToBlob({ type: 'image/png' })
  } catch {
    return png
  }
}

const pause = () => new Promise<void>((resolve) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout: 500 }) : setTimeout(resolve, 50)))

const draw = async (project: Project): Promise<ThumbnailRecord> => {
  const previs = await import('../../previs')
  // the project's own presets travel with it: its moves may name them
  const png = await previs.renderStillPng(project.shots[0], project.scene, 0, '480p', registryFor(project))
  return { png: await shrink(png, THUMBNAIL_WIDTH), key: thumbKeyOf(project) }
}

const work = async () => {
  if (working) return
  working = true
  try {
    const session = await projectSession()
    const library = session.library
    if (!library) {
      // storage is unavailable: nowhere to keep pictures, and nothing to draw them from
      for (const { id, key } of queue.splice(0)) failed.add(`${id}@${key}`)
      emit()
    }
    while (queue.length > 0 && library) {
      const { id, key } = queue.shift()!
      if (shown.get(id)?.key === key || failed.has(`${id}@${key}`)) continue
      try {
        let record = await library.thumbnail(id)
        if (!record || record.key !== key) {
          // the open project: what is on screen (saved within a second anyway)
          const open = studioStore.getState().document
          const loaded = id === open.id ? open : await library.read(id).then((r) => (r?.ok ? r.project : null))
          if (!loaded) continue
          record = await draw(loaded)
          await library.putThumbnail(id, record)
        }
        show(id, record)
      } catch {
        failed.add(`${id}@${key}`) // no WebGL here, or a shot the renderer cannot draw: the list shows a blank frame
        emit()
      }
      await pause()
    }
  } finally {
    working = false
  }
}

/** Asks for a project's thumbnail at a design key; drawn in the order asked (the list asks top to bottom). */
export const requestThumbnail = (id: string, key: string) => {
  if (shown.get(id)?.key === key) return
  const i = queue.findIndex((q) => q.id === id)
  if (i >= 0) queue.splice(i, 1)
  queue.push({ id, key })
  void work()
}

const subscribe = (fn: () => void) => {
  listeners.add(fn)
  return () => void listeners.delete(fn)
}

/** The object URL of a project's thumbnail (possibly an older picture while the new one is drawn); `failed` when none can be drawn. */
export const useThumbnail = (id: string): { url: string | null; failed: boolean } => {
  const url = useSyncExternalStore(subscribe, () => shown.get(id)?.url ?? null)
  const didFail = useSyncExternalStore(subscribe, () => [...failed].some((f) => f.startsWith(`${id}@`)))
  return { url, failed: didFail && !url }
}
