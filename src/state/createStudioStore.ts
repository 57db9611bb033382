/**
 * The studio store: a vanilla zustand store (no React here). The document is written only by the
 * actions below, and every action calls a pure operation from `timeline/ops`. Undo covers the
 * document tier; gestures make a whole drag one step.
 */
import { createStore } from 'zustand/vanilla'
import { createClip } from '../camera-presets'
import { lookupPreset } from '../camera-presets/custom'
import { createProject, createShot } from '../timeline/defaults'
import type { Project, Shot } from '../timeline/model'
import * as mediaOps from '../timeline/mediaOps'
import * as ops from '../timeline/ops'
import { snapToFrame } from '../timeline/snap'
import { clamp } from '../core/units'
import { emptyHistory, recordChange, redoStep, undoStep } from './history'
import { createCustomPresetActions } from './customPresetActions'
import { newId } from './ids'
import type { StudioData, StudioState } from './types'

export const MIN_TIMELINE_ZOOM = 20
export const MAX_TIMELINE_ZOOM = 600

export const initialStudioData = (document: Project = createProject()): StudioData => ({
  document,
  history: emptyHistory,
  selectedShotId: document.shots[0].id,
  selectedClipId: null,
  viewLayout: 'split',
  lookThrough: false,
  timelinePixelsPerSecond: 90,
  helpOpen: false,
  rightPanelTab: 'inspector',
  guides: { thirds: true, safeAreas: true, horizon: true },
  notice: null,
  playheadS: 0,
  playing: false,
  loop: true,
  playbackRate: 1,
})

export const selectCurrentShot = (s: StudioData): Shot => ops.findShot(s.document, s.selectedShotId) ?? s.document.shots[0]

