/**
 * Saved takes go through one load path like projects do: decode the envelope, migrate it to the
 * current version, validate. A record that fails is reported and skipped, never half-loaded.
 */
import { z } from 'zod'
import { PREVIS_SIZES } from '../previs/size'
import { TAKE_STATUSES, type Take } from './model'
import { seedOf } from './seed'

export const TAKE_RECORD_KIND = 'framewright.take'
export const TAKE_RECORD_VERSION = 3

export interface TakeRecord {
  readonly kind: typeof TAKE_RECORD_KIND
  readonly version: number
  readonly take: Take
}

const media = z.object({
  mimeType: z.string(),
  container: z.enum(['mp4', 'webm']),
  codec: z.string(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  frameCount: z.number().int().positive(),
  fps: z.number().positive(),
  durationS: z.number().positive(),
  bytes: z.number().int().nonnegative(),
})

const time = z.number().finite()

const takeSchema = z.object({
  id: z.string().min(1),
  projectId: z.string().min(1),
  shotId: z.string().min(1),
  shotName: z.string(),
  route: z.string().min(1),
  target: z.string().min(1),
  payload: z.string(),
  fingerprint: z.string(),
  design: z.string(),
  settings: z.object({ size: z.enum(PREVIS_SIZES), depth: z.boolean(), model: z.string().max(100).optional(), startImage: z.boolean().optional() }),
  seed: z.number().int().nullable(),
  chain: z
    .object({
      id: z.string().min(1),
      part: z.number().int().positive(),
      parts: z.number().int().positive(),
      startS: z.number().finite().nonnegative(),
      durationS: z.number().finite().positive(),
    })
    .refine((c) => c.part <= c.parts, { message: 'a part beyond its chain', path: ['part'] })
    .nullable(),
  status: z.enum(TAKE_STATUSES),
  remote: z.object({ generationId: z.string().min(1).max(300), idempotencyKey: z.string().min(1).max(300) }).nullable(),
  createdAt: time,
  startedAt: time.nullable(),
  finishedAt: time.nullable(),
  error: z.string().nullable(),
  note: z.string().nullable(),
  video: media.nullable(),
  depth: media.extend({ nearM: z.number().positive(), farM: z.number().positive() }).nullable(),
  hasStartFrame: z.boolean(),
  hasThumbnail: z.boolean(),
  chosen: z.boolean(),
  attempts: z.number().int().nonnegative(),
}) satisfies z.ZodType<Take>

export const toTakeRecord = (take: Take): TakeRecord => ({ kind: TAKE_RECORD_KIND, version: TAKE_RECORD_VERSION, take })

/** Migrations from version n to n + 1, by n. */
const MIGRATIONS: Readonly<Record<number, (take: Record<string, unknown>) => Record<string, unknown>>> = {
  // 2: hosted takes remember their server generation (previs takes made before had none)
  1: (take) => ({ ...take, remote: null }),
  // 3: takes keep their seed (read from the payload they sent, where its target takes one) and their part of a chain
  2: (take) => ({ ...take, seed: typeof take.target === 'string' ? seedOf(take.target, take.payload) : null, chain: null }),
}

export type TakeLoad = { readonly ok: true; readonly take: Take } | { readonly ok: false; readonly message: string }

export const loadTakeRecord = (raw: unknown): TakeLoad => {
  if (typeof raw !== 'object' || raw === null || (raw as { kind?: unknown }).kind !== TAKE_RECORD_KIND) return { ok: false, message: 'not a saved take' }
  const { version, take } = raw as { version?: unknown; take?: unknown }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, message: 'a saved take without a valid version' }
  if (version > TAKE_RECORD_VERSION) return { ok: false, message: `a take saved by a newer Framewright (version ${version})` }
  let body = take as Record<string, unknown>
  for (let v = version; v < TAKE_RECORD_VERSION; v++) body = MIGRATIONS[v](body)
  const parsed = takeSchema.safeParse(body)
  if (!parsed.success) return { ok: false, message: `a damaged saved take (${parsed.error.issues[0]?.path.join('.') || 'record'})` }
  return { ok: true, take: parsed.data }
}
