import { describe, expect, it } from 'vitest'
import { PrevisError, abortError, isAbortError, toUserError } from './errors'

describe('previs errors', () => {
  it('cancel is a DOMException named AbortError and passes through unchanged', () => {
    const e = abortError()
    expect(e.name).toBe('AbortError')
    expect(isAbortError(e)).toBe(true)
    expect(toUserError(e, 'encode')).toBe(e)
  })
  it('anything else becomes one sentence for a user, keeping the cause', () => {
    const cause = new Error('EncodingError: codec reclaimed.\nstack…')
    const e = toUserError(cause, 'encode')
    expect(e).toBeInstanceOf(PrevisError)
    expect(e.message).toBe('The previs video could not be encoded in this browser (EncodingError: codec reclaimed).')
    expect(e.cause).toBe(cause)
    expect(toUserError('x', 'render').message).toBe('The previs could not be rendered in this browser.')
  })
})
