import { describe, expect, it } from 'vitest'
import { createTake, transition } from '../../takes/model'
import { describeVideo, formatBytes, formatDuration, formatProgress } from './format'

describe('takes panel wording', () => {
  it('says progress as frames, speed and time left, leaving out what it does not know', () => {
    expect(formatProgress({ fraction: 0.5, framesDone: 24, frameCount: 48, framesPerSecond: 6.07, secondsLeft: 4 })).toBe('24 / 48 frames · 6.1 fps · 4 s left')
    expect(formatProgress({ fraction: 0, framesDone: 0, frameCount: 48, secondsLeft: null })).toBe('0 / 48 frames · estimating…')
    expect(formatProgress({ fraction: 0, phase: 'Loading the renderer' })).toBe('Loading the renderer')
  })
  it('writes durations and sizes for people', () => {
    expect(formatDuration(4.4)).toBe('4 s')
    expect(formatDuration(76)).toBe('1 min 16 s')
    expect(formatBytes(900)).toBe('900 B')
    expect(formatBytes(65_000)).toBe('63 KB')
    expect(formatBytes(3_500_000)).toBe('3.3 MB')
  })
  it('describes a finished video by size, codec, container, length and bytes', () => {
    const t = createTake(
      { id: 't', projectId: 'p', shotId: 's', shotName: 'Shot 1', route: 'previs', target: 'trajectory', payload: '', fingerprint: '', design: '', settings: { size: '720p', depth: false } },
      0,
    )
    const done = transition(transition(t, { type: 'start', at: 1 }), {
      type: 'succeed',
      at: 2,
      outcome: {
        video: { mimeType: 'video/mp4', container: 'mp4', codec: 'avc', width: 1280, height: 720, frameCount: 48, fps: 24, durationS: 2, bytes: 420_000 },
        depth: null,
        hasStartFrame: true,
        hasThumbnail: true,
        note: null,
      },
    })
    expect(describeVideo(done)).toBe('1280×720 · H.264 MP4 · 2.0 s · 410 KB')
    expect(describeVideo(t)).toBe('720p')
  })
})
