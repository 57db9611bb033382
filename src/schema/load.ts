/**
 * The one load path for project files: JSON parse, check the kind, read the version, migrate
 * to the current version, validate. The one save path, `serializeProject`, is in serialize.ts.
 */
import type { Project } from '../timeline'
import { referencedAssetIds } from '../timeline/media'
import type { FileAssets } from './mediaSchema'
import { PROJECT_KIND, isJsonObject } from './envelope'
import { formatIssue } from './issues'
import { CURRENT_SCHEMA_VERSION, migrateDocument } from './migrations'
import { envelopeSchema, projectSchema } from './projectSchema'

export type LoadErrorCode = 'malformed-json' | 'wrong-kind' | 'missing-version' | 'too-new' | 'invalid'

export interface LoadError {
  readonly code: LoadErrorCode
  /** One line a person can act on. */
  readonly message: string
  /** For 'invalid': every problem found, one line each (the first is in `message`). */
  readonly issues?: readonly string[]
}

export type LoadResult =
  | {
      readonly ok: true
      readonly project: Project
      /** The media bytes a project file carried (schema 4), only those the project points at; absent when none. */
      readonly assets?: FileAssets
    }
  | { readonly ok: false; readonly error: LoadError }

const fail = (code: LoadErrorCode, message: string, issues?: readonly string[]): LoadResult => ({
  ok: false,
  error: issues ? { code, message, issues } : { code, message },
})

/** Load an already-parsed envelope (from a file, storage or a link). Never throws. */
export const loadProjectDocument = (doc: unknown): LoadResult => {
  if (!isJsonObject(doc) || doc.kind !== PROJECT_KIND) {
    const found = isJsonObject(doc) && typeof doc.kind === 'string' ? ` (its kind is '${doc.kind}')` : ''
    return fail('wrong-kind', `This is not a Framewright project file${found}.`)
  }
  const version = doc.schemaVersion
  if (version === undefined || version === null) return fail('missing-version', 'This project file has no schemaVersion, so it cannot be read safely.')
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return fail('invalid', `schemaVersion must be a whole number from 1 up (found ${JSON.stringify(version)}).`)
  if (version > CURRENT_SCHEMA_VERSION)
    return fail(
      'too-new',
      `This project was made with a newer version of Framewright (schema ${version}; this app reads up to ${CURRENT_SCHEMA_VERSION}). Update the app to open it.`,
    )
  const parsed = envelopeSchema.safeParse(migrateDocument(doc, version), { reportInput: true })
  if (!parsed.success) {
    const issues = parsed.error.issues.map(formatIssue)
    return fail('invalid', issues[0], issues)
  }
  const { project, assets } = parsed.data
  if (!assets) return { ok: true, project }
  const used = new Set<string>(referencedAssetIds(project))
  const kept = Object.fromEntries(Object.entries(assets).filter(([id]) => used.has(id))) as FileAssets
  return Object.keys(kept).length ? { ok: true, project, assets: kept } : { ok: true, project }
}

/** Load a project file's text. Never throws. */
export const loadProject = (text: string): LoadResult => {
  let doc: unknown
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (e) {
    return fail('malformed-json', `This file is not valid JSON: ${e instanceof Error ? e.message : String(e)}`)
  }
  return loadProjectDocument(doc)
}

/** Validate a bare project value (no envelope) at the current schema version. */
export const validateProject = (value: unknown): LoadResult => {
  const parsed = projectSchema.safeParse(value, { reportInput: true })
  if (parsed.success) return { ok: true, project: parsed.data }
  const issues = parsed.error.issues.map(formatIssue)
  return fail('invalid', issues[0], issues)
}

export { serializeProject, type SerializeOptions } from './serialize'
