import { describe, expect, it } from 'vitest'
import type { CompileResult } from '../../compilers'
import { fixAction, fixesOf, formatScore, scoreAttribute, scoreTone, summaryOf } from './model'
import type { TargetInfo } from './protocol'

const info = (exact = false): TargetInfo => ({ id: 'kling', label: 'Kling', kind: 'payload', fileExtension: 'json', mediaType: 'application/json', exact, description: '' })
const ok = (score: number, lists: Partial<Record<'kept' | 'approximated' | 'dropped', string[]>> = {}, warnings: { message: string }[] = []): CompileResult => ({
  ok: true,
  text: '{}',
  warnings,
  fidelity: { targetId: 'kling', score, kept: lists.kept ?? [], approximated: lists.approximated ?? [], dropped: lists.dropped ?? [] },
})
const failed: CompileResult = {
  ok: false,
  error: { code: 'constraint', message: 'Kling takes 5 or 10 s.', fixes: [{ kind: 'trim', toS: 5, label: 'Trim to 5 s' }, { kind: 'split', parts: 2, label: 'Split in 2' }] },
}

describe('compile panel model', () => {
  it('tones and formats scores', () => {
    expect([1, 0.9995, 0.9, 0.7, 0.2].map((s) => scoreTone(ok(s)))).toEqual(['exact', 'exact', 'good', 'fair', 'poor'])
    expect(scoreTone(failed)).toBe('none')
    expect(formatScore(ok(0.874))).toBe('87%')
    expect(formatScore(failed)).toBe('n/a')
    expect(scoreAttribute(ok(0.25))).toBe('0.25')
    expect(scoreAttribute(failed)).toBe('')
  })

  it('summarizes a row by the first loss, then approximation, then warning', () => {
    expect(summaryOf({ target: info(), result: ok(0.5, { dropped: ['roll dropped: one axis', 'shake dropped'], approximated: ['pan approximated'] }) })).toBe('roll dropped: one axis (+1 more)')
    expect(summaryOf({ target: info(), result: ok(0.8, { approximated: ['pan approximated'] }) })).toBe('pan approximated')
    expect(summaryOf({ target: info(), result: ok(1, { kept: ['pan kept'] }, [{ message: 'zoom via extension' }]) })).toBe('zoom via extension')
    expect(summaryOf({ target: info(true), result: ok(1, { kept: ['pan kept'] }) })).toBe('exact, frame by frame')
    expect(summaryOf({ target: info(), result: ok(1) })).toBe('everything kept')
    expect(summaryOf({ target: info(), result: failed })).toBe('n/a: Kling takes 5 or 10 s.')
  })

  it('turns fixes into store actions', () => {
    expect(fixesOf(failed).map(fixAction)).toEqual([{ kind: 'shot-settings', patch: { durationS: 5 } }, { kind: 'chain' }])
    expect(fixAction({ kind: 'set-aspect', aspect: '9:16', label: 'Use 9:16' })).toEqual({ kind: 'shot-settings', patch: { aspect: '9:16' } })
    expect(fixAction({ kind: 'note', label: 'Needs a start image' })).toEqual({ kind: 'none' })
    expect(fixesOf(ok(1, {}, [{ message: 'a' }]))).toEqual([])
  })
})
