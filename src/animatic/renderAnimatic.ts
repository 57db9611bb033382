/**
 * renderAnimatic (a lazy chunk): the whole sequence as one MP4, shot after shot with cuts. Each shot
 * shows its chosen take's video where it has a finished one (letterboxed to the sequence size), the
 * parts of its chosen chained generation one after another (each fitted to its window of the shot),
 * its previs otherwise; an optional burnt-in overlay; the scratch track (its window on the sequence,
 * silence-padded, with its gain) as AAC, or Opus where no AAC encoder can be had. H.264 video (VP9 in
 * the MP4 where H.264 cannot be encoded). Progress per frame; cancel with the signal.
 */
import { AudioBufferSource, BufferTarget, CanvasSource, Mp4OutputFormat, Output, canEncodeVideo } from 'mediabunny'
import type { ScratchTrack } from '../timeline/media'
import type { Project } from '../timeline/model'
import type { MoveRegistry } from '../timeline/moves'
import { mixWindow } from './core/audioWindow'
import { type AudioCodecChoice, encoderDelaySamples } from './core/audioCodec'
import { activeMoveNames, overlayText } from './core/overlay'
import { type SequencePlan, planSequence } from './core/sequencePlan'
import { type ShotSource, type SourceTake, chooseSource, isRetimed } from './core/sources'
import { AUDIO_BITRATE, detectAudioCodec, prepareAudioCodec } from './audioEncoding'
import { drawOverlay } from './overlayDraw'
import { SCRATCH_SAMPLE_RATE, channelsOf, loadScratchAudio } from './scratchAudio'
import { type ShotFrameSource, openChainFrames, openPrevisFrames, openTakeFrames } from './shotFrames'

export interface AnimaticProgress {
  readonly framesDone: number
  readonly frameCount: number
  readonly framesPerSecond: number
  readonly secondsLeft: number | null
  /** "Shot 2 of 3 (chosen take)". */
  readonly phase: string
}

export interface AnimaticRequest {
  readonly project: Project
  /** The moves the shots' clips name (registryFor(project)). */
  readonly registry: MoveRegistry
  /** The project's takes (only a chosen, finished take with a video is used). */
  readonly takes: readonly SourceTake[]
  /** A take's video file, or undefined when this browser no longer has it. */
  readonly takeVideo: (takeId: string) => Promise<Blob | undefined>
  readonly width: number
  readonly height: number
  readonly overlay: boolean
  /** Move names for the overlay. */
  readonly moveName: (presetId: string) => string
  readonly signal?: AbortSignal
  readonly onProgress?: (p: AnimaticProgress) => void
  /** Opus instead of AAC (where Opus can be encoded); default: AAC where it can be had. */
  readonly preferOpus?: boolean
  /** The scratch track's decoded audio (default: from the asset store). */
  readonly scratchAudio?: (track: ScratchTrack) => Promise<AudioBuffer>
}

export interface AnimaticResult {
  readonly blob: Blob
  readonly width: number
  readonly height: number
  readonly fps: number
  readonly frameCount: number
  readonly durationS: number
  readonly videoCodec: 'avc' | 'vp9'
  readonly audio: { readonly codec: 'aac' | 'opus'; readonly label: string; readonly channels: number } | null
  /** What each shot showed (a take whose video was missing or unreadable is reported as previs). */
  readonly sources: readonly ShotSource[]
  readonly notes: readonly string[]
}

const abortError = () => new DOMException('The animatic render was canceled.', 'AbortError')
const throwIfAborted = (signal?: AbortSignal) => {
  if (signal?.aborted) throw abortError()
}

/** About 0.16 bits per pixel per frame, 1-40 Mbit/s (as the previs). */
const videoBitrate = (w: number, h: number, fps: number) => Math.round(Math.min(40e6, Math.max(1e6, w * h * fps * 0.16)))

