/**
 * The scratch track in the studio's transport (a lazy chunk, bound once a project has a scratch
 * track): Web Audio, driven by store subscriptions, never by React renders.
 *
 * - Play: an AudioBufferSourceNode starts at the sequence time (the earlier shots' durations plus the
 *   playhead), later when the audio starts later on the sequence. Pause stops it.
 * - While playing, every playhead change is checked against where the audio is; more than one frame
 *   apart (a loop wrap, a scrub, a stall) restarts it there. Moving on to the next shot just continues.
 * - Shuttle (J/L) forward at 2× or 4×: the audio plays at that rate (its pitch rises). Backwards: silent
 *   (Web Audio cannot play a buffer backwards).
 * - Paused, a playhead change (scrub, frame step, seek) plays an 80 ms grain of the audio there.
 * - Gain follows the track's gainDb; the session's mute silences it.
 */
import type { StudioState, StudioStore } from '../state'
import type { ScratchTrack } from '../timeline/media'
import { dbToGain, playbackStart } from './core/audioWindow'
import { sequenceTime } from './core/sequencePlan'
import { loadScratchAudio } from './scratchAudio'
import { scratchSession } from './session'

const GRAIN_S = 0.08
const FADE_S = 0.005

interface Running {
  readonly source: AudioBufferSourceNode
  /** Sequence time and context time when it was (or will be, with a delay) heard at the start. */
  readonly sequenceAtStartS: number
  readonly contextAtStartS: number
  readonly rate: number
}

export interface ScratchPlaybackState {
  readonly loadedAssetId: string | null
  readonly sourceRunning: boolean
  readonly rate: number | null
  readonly restarts: number
  readonly grains: number
  readonly contextState: AudioContextState | null
}

let debug = { restarts: 0, grains: 0 }
let describe: () => ScratchPlaybackState = () => ({ loadedAssetId: null, sourceRunning: false, rate: null, restarts: 0, grains: 0, contextState: null })

/** What the binding is doing (for tests and the dev console). */
export const scratchPlaybackState = (): ScratchPlaybackState => describe()

