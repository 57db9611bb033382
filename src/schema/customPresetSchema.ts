/**
 * The zod schema of a custom preset definition (schema 3, and the preset file's schema 1): its
 * shape here, the checks that need the preset library in camera-presets/custom/validate.ts. Part
 * preset ids are normalised to the canonical id (old aliases still open), as clips' are.
 */
import { z } from 'zod'
import { getPreset, presetRegistry } from '../camera-presets'
import { checkCustomPreset } from '../camera-presets/custom/validate'
import { MAX_CUSTOM_PRESET_DESCRIPTION_CHARS, MAX_CUSTOM_PRESET_NAME_CHARS, MAX_SHOT_DURATION_S, type CustomPresetDefinition, type ParamUnit } from '../timeline'
import { easingSchema, finite, id, nonNegative, positive } from './parts'

/** Runtime list of the unit union; the Record type makes the compiler check it is complete. */
const UNIT_SET: Record<ParamUnit, true> = {
  deg: true,
  m: true,
  cm: true,
  mm: true,
  s: true,
  x: true,
  'subject-distance': true,
  Hz: true,
  'f-stop': true,
  rate: true,
  seed: true,
  'm/s': true,
}
const UNITS = Object.keys(UNIT_SET) as [ParamUnit, ...ParamUnit[]]

const partSchema = z.strictObject({
  presetId: id,
  presetVersion: z.number().int().positive(),
  startS: nonNegative,
  durationS: positive.max(MAX_SHOT_DURATION_S),
  track: z.number().int().min(0),
  params: z.record(z.string(), z.union([finite, z.string()])),
  easing: easingSchema,
})

const targetSchema = z.strictObject({ part: z.number().int().min(0), param: id })

const exposedSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('number'),
    name: id,
    label: z.string().max(MAX_CUSTOM_PRESET_NAME_CHARS),
    unit: z.enum(UNITS),
    min: finite,
    max: finite,
    default: finite,
    targets: z.array(targetSchema).min(1),
  }),
  z.strictObject({
    kind: z.literal('choice'),
    name: id,
    label: z.string().max(MAX_CUSTOM_PRESET_NAME_CHARS),
    default: z.string(),
    targets: z.array(targetSchema).min(1),
  }),
])

export const customPresetSchema = z
  .strictObject({
    id,
    version: z.number().int().positive(),
    name: z.string().max(MAX_CUSTOM_PRESET_NAME_CHARS),
    description: z.string().max(MAX_CUSTOM_PRESET_DESCRIPTION_CHARS),
    category: z.string(),
    durationS: positive.max(MAX_SHOT_DURATION_S),
    parts: z.array(partSchema),
    exposed: z.array(exposedSchema),
  })
  .transform((def, ctx): CustomPresetDefinition => {
    const issues = checkCustomPreset(def, presetRegistry)
    for (const issue of issues) ctx.issues.push({ code: 'custom', message: issue.message, input: def, path: [...issue.path] })
    if (issues.length) return z.NEVER
    return { ...def, parts: def.parts.map((p) => ({ ...p, presetId: getPreset(p.presetId)?.id ?? p.presetId })) }
  })
