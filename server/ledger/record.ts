/**
 * The stored form of a GenerationRecord, shared by both ledgers: one JSON document per record,
 * validated on every read and every write so a damaged row is an Error with a message, not garbage.
 */
import { z } from 'zod'
import type { GenerationPatch, GenerationRecord } from '../generations/types.ts'

/** An error the ledger raised itself (a damaged or invalid record, a bad lease): its message is final. */
export class LedgerError extends Error {
  override name = 'LedgerError'
}

const epochMs = z.number().int().nonnegative()

const recordSchema = z.object({
  id: z.string().min(1),
  route: z.string().min(1),
  target: z.string(),
  idempotencyKey: z.string().min(1),
  providerTaskId: z.string().nullable(),
  status: z.enum(['queued', 'running', 'succeeded', 'failed', 'canceled']),
  progress: z.number().min(0).max(1).nullable(),
  error: z
    .object({
      kind: z.enum(['bad-key', 'out-of-credits', 'moderation', 'invalid-parameter', 'rate-limited', 'provider-failure', 'timed-out', 'malformed-response']),
      message: z.string(),
      field: z.string().optional(),
    })
    .nullable(),
  videoUrl: z.string().nullable(),
  createdAt: epochMs,
  updatedAt: epochMs,
  checkedAt: epochMs.nullable(),
})

/** The fields a patch may change (anything else in a patch object is ignored). */
const PATCHABLE = ['providerTaskId', 'status', 'progress', 'error', 'videoUrl', 'updatedAt', 'checkedAt'] as const

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(record)'}: ${issue.message}`)
    .join('; ')
}

/** Throws "Invalid generation record: ..." unless `value` is a complete, well-formed record. */
export function checkRecord(value: unknown): GenerationRecord {
  const parsed = recordSchema.safeParse(value)
  if (!parsed.success) throw new LedgerError(`Invalid generation record: ${describeIssues(parsed.error)}`)
  return parsed.data
}

/** Parses a stored JSON document; `where` names it in the error ("generation abc"). */
export function parseStoredRecord(text: string, where: string): GenerationRecord {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new LedgerError(`Ledger record for ${where} is damaged: it is not valid JSON`)
  }
  const parsed = recordSchema.safeParse(value)
  if (!parsed.success) throw new LedgerError(`Ledger record for ${where} is damaged: ${describeIssues(parsed.error)}`)
  return parsed.data
}


/**
 * The record after `patch`: only patchable fields, undefined values ignored, updatedAt set to
 * `now` unless the patch gives one. Throws when the result is not a valid record.
 */
export function applyPatch(record: GenerationRecord, patch: GenerationPatch, now: number): GenerationRecord {
  const next: Record<string, unknown> = { ...record, updatedAt: now }
  for (const key of PATCHABLE) {
    if (patch[key] !== undefined) next[key] = patch[key]
  }
  return checkRecord(next)
}

/** Leases: a name and a duration the stores can both accept. */
export function checkLease(name: string, ms: number): void {
  if (typeof name !== 'string' || name.length === 0) throw new LedgerError('Lease name must be a non-empty string')
  if (!Number.isInteger(ms) || ms <= 0) throw new LedgerError(`Lease duration must be a positive whole number of milliseconds, got ${ms}`)
}
