/**
 * The transport's scratch-track binding against a fake Web Audio context (a clock the test moves):
 * play starts a source at the sequence time, pause stops it, the next shot continues, a jump
 * restarts, a paused scrub plays a grain, shuttle plays at its rate, backwards and mute are silent.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createStudioStore } from '../state'
import type { ScratchTrack } from '../timeline/media'

const AUDIO_S = 4

vi.mock('./scratchAudio', () => ({
  loadScratchAudio: async () => ({ buffer: { duration: AUDIO_S } }),
}))

interface FakeSource {
  buffer: unknown
  playbackRate: { value: number }
  startedAt: number | null
  offset: number | null
  grainS: number | undefined
  stopped: boolean
  onended: (() => void) | null
}

const sources: FakeSource[] = []
let now = 0

class FakeParam {
  value = 1
  setValueAtTime() {}
  linearRampToValueAtTime() {}
  setTargetAtTime(v: number) {
    this.value = v
  }
}

class FakeContext {
  state: AudioContextState = 'running'
  outputLatency = 0
  baseLatency = 0
  destination = {}
  get currentTime() {
    return now
  }
  createGain() {
    return { gain: new FakeParam(), connect() {}, disconnect() {} }
  }
  createBufferSource() {
    const s: FakeSource & Record<string, unknown> = {
      buffer: null,
      playbackRate: { value: 1 },
      startedAt: null,
      offset: null,
      grainS: undefined,
      stopped: false,
      onended: null,
      connect() {},
      disconnect() {},
      start(when: number, offset: number, duration?: number) {
        s.startedAt = when
        s.offset = offset
        s.grainS = duration
      },
      stop() {
        s.stopped = true
      },
    }
    sources.push(s)
    return s
  }
  resume() {
    return Promise.resolve()
  }
  close() {
    return Promise.resolve()
  }
}

const track: ScratchTrack = { assetId: `sha256:${'a'.repeat(64)}`, fileName: 'vo.wav', mimeType: 'audio/wav', durationS: AUDIO_S, offsetS: 0.5, gainDb: 0 }

/** Two shots at 24 fps: 1 s and 2 s; the scratch track starts 0.5 s into the sequence. */
const setup = async () => {
  const store = createStudioStore()
  const s = store.getState()
  s.updateShotSettings(s.selectedShotId, { durationS: 1, fps: 24 })
  s.addShot()
  const s2 = store.getState()
  s2.updateShotSettings(s2.selectedShotId, { durationS: 2, fps: 24 })
  s2.selectShot(s2.document.shots[0].id)
  store.getState().setScratchTrack(track)
  const { bindScratchPlayback, scratchPlaybackState } = await import('./audioPlayback')
  const unbind = bindScratchPlayback(store)
  await vi.waitFor(() => expect(scratchPlaybackState().loadedAssetId).toBe(track.assetId))
  return { store, unbind, state: scratchPlaybackState }
}

const live = () => sources.filter((s) => !s.stopped && s.grainS === undefined)

beforeEach(() => {
  sources.length = 0
  now = 10
  vi.stubGlobal('AudioContext', FakeContext)
})
afterEach(() => vi.unstubAllGlobals())

describe('scratch track playback', () => {
  it('starts at the sequence time on play and stops on pause', async () => {
    const { store, unbind } = await setup()
    store.getState().selectShot(store.getState().document.shots[1].id)
    store.getState().setPlayhead(0.25) // sequence 1.25 s: 0.75 s into the audio
    sources.length = 0
    store.getState().play()
    expect(live()).toHaveLength(1)
    expect(live()[0].offset).toBeCloseTo(0.75, 6)
    expect(live()[0].startedAt).toBe(now)
    store.getState().pause()
    expect(live()).toHaveLength(0)
    unbind()
  })

  it('waits for the audio when it starts later on the sequence', async () => {
    const { store, unbind } = await setup()
    store.getState().setPlayhead(0.25) // sequence 0.25 s: the audio starts at 0.5 s
    store.getState().play()
    expect(live()[0]).toMatchObject({ offset: 0 })
    expect(live()[0].startedAt).toBeCloseTo(now + 0.25, 6)
    unbind()
  })

  it('continues into the next shot and restarts only when the playhead jumps', async () => {
    const { store, unbind, state } = await setup()
    store.getState().setPlayhead(0.5)
    store.getState().play()
    const restarts = state().restarts
    // 0.5 s later the clock moves on to the next shot at its start: the audio just continues
    now += 0.5
    store.setState({ selectedShotId: store.getState().document.shots[1].id, playheadS: 0 })
    expect(state().restarts).toBe(restarts)
    now += 1 / 24
    store.setState({ playheadS: 1 / 24 })
    expect(state().restarts).toBe(restarts)
    // a jump (scrub while playing, a loop wrap) restarts it where the playhead is
    store.setState({ playheadS: 1.5 })
    expect(state().restarts).toBe(restarts + 1)
    expect(live()).toHaveLength(1)
    expect(live()[0].offset).toBeCloseTo(1 + 1.5 - 0.5 + 1 / 48, 6)
    unbind()
  })

  it('plays a short grain when the paused playhead moves inside the audio', async () => {
    const { store, unbind } = await setup()
    store.getState().setPlayhead(0.75)
    const grain = sources.find((s) => s.grainS !== undefined)
    expect(grain?.offset).toBeCloseTo(0.25, 6)
    expect(grain?.grainS).toBeCloseTo(0.08, 6)
    sources.length = 0
    store.getState().setPlayhead(0.25) // before the audio: nothing
    expect(sources).toHaveLength(0)
    unbind()
  })

  it('plays forward shuttle at its rate, and is silent backwards and when muted', async () => {
    const { store, unbind } = await setup()
    const { setScratchMuted } = await import('./session')
    store.getState().setPlayhead(0.75)
    store.getState().play(2)
    expect(live()[0].playbackRate.value).toBe(2)
    store.getState().play(-1)
    expect(live()).toHaveLength(0)
    store.getState().play(1)
    expect(live()).toHaveLength(1)
    setScratchMuted(true)
    expect(live()).toHaveLength(0)
    setScratchMuted(false)
    expect(live()).toHaveLength(1)
    unbind()
  })

  it('moving the track while playing restarts it at the new place; removing it stops', async () => {
    const { store, unbind } = await setup()
    store.getState().setPlayhead(0.75)
    store.getState().play()
    store.getState().updateScratchTrack({ offsetS: 0 })
    expect(live()).toHaveLength(1)
    expect(live()[0].offset).toBeCloseTo(0.75, 6)
    store.getState().setScratchTrack(null)
    expect(live()).toHaveLength(0)
    unbind()
  })
})
