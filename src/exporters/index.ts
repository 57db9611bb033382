/**
 * Compile targets that need libraries the pure tier may not import (three.js). Importing this
 * module once registers them with the compiler registry (`registerTarget`), so COMPILE_TARGETS,
 * getTarget, compileShot and compileAllTargets include them. Imported by the CLI (src/cli/main.ts),
 * the studio's compile worker and the bench; idempotent.
 */
import { registerTarget } from '../compilers/registry'
import { gltfTarget } from './gltf'

export { gltfTarget } from './gltf'

export const EXPORTER_TARGETS = [gltfTarget] as const

for (const target of EXPORTER_TARGETS) registerTarget(target)
