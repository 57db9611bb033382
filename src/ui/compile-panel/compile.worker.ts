/**
 * The compile panel's worker: compiles off the main thread so the viewport and timeline never wait
 * for it. Receives a CompileJob, answers a CompileReply (see protocol.ts).
 */
import '../../exporters' // the three.js-based targets (gltf) join the registry here too
import { runCompileJob } from './compileJob'
import type { CompileJob } from './protocol'

const scope = self as unknown as { onmessage: ((e: MessageEvent<CompileJob>) => void) | null; postMessage: (message: unknown) => void }

scope.onmessage = (e) => scope.postMessage(runCompileJob(e.data))
