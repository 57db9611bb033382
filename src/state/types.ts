import type { CameraPose } from '../core/camera/pose'
import type { Easing } from '../core/math/easing'
import type { Seconds } from '../core/units'
import type { LensSetup, Project } from '../timeline/model'
import type { ReferenceImage, ScratchTrack } from '../timeline/media'
import type { ShotSettings } from '../timeline/ops'
import type { ShotPrompt } from '../timeline/prompt'
import type { ParamValues } from '../timeline/params'
import type { SubjectSpec } from '../timeline/subject'
import type { HistoryState } from './history'
import type { CustomPresetDefinition } from '../timeline/customPreset'
import type { ExposeRequest } from '../camera-presets/custom'

export type ViewLayout = 'split' | 'pip' | 'director' | 'lens'
export type RightPanelTab = 'inspector' | 'compile' | 'takes'

/** Tiers: `document` is undoable and saved; session is per-user UI state; playback is frame-rate state. */
export interface StudioData {
  readonly document: Project
  readonly history: HistoryState
  // session
  readonly selectedShotId: string
  readonly selectedClipId: string | null
  readonly viewLayout: ViewLayout
  /** The director view looks through the shot camera; navigating edits the starting framing. */
  readonly lookThrough: boolean
  readonly timelinePixelsPerSecond: number
  readonly helpOpen: boolean
  /** Which panel the right column shows. */
  readonly rightPanelTab: RightPanelTab
  readonly guides: { readonly thirds: boolean; readonly safeAreas: boolean; readonly horizon: boolean }
  /** A short message for the status bar (errors and confirmations). */
  readonly notice: { readonly text: string; readonly tone: 'info' | 'error' } | null
  // playback (frame-rate: read with getState()/subscribe, never with a re-rendering selector)
  readonly playheadS: Seconds
  readonly playing: boolean
  readonly loop: boolean
  /** Shuttle rate for J/K/L: 1 = real time forward, -2 = double speed backwards. */
  readonly playbackRate: number
}

export interface StudioActions {
  // history
  undo(): void
  redo(): void
  beginGesture(): void
  commitGesture(): void
  cancelGesture(): void
  // project and shots
  replaceDocument(project: Project): void
  /** Opens another project (library, import): replaces the document with an empty undo history; opening is not an edit. */
  openProject(project: Project): void
  renameProject(name: string): void
  addShot(): void
  duplicateShot(shotId: string): void
  removeShot(shotId: string): void
  moveShot(shotId: string, toIndex: number): void
  renameShot(shotId: string, name: string): void
  updateShotSettings(shotId: string, patch: ShotSettings): void
  setShotStart(pose: CameraPose): void
  updateLens(patch: Partial<LensSetup>): void
  updateSubject(patch: Partial<SubjectSpec>): void
  /** What the shot is of, in words; one undo step per call (fields commit on blur, not per key). */
  setShotPrompt(shotId: string, patch: Partial<ShotPrompt>): void
  /** The shot's storyboard notes; one undo step per call (the field commits on blur); empty removes them. */
  setShotNotes(shotId: string, text: string): void
  /** The shot's reference image (its bytes already in the asset store); null removes it. One undo step. */
  setReferenceImage(shotId: string, image: ReferenceImage | null): void
  /** The project's scratch audio track (its bytes already in the asset store); null removes it. */
  setScratchTrack(track: ScratchTrack | null): void
  /** Moves the scratch track or sets its gain (wrap a drag in begin/commitGesture for one undo step). */
  updateScratchTrack(patch: Partial<Pick<ScratchTrack, 'offsetS' | 'gainDb'>>): void
  // tracks and clips (on the selected shot)
  addTrack(): void
  removeTrack(trackId: string): void
  /** Places a preset as a new clip; returns the clip id. Default: at the playhead on the first track with room. */
  addPresetClip(presetId: string, at?: { trackId?: string; startS?: Seconds }): string | null
  moveClip(clipId: string, startS: Seconds, trackId?: string): void
  setClipTiming(clipId: string, startS: Seconds, durationS: Seconds): void
  deleteClip(clipId: string): void
  duplicateClip(clipId: string): void
  setClipParams(clipId: string, params: ParamValues): void
  resetClipParams(clipId: string, names?: readonly string[]): void
  setClipEasing(clipId: string, easing: Easing): void
  // custom presets (document tier: undoable, saved with the project)
  /**
   * Saves clips of the selected shot as a new custom preset the project carries (one undo step);
   * the clips stay as they are. Exposure targets name clips by id (or parts by index).
   */
  saveClipsAsPreset(clipIds: readonly string[], options: SavePresetOptions): SavePresetResult
  /** Replaces a custom preset (an edit): its revision goes up when its motion changes, and its clips are refitted. */
  updateCustomPreset(definition: CustomPresetDefinition): boolean
  renameCustomPreset(presetId: string, name: string): void
  /**
   * Removes a custom preset from the project. One that clips use is refused (`usedBy` says how many)
   * unless `bake` is set: then those clips are first replaced by the moves it is made of, so the shots
   * move exactly as before (one undo step).
   */
  deleteCustomPreset(presetId: string, options?: { bake?: boolean }): { ok: true } | { ok: false; usedBy: number }
  /** Adds a definition from a file, a link or My presets (a later revision of one it carries replaces it). */
  addCustomPreset(definition: CustomPresetDefinition): boolean
  /** Places a clip of a custom preset, copying its definition into the project first when needed (one undo step). */
  addCustomPresetClip(definition: CustomPresetDefinition, at?: { trackId?: string; startS?: Seconds }): string | null
  // session
  selectShot(shotId: string): void
  selectClip(clipId: string | null): void
  setViewLayout(layout: ViewLayout): void
  setLookThrough(on: boolean): void
  setTimelineZoom(pixelsPerSecond: number): void
  setHelpOpen(open: boolean): void
  setRightPanelTab(tab: RightPanelTab): void
  toggleGuide(guide: keyof StudioData['guides']): void
  notify(text: string, tone?: 'info' | 'error'): void
  // playback
  setPlayhead(timeS: Seconds): void
  /** The playhead to the current shot's end (its length read when called). */
  goToEnd(): void
  play(rate?: number): void
  pause(): void
  togglePlay(): void
  setLoop(loop: boolean): void
  stepFrames(frames: number): void
}

export interface SavePresetOptions {
  readonly name: string
  readonly description?: string
  /** Default: the category of the longest part. */
  readonly category?: string
  /** The parameters kept open; everything else is baked. */
  readonly exposed?: readonly ExposeRequest[]
}

export type SavePresetResult = { readonly ok: true; readonly preset: CustomPresetDefinition } | { readonly ok: false; readonly message: string }

export type StudioState = StudioData & StudioActions
