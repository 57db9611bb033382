/** Helpers shared by the exact per-frame targets (realestate10k, motionctrl, comfyui-wan-camera, nuke-chan, usda, ae-jsx). */
export * from './pose'
export * from './intrinsics'
export * from './frames'
export * from './textDiff'
export * from './textWriter'
