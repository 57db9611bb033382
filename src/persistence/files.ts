/** Export project files and download exports in the browser. Opening files goes through `projectLibrary.openProjectText` (the one load path). */
import { serializeProject } from '../schema/serialize'
import type { StudioStore } from '../state'

export const slug = (name: string) => name.trim().replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase() || 'project'

export const downloadBlob = (blob: Blob, fileName: string) => {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  a.click()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

export const downloadText = (text: string, fileName: string, mediaType: string) => downloadBlob(new Blob([text], { type: mediaType }), fileName)

/** Binary files (a .glb) download as they are, typed application/octet-stream. */
export const downloadBytes = (bytes: Uint8Array, fileName: string, mediaType = 'application/octet-stream') =>
  downloadBlob(new Blob([bytes.slice().buffer], { type: mediaType }), fileName)

/** A compiled output: its bytes when it is binary, else its text. */
export const downloadCompiled = (output: { readonly text: string; readonly bytes?: Uint8Array }, fileName: string, mediaType: string) => {
  if (output.bytes) downloadBytes(output.bytes, fileName)
  else downloadText(output.text, fileName, mediaType)
}

/** "my-film-shot-1.kling.json" */
export const exportFileName = (projectName: string, shotName: string, target: { readonly id: string; readonly fileExtension: string }) =>
  `${slug(projectName)}-${slug(shotName)}.${target.id}.${target.fileExtension}`

/** Downloads the project file, with the bytes of its reference images and scratch track beside it. */
export const saveProjectFile = async (store: StudioStore) => {
  const doc = store.getState().document
  const { fileAssetsOf } = await import('./assetStore')
  const { assets, missing } = await fileAssetsOf(doc).catch(() => ({ assets: {}, missing: ['all'] }))
  downloadText(serializeProject(doc, { savedAt: new Date().toISOString(), assets }), `${slug(doc.name)}.framewright.json`, 'application/json')
  const lacking = missing.length ? ` (${missing.length} media file${missing.length === 1 ? ' is' : 's are'} not in this browser and not in the file)` : ''
  store.getState().notify(`Saved ${slug(doc.name)}.framewright.json${lacking}`, missing.length ? 'error' : 'info')
}
