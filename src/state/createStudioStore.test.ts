import { describe, expect, it } from 'vitest'
import { createStudioStore, selectCurrentShot } from './createStudioStore'
import { advancePlayback, startPlaybackLoop, type TickSource } from './playback'

const clipsOf = (store: ReturnType<typeof createStudioStore>) => selectCurrentShot(store.getState()).tracks.flatMap((t) => t.clips)

describe('studio store', () => {
  it('clicking presets builds a sequence on track 1 and selects the new move', () => {
    const store = createStudioStore()
    const a = store.getState().addPresetClip('dolly-zoom-in')
    const b = store.getState().addPresetClip('orbit-left')
    const [first, second] = clipsOf(store)
    expect(first.id).toBe(a)
    expect(second.id).toBe(b)
    expect(second.startS).toBeCloseTo(first.startS + first.durationS, 9)
    expect(store.getState().selectedClipId).toBe(b)
    // the shot grows to hold its moves
    expect(selectCurrentShot(store.getState()).durationS).toBeGreaterThanOrEqual(second.startS + second.durationS)
  })

  it('opening a project replaces the document with an empty undo history', () => {
    const store = createStudioStore()
    store.getState().addPresetClip('pan-left')
    store.getState().play()
    const other = createStudioStore().getState().document
    const next = { ...other, id: 'project:other', name: 'Other' }
    store.getState().openProject(next)
    const s = store.getState()
    expect(s.document).toBe(next)
    expect(s.history.past).toEqual([])
    expect(s.selectedShotId).toBe(next.shots[0].id)
    expect(s.selectedClipId).toBeNull()
    expect(s.playing).toBe(false)
    s.undo()
    expect(store.getState().document).toBe(next) // nothing to undo: opening is not an edit
  })

  it('refuses an unknown preset with a notice and changes nothing', () => {
    const store = createStudioStore()
    const before = store.getState().document
    expect(store.getState().addPresetClip('no-such-move')).toBeNull()
    expect(store.getState().document).toBe(before)
    expect(store.getState().notice?.tone).toBe('error')
  })

  it('undo and redo walk every document change', () => {
    const store = createStudioStore()
    const d0 = store.getState().document
    const id = store.getState().addPresetClip('pan-left')!
    const d1 = store.getState().document
    store.getState().setClipParams(id, { angle: 90 })
    const d2 = store.getState().document
    store.getState().undo()
    expect(store.getState().document).toBe(d1)
    store.getState().undo()
    expect(store.getState().document).toBe(d0)
    expect(store.getState().selectedClipId).toBeNull() // the clip no longer exists
    store.getState().redo()
    store.getState().redo()
    expect(store.getState().document).toBe(d2)
  })

  it('undo and redo bring back the selection each version had: a redone move is selected again, an undone delete too', () => {
    const store = createStudioStore()
    const a = store.getState().addPresetClip('pan-left')!
    const b = store.getState().addPresetClip('orbit-left')!
    expect(store.getState().selectedClipId).toBe(b)
    store.getState().undo()
    expect(store.getState().selectedClipId).toBe(a) // selected when orbit was added
    store.getState().redo()
    expect(store.getState().selectedClipId).toBe(b)
    // a deleted selected clip comes back selected with its undo
    store.getState().selectClip(a)
    store.getState().deleteClip(a)
    expect(store.getState().selectedClipId).toBeNull()
    store.getState().undo()
    expect(store.getState().selectedClipId).toBe(a)
    store.getState().redo()
    expect(store.getState().selectedClipId).toBeNull()
    // a drag (a gesture of many previews) is one step: its undo brings back the selection it began with
    store.getState().selectClip(b)
    store.getState().beginGesture()
    store.getState().setClipTiming(b, 1, 3)
    store.getState().setClipTiming(b, 2, 3)
    store.getState().commitGesture()
    store.getState().selectClip(null)
    store.getState().undo()
    expect(store.getState().selectedClipId).toBe(b)
  })

  it('setShotPrompt edits the named shot as one undo step', () => {
    const store = createStudioStore()
    const id = store.getState().selectedShotId
    const before = store.getState().document
    store.getState().setShotPrompt(id, { subject: 'A fox in the snow' })
    store.getState().setShotPrompt(id, { negative: 'blur' })
    expect(selectCurrentShot(store.getState()).prompt).toEqual({ subject: 'A fox in the snow', negative: 'blur' })
    const pastLength = store.getState().history.past.length
    store.getState().setShotPrompt(id, { subject: 'A fox in the snow ' }) // the same text once trimmed: no step
    expect(store.getState().history.past.length).toBe(pastLength)
    store.getState().undo()
    expect(selectCurrentShot(store.getState()).prompt).toEqual({ subject: 'A fox in the snow', negative: '' })
    store.getState().undo()
    expect(store.getState().document).toBe(before)
  })

  it('a whole drag is one undo step, and cancel restores the document', () => {
    const store = createStudioStore()
    const id = store.getState().addPresetClip('truck-left')!
    const before = store.getState().document
    const pastLength = store.getState().history.past.length
    store.getState().beginGesture()
    for (let i = 1; i <= 10; i++) store.getState().moveClip(id, i * 0.1)
    store.getState().commitGesture()
    expect(store.getState().history.past.length).toBe(pastLength + 1)
    store.getState().undo()
    expect(store.getState().document).toBe(before)

    store.getState().beginGesture()
    store.getState().moveClip(id, 2)
    store.getState().cancelGesture()
    expect(store.getState().document).toBe(before)
    expect(store.getState().history.past.length).toBe(pastLength)
  })

  it('no-op edits record no history', () => {
    const store = createStudioStore()
    const id = store.getState().addPresetClip('tilt-up')!
    const n = store.getState().history.past.length
    store.getState().moveClip(id, 0)
    store.getState().renameShot(store.getState().selectedShotId, 'Shot 1')
    expect(store.getState().history.past.length).toBe(n)
  })

  it('keeps at least one shot and selects a neighbour when the selected shot is removed', () => {
    const store = createStudioStore()
    const first = store.getState().selectedShotId
    store.getState().removeShot(first)
    expect(store.getState().document.shots).toHaveLength(1)
    store.getState().addShot()
    const second = store.getState().selectedShotId
    expect(second).not.toBe(first)
    store.getState().removeShot(second)
    expect(store.getState().selectedShotId).toBe(first)
  })

  it('frame stepping lands on the frame grid and clamps to the shot', () => {
    const store = createStudioStore()
    store.getState().stepFrames(5)
    expect(store.getState().playheadS).toBeCloseTo(5 / 24, 12)
    store.getState().stepFrames(-100)
    expect(store.getState().playheadS).toBe(0)
  })

  it('goes to the end of the shot as it is when asked (the shot grows with a longer move)', () => {
    const store = createStudioStore()
    store.getState().goToEnd()
    expect(store.getState().playheadS).toBe(5)
    store.getState().addPresetClip('orbit-360', { startS: 0 }) // 8 s: the shot grows to hold it
    const length = selectCurrentShot(store.getState()).durationS
    expect(length).toBeGreaterThan(5)
    store.getState().goToEnd()
    expect(store.getState().playheadS).toBe(length)
  })
})

