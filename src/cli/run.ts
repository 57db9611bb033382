/**
 * The CLI as a function of its arguments and an injected I/O, so it is tested without spawning.
 * Output files are written only after everything has succeeded, and atomically (see main.ts).
 */
import { registryFor } from '../camera-presets/custom'
import { compileShot, getTarget } from '../compilers'
import { APP_VERSION, loadProject, serializeProject } from '../schema'
import { parseArgs } from './args'
import { HELP } from './help'
import { checkData, formatCheck } from './check'
import { fidelityData, formatFidelity } from './fidelity'
import { formatPresets, formatTargets } from './listings'
import { buildNewProject } from './newProject'
import { GenerateError, type GenerateIo, generateVideo } from './generate'
import { base64ToBytes } from '../assets'
import type { VideoFrames } from './ffmpegVideo'
import { measureVideo } from './measure'
import { decodeLink, encodeProjectLink, encodeShotLink, mediaLeftOut } from '../share-links'

/** Past this length some apps cut a link (the studio's Share dialog warns at the same point). */
export const LONG_LINK_CHARS = 2000

export const EXIT_OK = 0
export const EXIT_INTERNAL_ERROR = 1
export const EXIT_BAD_INPUT = 2

export interface CliIo {
  /** Rejects with an Error whose message says why (see main.ts). */
  readonly readTextFile: (path: string) => Promise<string>
  /** Reads a binary file (a start image); rejects with an Error whose message says why. */
  readonly readBytesFile?: (path: string) => Promise<Uint8Array>
  /** Writes the whole file or nothing: text as UTF-8, bytes as they are. Rejects with an Error whose message says why. */
  readonly writeFile: (path: string, data: string | Uint8Array) => Promise<void>
  readonly stdout: (text: string) => void
  /** Binary output on stdout (a .glb piped into another program). */
  readonly stdoutBytes: (bytes: Uint8Array) => void
  /** True when stdout is a terminal: binary output is refused there. */
  readonly stdoutIsTerminal?: boolean
  readonly stderr: (text: string) => void
  /** For `generate`: talking to the server, waiting between polls, a fresh idempotency key. */
  readonly generate?: Omit<GenerateIo, 'stderr'>
  /** For `measure`: a video's frames (ffmpeg in Node); rejects with an Error whose message says why. */
  readonly readVideo?: (path: string) => Promise<VideoFrames>
}

class InputError extends Error {}

const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim()

const emit = async (io: CliIo, data: string | Uint8Array, outFile: string | undefined) => {
  if (outFile === undefined) return typeof data === 'string' ? io.stdout(data) : io.stdoutBytes(data)
  try {
    await io.writeFile(outFile, data)
  } catch (e) {
    throw new InputError(`cannot write '${outFile}': ${e instanceof Error ? e.message : String(e)}`)
  }
}

const readProject = async (io: CliIo, file: string) => (await readProjectFile(io, file)).project

/** The project and the media bytes its file carries (an exported file has its reference images). */
const readProjectFile = async (io: CliIo, file: string) => {
  let text: string
  try {
    text = await io.readTextFile(file)
  } catch (e) {
    throw new InputError(`cannot read project file '${file}': ${e instanceof Error ? e.message : String(e)}`)
  }
  const loaded = loadProject(text)
  if (!loaded.ok) throw new InputError(`${file}: ${loaded.error.message}`)
  return loaded
}

const checkShot = (project: { readonly shots: readonly unknown[] }, shotNumber: number) => {
  if (project.shots[shotNumber - 1]) return
  const count = project.shots.length
  throw new InputError(`Shot ${shotNumber} does not exist; the project has ${count} shot${count === 1 ? '' : 's'}.`)
}

