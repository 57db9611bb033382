import { describe, expect, it, vi } from 'vitest'
import { createTakesStore } from '../state/takesStore'
import { finallyDeleted, forgetMeasurementsOfDeletedTakes } from './auto'

const forgotten: string[] = []
vi.mock('./service', () => ({ forgetMeasurement: (id: string) => forgotten.push(id) }))

const take = (id: string, createdAt: number) =>
  ({ id, createdAt, status: 'succeeded', projectId: 'p', shotId: 's', shotName: 'Shot 1' }) as never

describe("a deleted take's measurement", () => {
  it('is forgotten once the deletion is final, never while it can be undone', async () => {
    const store = createTakesStore()
    store.getState().setProjectTakes('p', [take('a', 1), take('b', 2), take('c', 3)])
    forgetMeasurementsOfDeletedTakes(store)
    store.getState().remove('a')
    await vi.dynamicImportSettled()
    expect(forgotten).toEqual([]) // Undo could still bring it back
    store.getState().undoRemove()
    await vi.dynamicImportSettled()
    expect(forgotten).toEqual([]) // it is back
    store.getState().remove('a')
    store.getState().remove('b') // a's deletion can no longer be undone
    await vi.dynamicImportSettled()
    expect(forgotten).toEqual(['a'])
    store.getState().setProjectTakes('q', []) // another project: b's is final too
    await vi.dynamicImportSettled()
    expect(forgotten).toEqual(['a', 'b'])
  })

  it('finallyDeleted: only the take that left the undo slot and is not among the takes', () => {
    const a = take('a', 1)
    expect(finallyDeleted({ lastDeleted: null }, { lastDeleted: a, takes: [] })).toBeNull()
    expect(finallyDeleted({ lastDeleted: a }, { lastDeleted: a, takes: [] })).toBeNull()
    expect(finallyDeleted({ lastDeleted: a }, { lastDeleted: null, takes: [a] })).toBeNull()
    expect(finallyDeleted({ lastDeleted: a }, { lastDeleted: null, takes: [] })).toBe('a')
  })
})
