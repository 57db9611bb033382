/**
 * The custom preset file (`.framewright-preset.json`, and the payload of a `#m=` link) and its one
 * load path: decode, check the kind, read the version, migrate, validate. The envelope is the
 * project's: `{ kind: 'framewright.preset', schemaVersion, appVersion, preset }`, with its own
 * version line (`CURRENT_PRESET_SCHEMA_VERSION`) and migrations.
 */
import type { CustomPresetDefinition } from '../timeline'
import { APP_VERSION, type JsonObject, isJsonObject } from './envelope'
import { formatIssue } from './issues'
import type { LoadError } from './load'
import { type MigrationStep, migrateDocument } from './migrations'
import { z } from 'zod'
import { customPresetSchema } from './customPresetSchema'

export const PRESET_KIND = 'framewright.preset'
export const CURRENT_PRESET_SCHEMA_VERSION = 1
/** The file name ending a preset file is saved with. */
export const PRESET_FILE_EXTENSION = '.framewright-preset.json'

/** Steps in order: PRESET_MIGRATIONS[i] goes from version i + 1 to i + 2 (none yet). */
export const PRESET_MIGRATIONS: readonly MigrationStep[] = []

export type PresetLoadResult = { readonly ok: true; readonly preset: CustomPresetDefinition } | { readonly ok: false; readonly error: LoadError }

const presetEnvelopeSchema = z.strictObject({
  kind: z.literal(PRESET_KIND),
  schemaVersion: z.literal(CURRENT_PRESET_SCHEMA_VERSION),
  appVersion: z.string().min(1),
  savedAt: z.iso.datetime({ offset: true }).optional(),
  preset: customPresetSchema,
})

/** A preset's envelope at the current version, as plain JSON-able data (what files and links carry). */
export const presetEnvelope = (preset: CustomPresetDefinition, options: { savedAt?: string } = {}): JsonObject => ({
  kind: PRESET_KIND,
  schemaVersion: CURRENT_PRESET_SCHEMA_VERSION,
  appVersion: APP_VERSION,
  ...(options.savedAt !== undefined ? { savedAt: options.savedAt } : {}),
  preset,
})

/** The preset file's text: the pretty-printed envelope, ending with a newline. */
export const serializePreset = (preset: CustomPresetDefinition, options: { savedAt?: string } = {}): string =>
  `${JSON.stringify(presetEnvelope(preset, options), null, 2)}\n`

const fail = (code: LoadError['code'], message: string, issues?: readonly string[]): PresetLoadResult => ({
  ok: false,
  error: issues ? { code, message, issues } : { code, message },
})

/** Load an already-parsed preset envelope (from a file, a link or storage). Never throws. */
export const loadPresetDocument = (doc: unknown): PresetLoadResult => {
  if (!isJsonObject(doc) || doc.kind !== PRESET_KIND) {
    const kind = isJsonObject(doc) && typeof doc.kind === 'string' ? doc.kind : undefined
    const hint = kind === 'framewright.project' ? " (it is a project: open it with Open project)" : kind !== undefined ? ` (its kind is '${kind}')` : ''
    return fail('wrong-kind', `This is not a Framewright preset${hint}.`)
  }
  const version = doc.schemaVersion
  if (version === undefined || version === null) return fail('missing-version', 'This preset has no schemaVersion, so it cannot be read safely.')
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return fail('invalid', `schemaVersion must be a whole number from 1 up (found ${JSON.stringify(version)}).`)
  if (version > CURRENT_PRESET_SCHEMA_VERSION)
    return fail(
      'too-new',
      `This preset was made with a newer version of Framewright (preset schema ${version}; this app reads up to ${CURRENT_PRESET_SCHEMA_VERSION}). Update the app to open it.`,
    )
  const parsed = presetEnvelopeSchema.safeParse(migrateDocument(doc, version, PRESET_MIGRATIONS), { reportInput: true })
  if (!parsed.success) {
    // paths read from inside the preset: "parts[0].presetId is 'moonwalk', …"
    const issues = parsed.error.issues.map((i) => formatIssue(i.path[0] === 'preset' && i.path.length > 1 ? { ...i, path: i.path.slice(1) } : i))
    return fail('invalid', `This preset is not valid: ${issues[0]}`, issues)
  }
  return { ok: true, preset: parsed.data.preset }
}

/** Load a preset file's text. Never throws. */
export const loadPresetFile = (text: string): PresetLoadResult => {
  let doc: unknown
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (e) {
    return fail('malformed-json', `This file is not valid JSON: ${e instanceof Error ? e.message : String(e)}`)
  }
  return loadPresetDocument(doc)
}
