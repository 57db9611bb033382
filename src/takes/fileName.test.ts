import { describe, expect, it } from 'vitest'
import { takeFileName } from './fileName'
import { createTake } from './model'

describe('take file names', () => {
  const at = new Date(2026, 10, 29, 21, 5, 33).getTime()
  const take = createTake(
    { id: 't', projectId: 'p', shotId: 's', shotName: 'Shot 1: Hero!', route: 'previs', target: 'trajectory', payload: '', fingerprint: '', design: '', settings: { size: '720p', depth: true } },
    at,
  )
  it('names the project, shot, route and time', () => {
    expect(takeFileName('My Film', take, 'video')).toBe('my-film_shot-1-hero_previs_2026-11-29_2105-33.mp4')
    expect(takeFileName('', take, 'start-frame')).toBe('project_shot-1-hero_previs_2026-11-29_2105-33_start-frame.png')
  })
  it('states the depth range in the depth pass name, and the container of the file', () => {
    const withDepth = {
      ...take,
      video: { mimeType: 'video/webm', container: 'webm' as const, codec: 'vp09', width: 2, height: 2, frameCount: 1, fps: 24, durationS: 1, bytes: 1 },
      depth: { mimeType: 'video/webm', container: 'webm' as const, codec: 'vp09', width: 2, height: 2, frameCount: 1, fps: 24, durationS: 1, bytes: 1, nearM: 0.42, farM: 38 },
    }
    expect(takeFileName('x', withDepth, 'depth')).toBe('x_shot-1-hero_previs_2026-11-29_2105-33_depth-0.4-38m.webm')
    expect(takeFileName('x', withDepth, 'video')).toMatch(/\.webm$/)
  })
})
