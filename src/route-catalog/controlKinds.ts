/**
 * How binding a route's camera control is, from the compile target it takes: an exact per-frame
 * path, numeric axes, named presets, or words in the prompt. A words-only route never looks as
 * binding as a numeric one: the kinds are ordered by `binding` and the UI draws them apart.
 */

export type ControlKindId = 'exact-path' | 'numeric-axes' | 'named-presets' | 'words-only'

export interface ControlKind {
  readonly id: ControlKindId
  readonly label: string
  /** 4 = the path itself is sent, 1 = words the model may or may not follow. */
  readonly binding: 1 | 2 | 3 | 4
  /** One sentence for a tooltip: what the model is actually given. */
  readonly description: string
}

export const CONTROL_KINDS: Readonly<Record<ControlKindId, ControlKind>> = {
  'exact-path': { id: 'exact-path', label: 'exact path', binding: 4, description: 'The camera path itself is sent, pose by pose: the model follows the move you designed.' },
  'numeric-axes': { id: 'numeric-axes', label: 'numeric axes', binding: 3, description: 'The move is sent as numbers on the provider’s camera axes: one axis at a time, magnitudes approximate.' },
  'named-presets': { id: 'named-presets', label: 'named presets', binding: 2, description: 'The move is sent as the provider’s named camera presets: the nearest named moves, not your exact path.' },
  'words-only': { id: 'words-only', label: 'words only', binding: 1, description: 'No camera field: the move is written into the prompt, and the model may or may not follow it.' },
}

/** The kind of control each compile target sends (targets not listed are exports, not generations). */
const KIND_OF_TARGET: Readonly<Record<string, ControlKindId>> = {
  trajectory: 'exact-path',
  'comfyui-wan-camera': 'exact-path',
  motionctrl: 'exact-path',
  kling: 'numeric-axes',
  'veo-vertex': 'named-presets',
  luma: 'named-presets',
  higgsfield: 'named-presets',
  minimax: 'named-presets',
  pixverse: 'named-presets',
  seedance: 'words-only',
  runway: 'words-only',
  veo: 'words-only',
  sora: 'words-only',
  prompt: 'words-only',
}

/** The control kind of a compile target, or undefined for a target that is not a generation payload. */
export const controlKindOf = (targetId: string): ControlKind | undefined => {
  const id = KIND_OF_TARGET[targetId]
  return id ? CONTROL_KINDS[id] : undefined
}
