/**
 * The project file envelope: every saved project is `{ kind, schemaVersion, appVersion, savedAt?, project }`.
 * `kind` says what the bytes are, `schemaVersion` how to read them (see migrations.ts).
 */
export const PROJECT_KIND = 'framewright.project'

/** The app version written into files (kept equal to package.json's version by a test). */
export const APP_VERSION = '0.1.0'

/** A parsed JSON object (the shape migrations work on: raw, not yet validated). */
export type JsonObject = { [key: string]: unknown }

export const isJsonObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
