/**
 * Schema migrations: an ordered list of steps, step i taking a raw document from version i + 1
 * to i + 2. Old files are migrated step by step to CURRENT_SCHEMA_VERSION, then validated.
 * A step works on the raw envelope (unvalidated JSON) and must not throw on odd input: it may
 * leave odd values in place for validation to report. Never edit a released step; add a new one.
 */
import { type JsonObject, isJsonObject } from './envelope'

export const CURRENT_SCHEMA_VERSION = 5

export interface MigrationStep {
  readonly from: number
  readonly to: number
  /** What the step changes, in one line. */
  readonly description: string
  readonly migrate: (doc: JsonObject) => JsonObject
}

/** `doc.project.shots`, each shot passed through `fn`; anything not of that shape is left for validation. */
const mapShots = (doc: JsonObject, fn: (shot: JsonObject) => JsonObject): JsonObject => {
  const project = doc.project
  if (!isJsonObject(project) || !Array.isArray(project.shots)) return doc
  return { ...doc, project: { ...project, shots: project.shots.map((shot: unknown) => (isJsonObject(shot) ? fn(shot) : shot)) } }
}

/** Steps in order: MIGRATIONS[i] goes from version i + 1 to i + 2. */
export const MIGRATIONS: readonly MigrationStep[] = [
  {
    from: 1,
    to: 2,
    description: "every shot gets a prompt (what it is of, in words), empty: { subject: '', negative: '' }",
    migrate: (doc) => mapShots(doc, (shot) => ('prompt' in shot ? shot : { ...shot, prompt: { subject: '', negative: '' } })),
  },
  {
    from: 2,
    to: 3,
    description: 'the project carries the custom presets its clips use: customPresets, empty',
    migrate: (doc) => (isJsonObject(doc.project) && !('customPresets' in doc.project) ? { ...doc, project: { ...doc.project, customPresets: [] } } : doc),
  },
  {
    from: 3,
    to: 4,
    description: 'shots may carry notes and a reference image, the project a scratch track and the file its assets; all optional, nothing to change',
    migrate: (doc) => doc,
  },
  {
    from: 4,
    to: 5,
    description: "a shot's subject may have a form ('figure' or 'vehicle'); absent is a figure, as every older subject is: nothing to change",
    migrate: (doc) => doc,
  },
]

/** Migrate a raw envelope of `fromVersion` to the last version of `steps`, setting its schemaVersion. */
export const migrateDocument = (doc: JsonObject, fromVersion: number, steps: readonly MigrationStep[] = MIGRATIONS): JsonObject => {
  let out = doc
  for (const step of steps) {
    if (step.from < fromVersion) continue
    out = { ...step.migrate(out), schemaVersion: step.to }
  }
  return out
}