const execute = async (argv: readonly string[], io: CliIo): Promise<void> => {
  const parsed = parseArgs(argv)
  if (!parsed.ok) throw new InputError(parsed.message)
  const cmd = parsed.value
  switch (cmd.command) {
    case 'help':
      return io.stdout(HELP)
    case 'version':
      return io.stdout(`${APP_VERSION}\n`)
    case 'presets':
      return io.stdout(formatPresets(cmd.json))
    case 'targets':
      return io.stdout(formatTargets(cmd.json))
    case 'new': {
      const built = buildNewProject(cmd)
      if (!built.ok) throw new InputError(built.message)
      return emit(io, serializeProject(built.project), cmd.outFile)
    }
    case 'compile': {
      const project = await readProject(io, cmd.projectFile)
      const compiled = compileShot(cmd.targetId, project, cmd.shotNumber - 1, registryFor(project))
      if (!compiled.ok) throw new InputError(compiled.error.message)
      if (compiled.bytes && cmd.outFile === undefined && io.stdoutIsTerminal)
        throw new InputError(`'${cmd.targetId}' is a binary file (.${getTarget(cmd.targetId)?.fileExtension ?? 'bin'}): write it with -o FILE or pipe it`)
      return emit(io, compiled.bytes ?? compiled.text, cmd.outFile)
    }
    case 'generate': {
      const loaded = await readProjectFile(io, cmd.projectFile)
      const project = loaded.project
      if (!io.generate) throw new Error('no network access in this CLI')
      if (cmd.outFile === undefined && io.stdoutIsTerminal) throw new InputError(`'generate' writes a video: give -o FILE (or pipe it)`)
      let startImage: Uint8Array | undefined
      if (cmd.startImageFile !== undefined) {
        const file = cmd.startImageFile
        if (!io.readBytesFile) throw new Error('no file access in this CLI')
        startImage = await io.readBytesFile(file).catch((e: unknown) => {
          throw new InputError(`cannot read start image '${file}': ${e instanceof Error ? e.message : String(e)}`)
        })
      }
      // without --start-image, the shot's own reference image when the file carries it (as the studio sends it)
      const reference = project.shots[cmd.shotNumber - 1]?.referenceImage
      const carried = reference && loaded.assets?.[reference.assetId]
      if (startImage === undefined && reference && carried) {
        startImage = base64ToBytes(carried.base64)
        io.stderr(`framewright: the start image is shot ${cmd.shotNumber}'s reference image (${reference.fileName})\n`)
      }
      let video: { bytes: Uint8Array }
      try {
        video = await generateVideo(project, cmd.shotNumber, cmd.routeId, cmd.server, { ...io.generate, stderr: io.stderr }, { modelId: cmd.modelId, startImage })
      } catch (e) {
        if (e instanceof GenerateError) throw new InputError(e.message)
        throw e
      }
      return emit(io, video.bytes, cmd.outFile)
    }
    case 'fidelity': {
      const project = await readProject(io, cmd.projectFile)
      const index = cmd.shotNumber - 1
      checkShot(project, cmd.shotNumber)
      return io.stdout(formatFidelity(fidelityData(project, index), cmd.json))
    }
    case 'link': {
      const project = await readProject(io, cmd.projectFile)
      if (cmd.shotNumber !== undefined) checkShot(project, cmd.shotNumber)
      const link = cmd.shotNumber === undefined ? encodeProjectLink(project) : encodeShotLink(project, cmd.shotNumber - 1)
      const linked = cmd.shotNumber === undefined ? project : { ...project, shots: [project.shots[cmd.shotNumber - 1]] }
      for (const line of mediaLeftOut(linked)) io.stderr(`framewright: note: ${line}\n`)
      if (link.length > LONG_LINK_CHARS)
        io.stderr(`framewright: note: this link is ${link.length.toLocaleString('en-US')} characters; some apps cut links longer than ${LONG_LINK_CHARS.toLocaleString('en-US')}\n`)
      return io.stdout(`${link}\n`)
    }
    case 'measure': {
      const project = cmd.projectFile !== undefined ? await readProject(io, cmd.projectFile) : undefined
      if (!io.readVideo) throw new Error('no video access in this CLI')
      const readVideo = io.readVideo
      try {
        return io.stdout(
          await measureVideo({ videoFile: cmd.videoFile, project, shotNumber: cmd.shotNumber, hfovDeg: cmd.hfovDeg, json: cmd.json }, readVideo, (line) => io.stderr(`framewright: note: ${line}\n`)),
        )
      } catch (e) {
        throw new InputError(e instanceof Error ? e.message : String(e))
      }
    }
    case 'check': {
      const project = await readProject(io, cmd.projectFile)
      return io.stdout(formatCheck(project, checkData(project), cmd.json))
    }
    case 'open': {
      const decoded = decodeLink(cmd.link)
      if (!decoded.ok) throw new InputError(decoded.error.message)
      if (decoded.kind === 'preset')
        throw new InputError(`This is a preset link ('${decoded.preset.name}'), not a project: open it in the studio to add the preset to My presets.`)
      return emit(io, serializeProject(decoded.project), cmd.outFile)
    }
  }
}

/** Run the CLI; resolves to the exit code. Errors go to stderr as one line starting "framewright: ". */
export const runCli = async (argv: readonly string[], io: CliIo): Promise<number> => {
  try {
    await execute(argv, io)
    return EXIT_OK
  } catch (e) {
    const bad = e instanceof InputError
    const message = e instanceof Error ? e.message : String(e)
    io.stderr(`framewright: ${oneLine(bad ? message : `internal error: ${message}`)}\n`)
    return bad ? EXIT_BAD_INPUT : EXIT_INTERNAL_ERROR
  }
}