export const createStudioStore = (document?: Project) =>
  createStore<StudioState>()((set, get) => {
    /**
     * The selection each document version had when it was left (by an edit, an undo or a redo):
     * undo and redo bring it back with the document (a redone move is selected again), as far as it
     * still exists. Session state, not history: documents are immutable, so their identity is the key.
     */
    const selectionLeft = new WeakMap<Project, { readonly shotId: string; readonly clipId: string | null }>()
    const noteSelection = (doc: Project) => selectionLeft.set(doc, { shotId: get().selectedShotId, clipId: get().selectedClipId })
    /** Apply a pure document operation; records one undo step unless a gesture is in progress. */
    const edit = (fn: (doc: Project) => Project) => {
      const before = get().document
      const after = fn(before)
      if (after === before) return
      // a gesture's previews are not steps: its selection was noted when it began
      if (!get().history.gestureSnapshot) noteSelection(before)
      set({ document: after, history: recordChange(get().history, before, after) })
      keepSelectionValid()
    }
    const shotId = () => selectCurrentShot(get()).id
    const keepSelectionValid = () => {
      const s = get()
      const shot = ops.findShot(s.document, s.selectedShotId) ?? s.document.shots[0]
      const clipOk = s.selectedClipId !== null && ops.findClip(shot, s.selectedClipId) !== undefined
      set({
        selectedShotId: shot.id,
        selectedClipId: clipOk ? s.selectedClipId : null,
        playheadS: clamp(s.playheadS, 0, shot.durationS),
      })
    }
    const restore = (r: { history: StudioData['history']; document: Project } | null) => {
      if (!r) return
      noteSelection(get().document)
      const selection = selectionLeft.get(r.document)
      set({ document: r.document, history: r.history, ...(selection && { selectedShotId: selection.shotId, selectedClipId: selection.clipId }) })
      keepSelectionValid()
    }

    return {
      ...initialStudioData(document),

      undo: () => restore(undoStep(get().history, get().document)),
      redo: () => restore(redoStep(get().history, get().document)),
      beginGesture: () => {
        if (get().history.gestureSnapshot) return
        noteSelection(get().document)
        set({ history: { ...get().history, gestureSnapshot: get().document } })
      },
      commitGesture: () => {
        const h = get().history
        if (!h.gestureSnapshot) return
        const snapshot = h.gestureSnapshot
        set({ history: recordChange({ ...h, gestureSnapshot: null }, snapshot, get().document) })
      },
      cancelGesture: () => {
        const h = get().history
        if (!h.gestureSnapshot) return
        set({ document: h.gestureSnapshot, history: { ...h, gestureSnapshot: null } })
        keepSelectionValid()
      },

      replaceDocument: (project) => {
        edit(() => project)
        set({ selectedShotId: project.shots[0].id, selectedClipId: null, playheadS: 0 })
      },
      openProject: (project) =>
        set({ document: project, history: emptyHistory, selectedShotId: project.shots[0].id, selectedClipId: null, playheadS: 0, playing: false }),
      renameProject: (name) => edit((d) => ops.renameProject(d, name)),
      addShot: () => {
        const id = newId('shot')
        const doc = get().document
        const index = doc.shots.findIndex((s) => s.id === get().selectedShotId) + 1
        const base = selectCurrentShot(get())
        const shot = { ...createShot(id, `Shot ${doc.shots.length + 1}`, base.fps, base.aspect), lens: base.lens }
        shot.tracks.forEach((t, i) => Object.assign(t, { id: `${id}/track:${i + 1}` }))
        edit((d) => ops.addShot(d, shot, index))
        set({ selectedShotId: id, selectedClipId: null, playheadS: 0 })
      },
      duplicateShot: (sourceId) => {
        const doc = get().document
        const source = ops.findShot(doc, sourceId)
        if (!source) return
        const id = newId('shot')
        const copy: Shot = {
          ...source,
          id,
          name: `${source.name} copy`,
          tracks: source.tracks.map((t) => ({ id: newId('track'), clips: t.clips.map((c) => ({ ...c, id: newId('clip') })) })),
        }
        edit((d) => ops.addShot(d, copy, d.shots.indexOf(source) + 1))
        set({ selectedShotId: id, selectedClipId: null })
      },
      removeShot: (id) => {
        const doc = get().document
        if (doc.shots.length <= 1) return get().notify('A project keeps at least one shot.', 'error')
        const index = doc.shots.findIndex((s) => s.id === id)
        edit((d) => ops.removeShot(d, id))
        if (get().selectedShotId === id || !ops.findShot(get().document, get().selectedShotId)) {
          const shots = get().document.shots
          set({ selectedShotId: shots[Math.min(index, shots.length - 1)].id, selectedClipId: null, playheadS: 0 })
        }
      },
      moveShot: (id, toIndex) => edit((d) => ops.moveShot(d, id, toIndex)),
      renameShot: (id, name) => edit((d) => ops.renameShot(d, id, name)),
      updateShotSettings: (id, patch) => edit((d) => ops.updateShotSettings(d, id, patch)),
      setShotStart: (pose) => edit((d) => ops.setShotStart(d, shotId(), pose)),
      updateLens: (patch) => edit((d) => ops.updateShotLens(d, shotId(), patch)),
      updateSubject: (patch) => edit((d) => ops.updateShotSubject(d, shotId(), patch)),
      setShotPrompt: (id, patch) => edit((d) => ops.setShotPrompt(d, id, patch)),
      setShotNotes: (id, text) => edit((d) => mediaOps.setShotNotes(d, id, text)),
      setReferenceImage: (id, image) => edit((d) => mediaOps.setReferenceImage(d, id, image)),
      setScratchTrack: (track) => edit((d) => mediaOps.setScratchTrack(d, track)),
      updateScratchTrack: (patch) => edit((d) => mediaOps.updateScratchTrack(d, patch)),

      addTrack: () => edit((d) => ops.addTrack(d, shotId(), newId('track'))),
      removeTrack: (trackId) => edit((d) => ops.removeTrack(d, shotId(), trackId)),
      addPresetClip: (presetId, at) => {
        // built-in, or one of the custom presets the project carries
        const preset = lookupPreset(get().document, presetId)
        if (!preset) {
          get().notify(`Unknown preset "${presetId}".`, 'error')
          return null
        }
        const shot = selectCurrentShot(get())
        let trackId = at?.trackId
        let startS = at?.startS
        if (trackId === undefined) {
          // a click appends the move after the last one on the first track, so moves build a sequence
          const track = shot.tracks[0]
          trackId = track.id
          startS ??= track.clips.reduce((end, c) => Math.max(end, c.startS + c.durationS), 0)
        }
        const id = newId('clip')
        const clip = createClip(preset, id, snapToFrame(Math.max(0, startS ?? 0), shot.fps))
        edit((d) => ops.addClip(d, shot.id, trackId, clip))
        set({ selectedClipId: id })
        return id
      },
      moveClip: (clipId, startS, trackId) => edit((d) => ops.moveClip(d, shotId(), clipId, startS, trackId)),
      setClipTiming: (clipId, startS, durationS) => edit((d) => ops.setClipTiming(d, shotId(), clipId, startS, durationS)),
      deleteClip: (clipId) => edit((d) => ops.deleteClip(d, shotId(), clipId)),
      duplicateClip: (clipId) => {
        const id = newId('clip')
        edit((d) => ops.duplicateClip(d, shotId(), clipId, id))
        if (ops.findClip(selectCurrentShot(get()), id)) set({ selectedClipId: id })
      },
      setClipParams: (clipId, params) => edit((d) => ops.setClipParams(d, shotId(), clipId, params)),
      resetClipParams: (clipId, names) => edit((d) => ops.resetClipParams(d, shotId(), clipId, names)),
      setClipEasing: (clipId, easing) => {
        const clip = ops.findClip(selectCurrentShot(get()), clipId)?.clip
        if (clip && lookupPreset(get().document, clip.presetId)?.composite)
          return get().notify('A custom preset keeps the easing of each move it is made of; edit the preset to change them.', 'error')
        edit((d) => ops.setClipEasing(d, shotId(), clipId, easing))
      },
      ...createCustomPresetActions({ get, set, edit, currentShot: () => selectCurrentShot(get()) }),

      selectShot: (id) => {
        if (id === get().selectedShotId || !ops.findShot(get().document, id)) return
        set({ selectedShotId: id, selectedClipId: null, playheadS: 0 })
      },
      selectClip: (clipId) => set({ selectedClipId: clipId }),
      setViewLayout: (viewLayout) => set({ viewLayout }),
      setLookThrough: (lookThrough) => set({ lookThrough }),
      setTimelineZoom: (pps) => set({ timelinePixelsPerSecond: clamp(pps, MIN_TIMELINE_ZOOM, MAX_TIMELINE_ZOOM) }),
      setHelpOpen: (helpOpen) => set({ helpOpen }),
      setRightPanelTab: (rightPanelTab) => set({ rightPanelTab }),
      toggleGuide: (guide) => set({ guides: { ...get().guides, [guide]: !get().guides[guide] } }),
      notify: (text, tone = 'info') => set({ notice: { text, tone } }),

      setPlayhead: (t) => set({ playheadS: clamp(Number.isFinite(t) ? t : 0, 0, selectCurrentShot(get()).durationS) }),
      goToEnd: () => set({ playheadS: selectCurrentShot(get()).durationS }),
      play: (rate = 1) => {
        const shot = selectCurrentShot(get())
        // playing forward from the very end starts over
        if (rate > 0 && get().playheadS >= shot.durationS - 1e-9) set({ playheadS: 0 })
        set({ playing: rate !== 0, playbackRate: rate === 0 ? 1 : rate })
      },
      pause: () => set({ playing: false, playbackRate: 1 }),
      togglePlay: () => (get().playing ? get().pause() : get().play(1)),
      setLoop: (loop) => set({ loop }),
      stepFrames: (frames) => {
        const shot = selectCurrentShot(get())
        const frame = Math.round(get().playheadS * shot.fps) + frames
        set({ playing: false, playheadS: clamp(frame / shot.fps, 0, shot.durationS) })
      },
    }
  })

export type StudioStore = ReturnType<typeof createStudioStore>
