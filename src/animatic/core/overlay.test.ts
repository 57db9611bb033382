import { describe, expect, it } from 'vitest'
import { activeMoveNames, overlayText, smpteTimecode } from './overlay'

describe('smpteTimecode', () => {
  it('formats frames as HH:MM:SS:FF', () => {
    expect(smpteTimecode(0, 24)).toBe('00:00:00:00')
    expect(smpteTimecode(23, 24)).toBe('00:00:00:23')
    expect(smpteTimecode(24, 24)).toBe('00:00:01:00')
    expect(smpteTimecode(24 * 3661 + 5, 24)).toBe('01:01:01:05')
    expect(smpteTimecode(30, 29.97)).toBe('00:00:01:00')
  })
})

describe('overlay text', () => {
  const tracks = [
    { clips: [{ presetId: 'dolly-in', startS: 0, durationS: 1 }] },
    { clips: [{ presetId: 'pan', startS: 0.5, durationS: 1 }, { presetId: 'dolly-in', startS: 0.2, durationS: 1 }] },
  ]
  const nameOf = (id: string) => ({ 'dolly-in': 'Dolly in', pan: 'Pan' })[id] ?? id
  it('names the moves playing at a time, once each, in start order', () => {
    expect(activeMoveNames(tracks, 0.6, nameOf)).toEqual(['Dolly in', 'Pan'])
    expect(activeMoveNames(tracks, 1.4, nameOf)).toEqual(['Pan'])
    expect(activeMoveNames(tracks, 3, nameOf)).toEqual([])
  })
  it('builds the three lines', () => {
    expect(overlayText({ shotNumber: 2, shotName: 'Reveal', sequenceFrame: 30, frameInShot: 6, fps: 24, moveNames: [] })).toEqual({
      shot: 'Shot 2 · Reveal',
      timecode: '00:00:01:06  f7',
      moves: 'Hold',
    })
    expect(overlayText({ shotNumber: 3, shotName: 'Shot 3', sequenceFrame: 0, frameInShot: 0, fps: 24, moveNames: [] }).shot).toBe('Shot 3')
    expect(overlayText({ shotNumber: 1, shotName: 'A', sequenceFrame: 0, frameInShot: 0, fps: 24, moveNames: ['Dolly in', 'Pan'] }).moves).toBe('Dolly in + Pan')
  })
})
