/** The app's single store. Tests create their own with createStudioStore(). */
import { createStudioStore } from './createStudioStore'

export const studioStore = createStudioStore()
