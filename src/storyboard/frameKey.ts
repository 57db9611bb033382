/**
 * The key of a shot's storyboard frames: a hash of everything that shapes its picture (framing, lens,
 * subject, moves, timing, aspect, fps, the scene and the custom presets it can name), not its name,
 * words, notes or reference image, and the frame size. Equal keys draw equal frames, so a cache keyed
 * on it stays valid while only notes or names change.
 */
import { canonicalJson, hash64 } from '../takes/fingerprint'
import type { Project, Shot } from '../timeline/model'

export const storyboardFrameKey = (shot: Shot, project: Pick<Project, 'scene' | 'customPresets'>, size: string): string => {
  const { name: _name, prompt: _prompt, notes: _notes, referenceImage: _image, id: _id, ...design } = shot
  return `${size}:${hash64(canonicalJson({ design, scene: project.scene, presets: project.customPresets }))}`
}
