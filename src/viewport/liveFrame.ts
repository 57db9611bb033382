/**
 * The live frame: the selected shot evaluated at the playhead, held outside React. The store's
 * playhead subscription writes it; frame callbacks (R3F useFrame) and DOM overlays read it. It is
 * re-evaluated only when the shot object or the time changes.
 */
import { presetRegistry } from '../camera-presets/registry'
import { type ShotFrame, evaluateShot } from '../timeline/evaluate'
import type { Shot } from '../timeline/model'

export interface LiveFrameState {
  readonly shot: Shot
  readonly timeS: number
  readonly frame: ShotFrame
}

export class LiveFrameSource {
  current: LiveFrameState
  private readonly listeners = new Set<(state: LiveFrameState) => void>()

  constructor(shot: Shot, timeS: number) {
    this.current = { shot, timeS, frame: evaluateShot(shot, timeS, presetRegistry) }
  }

  /** Re-evaluate when the shot or the time changed; notifies listeners. Returns whether it changed. */
  update(shot: Shot, timeS: number): boolean {
    const c = this.current
    if (c.shot === shot && c.timeS === timeS) return false
    this.current = { shot, timeS, frame: evaluateShot(shot, timeS, presetRegistry) }
    for (const fn of this.listeners) fn(this.current)
    return true
  }

  /** Calls `fn` now and on every change; returns the unsubscribe function. */
  subscribe(fn: (state: LiveFrameState) => void): () => void {
    this.listeners.add(fn)
    fn(this.current)
    return () => void this.listeners.delete(fn)
  }
}
