import { describe, expect, it } from 'vitest'
import { initialLibraryData } from './libraryStore'
import { LIBRARY_HINT_KEY, libraryInUse, rememberLibraryInUse, startProjectOpen } from './startProject'

const memory = () => {
  const m = new Map<string, string>()
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), m }
}

describe('start project: whether the first lens frame waits for the library', () => {
  it('waits only once a library has been opened in this browser', () => {
    const mem = memory()
    expect(libraryInUse(mem)).toBe(false)
    rememberLibraryInUse(mem)
    expect(mem.m.get(LIBRARY_HINT_KEY)).toBe('1')
    expect(libraryInUse(mem)).toBe(true)
    expect(libraryInUse(null)).toBe(false)
  })

  it('storage that throws (blocked, full) means no wait, and never an error', () => {
    const throwing = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError')
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError')
      },
    }
    expect(() => rememberLibraryInUse(throwing)).not.toThrow()
    expect(libraryInUse(throwing)).toBe(false)
  })

  it('the start-up project is open once the library leaves its starting state', () => {
    expect(startProjectOpen(initialLibraryData)).toBe(false)
    for (const role of ['checking', 'owner', 'conflict', 'read-only'] as const) expect(startProjectOpen({ tab: { role } })).toBe(true)
  })
})
