/**
 * The app's project library: one session over the app's studio store, started once (a lazy chunk, which
 * `main.tsx` loads before the first render for a returning person; the App awaits it), and the entry points every source uses.
 *
 * `openProjectText(text, source, name?)` is the one way a project from outside (a file chosen in
 * Import, a dropped file, a share link, what the CLI wrote) enters the studio: the schema's one
 * load path (decode, check kind and version, migrate, validate), then a new library project with
 * an id of its own, opened with an empty undo history. A bad text changes nothing and says why.
 */
import { studioStore } from '../state'
import { libraryStore } from '../state/libraryStore'
import type { Project } from '../timeline/model'
import { assetIdsInUse, sweepUnusedAssets } from './assetStore'
import { type ProjectSession, type ProjectSource, createProjectSession } from './session'

let session: ProjectSession | null = null
let resolveSession: (s: ProjectSession) => void = () => undefined
const started = new Promise<ProjectSession>((resolve) => (resolveSession = resolve))

/** Starts the library session (idempotent). */
export const startProjectLibrary = (): ProjectSession => {
  if (!session) {
    session = createProjectSession({ store: studioStore, state: libraryStore })
    const started = session
    // once the studio is up and idle: media no project points at any more (replaced or removed images, old scratch tracks) go
    void started.ready.then(() => setTimeout(() => void sweepLibraryAssets(started), ASSET_SWEEP_DELAY_MS))
  }
  resolveSession(session)
  return session
}

const ASSET_SWEEP_DELAY_MS = 20_000

const sweepLibraryAssets = async (s: ProjectSession) => {
  if (!s.library) return
  try {
    const inUse = await assetIdsInUse(s.library, [studioStore.getState().document])
    if (inUse) await sweepUnusedAssets(inUse)
  } catch {
    // housekeeping only: the next start tries again
  }
}

/** The session, once its start-up project is open. */
export const projectSession = async (): Promise<ProjectSession> => {
  const s = await started
  await s.ready
  return s
}

/** A project file's text from any source becomes a new library project and opens; false (and a message) when it cannot be read. */
export const openProjectText = async (text: string, source: ProjectSource, name?: string): Promise<boolean> =>
  (await projectSession()).importText(text, source, name)

/** An already-loaded project (e.g. decoded from a link through the schema) becomes a new library project and opens. */
export const importProject = async (project: Project, source: ProjectSource, name?: string): Promise<boolean> =>
  (await projectSession()).importProject(project, source, name)

export type { ProjectSession, ProjectSource } from './session'