describe('playback', () => {
  it('advances in real time, shows whole frames, and loops', () => {
    const store = createStudioStore()
    store.getState().play()
    const clock = advancePlayback(store, 0, 0.1)
    expect(store.getState().playheadS).toBeCloseTo(2 / 24, 12) // 0.1 s = 2.4 frames -> frame 2
    advancePlayback(store, clock, 5)
    expect(store.getState().playing).toBe(true)
    expect(store.getState().playheadS).toBeLessThan(0.2) // 5.1 s wrapped in a 5 s shot
  })

  it('runs off a tick source only while playing', () => {
    const store = createStudioStore()
    const queue: ((ms: number) => void)[] = []
    const ticks: TickSource = { request: (cb) => queue.push(cb), cancel: () => {} }
    const stop = startPlaybackLoop(store, ticks)
    store.getState().setLoop(false)
    store.getState().play()
    let now = 0
    for (let i = 0; i < 20 && queue.length; i++) {
      const cb = queue.shift()!
      cb(now)
      now += 1000 / 24
    }
    expect(store.getState().playheadS).toBeGreaterThan(0.5)
    store.getState().pause()
    const at = store.getState().playheadS
    while (queue.length) queue.shift()!((now += 40))
    expect(store.getState().playheadS).toBe(at)
    stop()
  })

  it('without loop, playback runs on into the next shot', () => {
    const store = createStudioStore()
    store.getState().addShot()
    const second = store.getState().selectedShotId
    store.getState().selectShot(store.getState().document.shots[0].id)
    store.getState().setLoop(false)
    store.getState().play()
    advancePlayback(store, 4.99, 0.05)
    expect(store.getState().selectedShotId).toBe(second)
    expect(store.getState().playheadS).toBe(0)
  })
})
