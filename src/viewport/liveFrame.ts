/**
 * The live frame: the selected shot evaluated at the playhead, held outside React. The store's
 * playhead subscription writes it; frame callbacks (R3F useFrame) and DOM overlays read it. It is
 * re-evaluated only when the shot object, the registry (the project's custom presets) or the time changes.
 */
import { presetRegistry } from '../camera-presets/registry'
import { type ShotFrame, evaluateShot } from '../timeline/evaluate'
import type { Shot } from '../timeline/model'
import type { MoveRegistry } from '../timeline/moves'

export interface LiveFrameState {
  readonly shot: Shot
  readonly timeS: number
  readonly frame: ShotFrame
}

export class LiveFrameSource {
  current: LiveFrameState
  private readonly listeners = new Set<(state: LiveFrameState) => void>()

  private registry: MoveRegistry

  /** `registry`: the project's (registryFor(project)), so clips of its custom presets play; default: the built-ins. */
  constructor(shot: Shot, timeS: number, registry: MoveRegistry = presetRegistry) {
    this.registry = registry
    this.current = { shot, timeS, frame: evaluateShot(shot, timeS, registry) }
  }

  /** Re-evaluate when the shot, the registry or the time changed; notifies listeners. Returns whether it changed. */
  update(shot: Shot, timeS: number, registry: MoveRegistry = presetRegistry): boolean {
    const c = this.current
    if (c.shot === shot && c.timeS === timeS && registry === this.registry) return false
    this.registry = registry
    this.current = { shot, timeS, frame: evaluateShot(shot, timeS, registry) }
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
