import { describe, expect, it } from 'vitest'
import { compareKeyAction, keyTargetOf } from './keys'

const key = (k: string, mods: Partial<{ shiftKey: boolean; ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key: k,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
})

describe('compare keys', () => {
  it('plays, steps, jumps and closes', () => {
    expect(compareKeyAction(key(' '), 'other', 24)).toEqual({ kind: 'toggle' })
    expect(compareKeyAction(key('ArrowLeft'), 'other', 24)).toEqual({ kind: 'step', frames: -1 })
    expect(compareKeyAction(key('ArrowRight'), 'other', 24)).toEqual({ kind: 'step', frames: 1 })
    expect(compareKeyAction(key('ArrowRight', { shiftKey: true }), 'other', 23.976)).toEqual({ kind: 'step', frames: 24 })
    expect(compareKeyAction(key('Home'), 'other', 24)).toEqual({ kind: 'start' })
    expect(compareKeyAction(key('End'), 'other', 24)).toEqual({ kind: 'end' })
    expect(compareKeyAction(key('Escape'), 'other', 24)).toEqual({ kind: 'close' })
    expect(compareKeyAction(key('z'), 'other', 24)).toBeNull()
  })
  it('leaves a select its keys, and a slider its arrows', () => {
    expect(compareKeyAction(key('ArrowLeft'), 'select', 24)).toBeNull()
    expect(compareKeyAction(key(' '), 'select', 24)).toBeNull()
    expect(compareKeyAction(key('Escape'), 'select', 24)).toEqual({ kind: 'close' })
    expect(compareKeyAction(key('ArrowLeft'), 'range', 24)).toBeNull()
    expect(compareKeyAction(key('Home'), 'range', 24)).toBeNull()
    expect(compareKeyAction(key(' '), 'range', 24)).toEqual({ kind: 'toggle' })
  })
  it('ignores modified keys', () => {
    expect(compareKeyAction(key('ArrowLeft', { ctrlKey: true }), 'other', 24)).toBeNull()
    expect(compareKeyAction(key(' ', { metaKey: true }), 'other', 24)).toBeNull()
  })
  it('tells targets apart', () => {
    expect(keyTargetOf({ tagName: 'SELECT' } as unknown as EventTarget)).toBe('select')
    expect(keyTargetOf({ tagName: 'INPUT', type: 'range' } as unknown as EventTarget)).toBe('range')
    expect(keyTargetOf({ tagName: 'BUTTON' } as unknown as EventTarget)).toBe('other')
    expect(keyTargetOf(null)).toBe('other')
  })
})