/** Adds the scratch track's window to the encoder in half-second chunks, as the video reaches them. */
const createAudioFeed = (source: AudioBufferSource, track: ScratchTrack, buffer: AudioBuffer, codec: AudioCodecChoice['codec'], plan: SequencePlan) => {
  const rate = SCRATCH_SAMPLE_RATE
  const channels = channelsOf(buffer).slice(0, 2)
  const delay = encoderDelaySamples(codec)
  const total = Math.max(0, Math.round(plan.durationS * rate) - delay)
  const chunk = rate / 2
  let added = 0
  return {
    channels: channels.length,
    /** Adds audio up to the sequence time `untilS` (all of it when undefined). */
    async feed(untilS?: number) {
      const target = untilS === undefined ? total : Math.min(total, Math.ceil(untilS * rate))
      while (added < target) {
        const length = Math.min(chunk, total - added)
        const mixed = mixWindow(channels, rate, track.offsetS, track.gainDb, (delay + added) / rate, length / rate)
        const out = new AudioBuffer({ length, numberOfChannels: channels.length, sampleRate: rate })
        mixed.forEach((c, i) => out.copyToChannel(c as Float32Array<ArrayBuffer>, i))
        await source.add(out)
        added += length
      }
    },
  }
}

export const renderAnimatic = async (req: AnimaticRequest): Promise<AnimaticResult> => {
  const { project, width, height, signal } = req
  throwIfAborted(signal)
  const plan = planSequence(project.shots)
  const { fps } = plan
  const notes: string[] = plan.fpsNote ? [plan.fpsNote] : []
  const bitrate = videoBitrate(width, height, fps)
  const videoCodec = (await canEncodeVideo('avc', { width, height, bitrate })) ? 'avc' : (await canEncodeVideo('vp9', { width, height, bitrate })) ? 'vp9' : null
  if (!videoCodec) throw new Error(`This browser can encode neither H.264 nor VP9 video at ${width}x${height}.`)
  if (videoCodec === 'vp9') notes.push('This browser cannot encode H.264 here, so the animatic’s video is VP9 (in the MP4).')

  // the scratch track, decoded, and the codec for it
  const track = project.scratchTrack
  let audioBuffer: AudioBuffer | null = null
  let audioChoice: AudioCodecChoice | null = null
  if (track) {
    try {
      audioBuffer = await (req.scratchAudio ?? (async (t) => (await loadScratchAudio(t.assetId)).buffer))(track)
    } catch (e) {
      notes.push(`${(e as Error).message} This animatic has no audio.`)
    }
  }
  if (audioBuffer) {
    audioChoice = await detectAudioCodec(Math.min(2, audioBuffer.numberOfChannels), req.preferOpus)
    if (audioChoice) await prepareAudioCodec(audioChoice)
    else notes.push('This browser can encode neither AAC nor Opus audio, so this animatic has no audio.')
  }
  throwIfAborted(signal)

  const canvas = document.createElement('canvas')
  canvas.width = width
  canvas.height = height
  const g = canvas.getContext('2d', { alpha: false })
  if (!g) throw new Error('The animatic needs a 2D canvas, which this browser could not give.')

  const target = new BufferTarget()
  const output = new Output({ format: new Mp4OutputFormat({ fastStart: 'in-memory' }), target })
  const video = new CanvasSource(canvas, { codec: videoCodec, bitrate, latencyMode: 'quality' })
  output.addVideoTrack(video, { frameRate: fps })
  const audioSource = audioChoice ? new AudioBufferSource({ codec: audioChoice.codec, bitrate: AUDIO_BITRATE }) : null
  if (audioSource) output.addAudioTrack(audioSource)
  output.setMetadataTags({ title: `${project.name} — animatic`, comment: 'Framewright animatic' })

  const sources: ShotSource[] = []
  let frames: ShotFrameSource | null = null
  const startMs = performance.now()
  try {
    await output.start()
    const audio = audioSource && track && audioBuffer && audioChoice ? createAudioFeed(audioSource, track, audioBuffer, audioChoice.codec, plan) : null
    let done = 0
    for (const planned of plan.shots) {
      throwIfAborted(signal)
      const shot = project.shots[planned.index]
      let source = chooseSource(shot.id, req.takes)
      frames = null
      if (source.kind === 'previs' && source.note) notes.push(`Shot ${planned.index + 1}: ${source.note}; its previs was used.`)
      if (source.kind === 'take') {
        const blob = await req.takeVideo(source.takeId).catch(() => undefined)
        if (!blob) notes.push(`The chosen take of shot ${planned.index + 1} is not in this browser any more; its previs was used.`)
        else
          try {
            const { videoDurationS } = source
            frames = await openTakeFrames(blob, g, width, height, fps, planned.frameCount, { shotDurationS: shot.durationS, videoDurationS })
            if (isRetimed(shot.durationS, videoDurationS, fps))
              notes.push(
                `The chosen take of shot ${planned.index + 1} is ${videoDurationS.toFixed(1)} s for a ${shot.durationS.toFixed(1)} s shot: it plays at ${(videoDurationS / shot.durationS).toFixed(2)}x to fit, as the route spread the move over its clip.`,
              )
          } catch (e) {
            notes.push(`The chosen take of shot ${planned.index + 1} could not be read (${(e as Error).message}); its previs was used.`)
          }
        if (!frames) source = { kind: 'previs' }
      } else if (source.kind === 'chain') {
        const blobs = await Promise.all(source.parts.map((p) => req.takeVideo(p.takeId).catch(() => undefined)))
        const missing = blobs.findIndex((b) => !b)
        if (missing >= 0) notes.push(`Part ${missing + 1} of the chosen chained generation of shot ${planned.index + 1} is not in this browser any more; its previs was used.`)
        else
          try {
            frames = await openChainFrames(blobs as Blob[], source.parts, g, width, height, fps, planned.frameCount)
          } catch (e) {
            notes.push(`The chosen chained generation of shot ${planned.index + 1} could not be read (${(e as Error).message}); its previs was used.`)
          }
        if (!frames) source = { kind: 'previs' }
      }
      frames ??= await openPrevisFrames(shot, project.scene, req.registry, g, width, height, fps)
      sources.push(source)
      const phase = `Shot ${planned.index + 1} of ${plan.shots.length} (${source.kind === 'take' ? 'chosen take' : source.kind === 'chain' ? 'chosen chain' : 'previs'})`
      for (let k = 0; k < planned.frameCount; k++) {
        throwIfAborted(signal)
        await frames.draw(k)
        if (req.overlay) {
          const i = planned.firstFrame + k
          drawOverlay(g, width, height, overlayText({ shotNumber: planned.index + 1, shotName: shot.name, sequenceFrame: i, frameInShot: k, fps, moveNames: activeMoveNames(shot.tracks, k / fps, req.moveName) }))
        }
        const i = planned.firstFrame + k
        await video.add(i / fps, 1 / fps)
        await audio?.feed((i + 1) / fps)
        done++
        const elapsedS = (performance.now() - startMs) / 1000
        const perS = elapsedS > 0 ? done / elapsedS : 0
        req.onProgress?.({ framesDone: done, frameCount: plan.totalFrames, framesPerSecond: perS, secondsLeft: perS > 0 ? (plan.totalFrames - done) / perS : null, phase })
        await new Promise<void>((r) => setTimeout(r, 0))
      }
      frames.dispose()
      frames = null
    }
    throwIfAborted(signal)
    await audio?.feed()
    await output.finalize()
    throwIfAborted(signal)
    if (!target.buffer) throw new Error('The animatic came out empty.')
    return {
      blob: new Blob([target.buffer], { type: 'video/mp4' }),
      width,
      height,
      fps,
      frameCount: plan.totalFrames,
      durationS: plan.durationS,
      videoCodec,
      audio: audioChoice && audio ? { codec: audioChoice.codec, label: audioChoice.label, channels: audio.channels } : null,
      sources,
      notes,
    }
  } catch (e) {
    frames?.dispose()
    if (output.state !== 'finalized' && output.state !== 'canceled') await output.cancel().catch(() => {})
    if (signal?.aborted) throw abortError()
    const message = e instanceof Error ? e.message : String(e)
    throw new Error(message.startsWith('The ') || message.startsWith('This ') ? message : `The animatic could not be rendered: ${message}`, { cause: e })
  }
}
