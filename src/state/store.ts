/** The app's single store. Tests create their own with createStudioStore(). */
import { createProject } from '../timeline/defaults'
import { createStudioStore } from './createStudioStore'
import { newId } from './ids'

/** A fresh studio starts a project of its own id, so its takes (kept per project) are its own. */
export const studioStore = createStudioStore(createProject(newId('project')))
