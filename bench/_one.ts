import { presetRegistry } from '../src/camera-presets'
import { compileShot } from '../src/compilers'
import { onePresetProject } from '../src/compilers/__fixtures__/projects'
for (const [t, p] of [['luma', 'pan-left'], ['luma', 'tilt-up'], ['kling', 'tilt-up'], ['pixverse', 'zoom-in'], ['kling', 'pan-left']]) {
  const r = compileShot(t, onePresetProject(p), 0, presetRegistry)
  if (r.ok) console.log(t, p, r.fidelity.score.toFixed(2), JSON.stringify({ kept: r.fidelity.kept, approximated: r.fidelity.approximated, dropped: r.fidelity.dropped }), (r.payload as any)?.camera_control ?? (r.payload as any)?.concepts ?? (r.payload as any)?.camera_movement)
}
