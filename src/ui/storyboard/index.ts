/** The storyboard view (a lazy chunk: `LazyStoryboard` mounts it while `openState` says it is open). */
export { StoryboardView } from './StoryboardView'
