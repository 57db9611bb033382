/** Save and open project files, and download exports, in the browser. Loading goes through the schema's one load path. */
import { compileShot, getTarget } from '../compilers'
import { presetRegistry } from '../camera-presets'
import { loadProject, serializeProject } from '../schema'
import type { StudioStore } from '../state'
import { selectCurrentShot } from '../state'

const slug = (name: string) => name.trim().replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase() || 'project'

export const downloadText = (text: string, fileName: string, mediaType: string) => {
  const url = URL.createObjectURL(new Blob([text], { type: mediaType }))
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  a.click()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

export const saveProjectFile = (store: StudioStore) => {
  const doc = store.getState().document
  downloadText(serializeProject(doc, { savedAt: new Date().toISOString() }), `${slug(doc.name)}.framewright.json`, 'application/json')
  store.getState().notify(`Saved ${slug(doc.name)}.framewright.json`)
}

/** Opens a project file; a bad file leaves the open work untouched and says why. Undoable. */
export const openProjectText = (store: StudioStore, text: string, fileName: string) => {
  const result = loadProject(text)
  if (!result.ok) return store.getState().notify(`Could not open ${fileName}: ${result.error.message}`, 'error')
  store.getState().replaceDocument(result.project)
  store.getState().notify(`Opened ${fileName} (Ctrl+Z to go back).`)
}

export const exportShot = (store: StudioStore, targetId: string) => {
  const s = store.getState()
  const shot = selectCurrentShot(s)
  const index = s.document.shots.indexOf(shot)
  const target = getTarget(targetId)
  const result = compileShot(targetId, s.document, index, presetRegistry)
  if (!target || !result.ok) return s.notify(`Export failed: ${result.ok ? 'unknown target' : result.error.message}`, 'error')
  downloadText(result.text, `${slug(s.document.name)}-${slug(shot.name)}.${target.id}.${target.fileExtension}`, target.mediaType)
  s.notify(`Exported ${shot.name} as ${target.label}.`)
}
