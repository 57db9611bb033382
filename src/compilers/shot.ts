import type { Project, Shot } from '../timeline'
import type { CompileResult } from './types'

/** The shot at a 0-based index, or the error to return when there is none. */
export const shotAt = (project: Project, shotIndex: number): { shot: Shot } | { error: CompileResult } => {
  const shot = Number.isInteger(shotIndex) ? project.shots[shotIndex] : undefined
  if (shot) return { shot }
  const count = project.shots.length
  return {
    error: {
      ok: false,
      error: { code: 'shot-out-of-range', message: `Shot ${shotIndex + 1} does not exist; the project has ${count} shot${count === 1 ? '' : 's'}.` },
    },
  }
}