export const bindScratchPlayback = (store: StudioStore): (() => void) => {
  let ctx: AudioContext | null = null
  let master: GainNode | null = null
  let buffer: AudioBuffer | null = null
  let loadedId: string | null = null
  let running: Running | null = null
  let grain: AudioBufferSourceNode | null = null
  debug = { restarts: 0, grains: 0 }

  const track = (): ScratchTrack | undefined => store.getState().document.scratchTrack
  const sequenceNow = (s: StudioState): number => sequenceTime(s.document.shots, s.selectedShotId, s.playheadS)
  const frameS = (s: StudioState): number => 1 / (s.document.shots.find((x) => x.id === s.selectedShotId)?.fps ?? 24)

  const context = (): { ctx: AudioContext; master: GainNode } => {
    if (!ctx || !master) {
      ctx = new AudioContext({ latencyHint: 'interactive' })
      master = ctx.createGain()
      master.connect(ctx.destination)
      master.gain.value = dbToGain(track()?.gainDb ?? 0)
    }
    if (ctx.state === 'suspended') void ctx.resume().catch(() => {})
    return { ctx, master }
  }
  /** How late what is started now is heard. */
  const latency = (c: AudioContext): number => (c.outputLatency || 0) + (c.baseLatency || 0)

  const stop = () => {
    if (!running) return
    try {
      running.source.stop()
    } catch {
      // never started
    }
    running.source.disconnect()
    running = null
  }

  const start = (sequenceS: number, rate: number) => {
    stop()
    const t = track()
    if (!t || !buffer || scratchSession.getState().muted || rate <= 0) return
    const c = context()
    const heardAt = sequenceS + latency(c.ctx) * rate
    const p = playbackStart(t.offsetS, buffer.duration, heardAt, rate)
    if (!p) return
    const source = c.ctx.createBufferSource()
    source.buffer = buffer
    source.playbackRate.value = rate
    source.connect(c.master)
    source.start(c.ctx.currentTime + p.delayS, p.audioOffsetS)
    running = { source, sequenceAtStartS: heardAt, contextAtStartS: c.ctx.currentTime, rate }
    source.onended = () => {
      if (running?.source === source) running = null
    }
    debug.restarts++
  }

  /** The sequence time being heard now, or null when no source runs. */
  const heardNow = (): number | null =>
    running && ctx ? running.sequenceAtStartS + (ctx.currentTime - running.contextAtStartS) * running.rate - latency(ctx) * running.rate : null

  /** Restart when the audio is more than a frame from the playhead (the playhead is frame-quantized: compare with mid-frame). */
  const keepInSync = (s: StudioState) => {
    const expected = sequenceNow(s) + frameS(s) / 2
    const heard = heardNow()
    if (heard === null || Math.abs(heard - expected) > frameS(s)) start(expected, s.playbackRate)
  }

  const playGrain = (sequenceS: number) => {
    const t = track()
    if (!t || !buffer || scratchSession.getState().muted) return
    const p = playbackStart(t.offsetS, buffer.duration, sequenceS)
    if (!p || p.delayS > 0) return
    const c = context()
    try {
      grain?.stop()
    } catch {
      // already ended
    }
    const env = c.ctx.createGain()
    const now = c.ctx.currentTime
    env.gain.setValueAtTime(0, now)
    env.gain.linearRampToValueAtTime(1, now + FADE_S)
    env.gain.setValueAtTime(1, now + GRAIN_S - FADE_S)
    env.gain.linearRampToValueAtTime(0, now + GRAIN_S)
    env.connect(c.master)
    const source = c.ctx.createBufferSource()
    source.buffer = buffer
    source.connect(env)
    source.start(now, p.audioOffsetS, GRAIN_S)
    source.onended = () => env.disconnect()
    grain = source
    debug.grains++
  }

  const load = (t: ScratchTrack | undefined) => {
    if ((t?.assetId ?? null) === loadedId) return
    stop()
    buffer = null
    loadedId = t?.assetId ?? null
    if (!t) return scratchSession.setState({ status: 'idle', error: null })
    const id = t.assetId
    scratchSession.setState({ status: 'loading', error: null })
    loadScratchAudio(id).then(
      (d) => {
        if (loadedId !== id) return
        buffer = d.buffer
        scratchSession.setState({ status: 'idle', error: null })
        const s = store.getState()
        if (s.playing) start(sequenceNow(s), s.playbackRate)
      },
      (e: Error) => {
        if (loadedId === id) scratchSession.setState({ status: 'error', error: e.message })
      },
    )
  }

  load(track())
  const unsubscribe = store.subscribe((s, prev) => {
    const t = s.document.scratchTrack
    const before = prev.document.scratchTrack
    if (t !== before) {
      load(t)
      if (t && master && t.gainDb !== before?.gainDb) master.gain.setTargetAtTime(dbToGain(t.gainDb), ctx?.currentTime ?? 0, 0.01)
    }
    if (!t) return stop()
    const moved = s.playheadS !== prev.playheadS || s.selectedShotId !== prev.selectedShotId
    if (s.playing) {
      const restart = !prev.playing || s.playbackRate !== prev.playbackRate || t.offsetS !== before?.offsetS || t.assetId !== before?.assetId
      // a new start begins at the playhead; a change while playing (rate, offset) carries on from what is heard
      if (restart) start((prev.playing ? heardNow() : null) ?? sequenceNow(s), s.playbackRate)
      else if (moved || s.document.shots !== prev.document.shots) keepInSync(s)
    } else {
      if (prev.playing) stop()
      if (moved) playGrain(sequenceNow(s))
    }
  })
  const unsubscribeSession = scratchSession.subscribe((m, prevM) => {
    if (m.muted === prevM.muted) return
    const s = store.getState()
    if (m.muted) stop()
    else if (s.playing) start(sequenceNow(s), s.playbackRate)
  })
  describe = () => ({
    loadedAssetId: buffer ? loadedId : null,
    sourceRunning: running !== null,
    rate: running?.rate ?? null,
    restarts: debug.restarts,
    grains: debug.grains,
    contextState: ctx?.state ?? null,
  })
  return () => {
    unsubscribe()
    unsubscribeSession()
    stop()
    void ctx?.close().catch(() => {})
    ctx = null
    master = null
  }
}

let bound: (() => void) | null = null

/** Binds the app's studio store once (the lane calls this when a project has a scratch track). */
export const ensureScratchPlayback = (store: StudioStore): void => {
  bound ??= bindScratchPlayback(store)
}
