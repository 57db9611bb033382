/**
 * A ComfyUI API-format workflow (research/open-models.md section 5: an object keyed by node id,
 * each node `{ class_type, inputs }`, a link is `[nodeId, outputIndex]`) for Wan Fun Camera
 * (Wan2.1-Fun-V1.1 Control-Camera, section 3) that carries our exact per-frame camera path.
 *
 * Why these nodes (open-models.md sections 3.2-3.4, checked against aigc-apps/VideoX-Fun
 * comfyui/comfyui_nodes.py and comfyui/wan2_1_fun/nodes.py):
 * - ComfyUI core `WanCameraEmbedding` takes presets only (no custom path), so it cannot carry this move.
 * - kijai's `WanVideoFunCameraEmbeds` takes CAMERACTRL_POSES from a pose *file* in ComfyUI's input
 *   folder (AnimateDiff-Evolved loaders): not self-contained.
 * - VideoX-Fun's own sampler (`WanFunV2VSampler`, registered under that name for Wan 2.1 Fun) has
 *   the optional input `camera_conditions` (STRING, forceInput): a JSON list of rows of 18 numbers
 *   [fx, fy, cx, cy, 0, 0, 12 world-to-camera values] (RealEstate10K rows without the timestamp;
 *   the sampler prepends it and runs the CameraCtrl pose code). We embed the rows in a core
 *   `PrimitiveStringMultiline` node linked to it (a literal for a forceInput STRING is not
 *   guaranteed to validate, open-models.md section 8 item 3).
 * Model loading is VideoX-Fun's `LoadWanFunModel` (model 'Wan2.1-Fun-V1.1-1.3B-Control-Camera',
 * model_type 'Control'); prompts are its `FunTextBox` (STRING_PROMPT); the start image is core
 * `LoadImage`; the video is written by VideoHelperSuite's `VHS_VideoCombine`, as in VideoX-Fun's
 * own camera-control workflow.
 *
 * Rows: poses in OpenCV axes, world frame not re-based (the sampler makes them relative to row 1);
 * intrinsics square-pixel focal / gate pre-compensated for the sampler's 1280x720 assumption
 * (exact/intrinsics.ts), so the generated clip has the designed field of view at any size of the
 * shot's aspect. `video_length` is the row count, 4k+1 (the sampler's step; at most 161).
 */
import type { Gate } from '../../core/camera/lens'
import type { Seconds } from '../../core/units'
import type { ShotFrame } from '../../timeline'
import type { ReconstructedFrame } from '../types'
import { TextWriter, cameraRow, frameFromCameraRow, parseNum, spreadTimes } from '../exact'

/** Wan Fun Camera's frame rate (trained at 81 frames, 16 fps). */
export const WAN_FPS = 16
export const WAN_TRAINED_FRAMES = 81
/** `video_length` limit of WanFunV2VSampler (INT, min 1, max 161, step 4). */
export const WAN_MAX_FRAMES = 161
export const WAN_MODEL = 'Wan2.1-Fun-V1.1-1.3B-Control-Camera'
export const START_IMAGE_PLACEHOLDER = 'framewright_start_frame.png'
export const DEFAULT_PROMPT = 'Cinematic live-action shot, smooth continuous camera movement, consistent scene and lighting, natural motion, high detail.'
export const DEFAULT_NEGATIVE_PROMPT = 'Blurring, mutation, deformation, distortion, flicker, text, watermark, comics.'

export type ComfyLink = readonly [string, number]
export type ComfyInput = string | number | boolean | ComfyLink
export interface ComfyNode {
  readonly class_type: string
  readonly inputs: Readonly<Record<string, ComfyInput>>
  readonly _meta?: { readonly title: string }
}
export type ComfyGraph = Readonly<Record<string, ComfyNode>>

/**
 * The node classes this workflow uses, with their output types and the types of the inputs we
 * link, as declared in their source (open-models.md sections 3 and 5).
 */
export const COMFY_NODE_CLASSES: Readonly<
  Record<string, { readonly source: string; readonly outputs: readonly string[]; readonly required: readonly string[]; readonly linkTypes: Readonly<Record<string, string>> }>
> = {
  LoadWanFunModel: {
    source: 'aigc-apps/VideoX-Fun comfyui/wan2_1_fun/nodes.py',
    outputs: ['FunModels'],
    required: ['model', 'model_type', 'GPU_memory_mode', 'config', 'precision'],
    linkTypes: {},
  },
  FunTextBox: { source: 'aigc-apps/VideoX-Fun comfyui/comfyui_nodes.py', outputs: ['STRING_PROMPT'], required: ['prompt'], linkTypes: {} },
  LoadImage: { source: 'comfyanonymous/ComfyUI nodes.py', outputs: ['IMAGE', 'MASK'], required: ['image'], linkTypes: {} },
  PrimitiveStringMultiline: { source: 'comfyanonymous/ComfyUI comfy_extras/nodes_primitive.py', outputs: ['STRING'], required: ['value'], linkTypes: {} },
  WanFunV2VSampler: {
    source: 'aigc-apps/VideoX-Fun comfyui/wan2_1_fun/nodes.py',
    outputs: ['IMAGE'],
    required: [
      'funmodels',
      'prompt',
      'negative_prompt',
      'video_length',
      'base_resolution',
      'seed',
      'steps',
      'cfg',
      'denoise_strength',
      'scheduler',
      'shift',
      'teacache_threshold',
      'enable_teacache',
      'num_skip_start_steps',
      'teacache_offload',
      'cfg_skip_ratio',
    ],
    linkTypes: { funmodels: 'FunModels', prompt: 'STRING_PROMPT', negative_prompt: 'STRING_PROMPT', start_image: 'IMAGE', camera_conditions: 'STRING' },
  },
  VHS_VideoCombine: {
    source: 'Kosinkadink/ComfyUI-VideoHelperSuite (used by VideoX-Fun wan2.1_fun_workflow_control_camera.json)',
    outputs: ['VHS_FILENAMES'],
    required: ['images', 'frame_rate', 'loop_count', 'filename_prefix', 'format', 'pingpong', 'save_output'],
    linkTypes: { images: 'IMAGE' },
  },
}

/** Frames for a window of `durationS` at 16 fps: the nearest 4k+1 count covering it. */
export const wanFrameCount = (durationS: Seconds): number => 4 * Math.max(1, Math.round((durationS * WAN_FPS) / 4)) + 1

/** One camera row: [fx, fy, cx, cy, 0, 0, w2c 3x4 row-major]. */
export const wanCameraRow = (frame: Pick<ShotFrame, 'position' | 'quaternion' | 'focalLengthMm'>, gate: Gate): number[] => cameraRow(frame, gate)

/** The `camera_conditions` text: a JSON list, one row per line. */
export const formatCameraConditions = (rows: readonly number[][]): string => {
  const w = new TextWriter(rows.length * 200).text('[\n')
  rows.forEach((r, i) => w.text('[').nums(r, ', ').text(i < rows.length - 1 ? '],\n' : ']\n'))
  return w.text(']').toString()
}

export interface WanWorkflowOptions {
  readonly frames: readonly Pick<ShotFrame, 'position' | 'quaternion' | 'focalLengthMm'>[]
  readonly gate: Gate
  readonly prompt?: string
  readonly negativePrompt?: string
  readonly shotLabel?: string
}

export const buildWanCameraWorkflow = (o: WanWorkflowOptions): ComfyGraph => {
  const cameraText = formatCameraConditions(o.frames.map((f) => wanCameraRow(f, o.gate)))
  const n = o.frames.length
  return {
    '1': {
      class_type: 'LoadWanFunModel',
      inputs: { model: WAN_MODEL, model_type: 'Control', GPU_memory_mode: 'model_cpu_offload', config: 'wan2.1/wan_civitai.yaml', precision: 'bf16' },
      _meta: { title: 'Load Wan Fun Camera model (or Wan2.1-Fun-V1.1-14B-Control-Camera)' },
    },
    '2': { class_type: 'FunTextBox', inputs: { prompt: o.prompt ?? DEFAULT_PROMPT }, _meta: { title: 'Prompt: describe the scene of the start image' } },
    '3': { class_type: 'FunTextBox', inputs: { prompt: o.negativePrompt ?? DEFAULT_NEGATIVE_PROMPT }, _meta: { title: 'Negative prompt' } },
    '4': {
      class_type: 'LoadImage',
      inputs: { image: START_IMAGE_PLACEHOLDER },
      _meta: { title: `Start image: replace ${START_IMAGE_PLACEHOLDER} with frame 1 of the shot (upload it to ComfyUI's input folder)` },
    },
    '5': {
      class_type: 'PrimitiveStringMultiline',
      inputs: { value: cameraText },
      _meta: { title: `Framewright camera path${o.shotLabel ? ` (${o.shotLabel})` : ''}: ${n} rows [fx, fy, cx, cy, 0, 0, world-to-camera 3x4, OpenCV axes]` },
    },
    '6': {
      class_type: 'WanFunV2VSampler',
      inputs: {
        funmodels: ['1', 0],
        prompt: ['2', 0],
        negative_prompt: ['3', 0],
        video_length: n,
        base_resolution: 640,
        seed: 43,
        steps: 50,
        cfg: 6,
        denoise_strength: 1,
        scheduler: 'Flow',
        shift: 5,
        teacache_threshold: 0.1,
        enable_teacache: true,
        num_skip_start_steps: 5,
        teacache_offload: true,
        cfg_skip_ratio: 0,
        start_image: ['4', 0],
        camera_conditions: ['5', 0],
      },
      _meta: { title: 'Wan Fun sampler with camera control' },
    },
    '7': {
      class_type: 'VHS_VideoCombine',
      inputs: {
        images: ['6', 0],
        frame_rate: WAN_FPS,
        loop_count: 0,
        filename_prefix: 'framewright/wan-fun-camera',
        format: 'video/h264-mp4',
        pix_fmt: 'yuv420p',
        crf: 19,
        save_metadata: true,
        trim_to_audio: false,
        pingpong: false,
        save_output: true,
      },
      _meta: { title: 'Save video (16 fps)' },
    },
  }
}

const isLink = (v: unknown): v is ComfyLink => Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'number'

/** The camera rows the graph feeds to the sampler's `camera_conditions`, and its `video_length`. */
export const cameraConditionsOf = (graph: ComfyGraph): { rows: number[][]; videoLength: number } => {
  const sampler = Object.values(graph).find((n) => n.class_type === 'WanFunV2VSampler')
  if (!sampler) throw new Error('ComfyUI workflow: no WanFunV2VSampler node')
  const link = sampler.inputs.camera_conditions
  const source = isLink(link) ? graph[link[0]]?.inputs.value : link
  if (typeof source !== 'string') throw new Error('ComfyUI workflow: camera_conditions is not linked to a string')
  const data = JSON.parse(source) as unknown
  if (!Array.isArray(data)) throw new Error('ComfyUI workflow: camera_conditions is not a JSON list')
  const rows = data.map((row, i) => {
    if (!Array.isArray(row) || row.length !== 18) throw new Error(`ComfyUI workflow: camera row ${i + 1} has no 18 numbers`)
    return row.map((v) => parseNum(String(v), `value in camera row ${i + 1}`))
  })
  const videoLength = sampler.inputs.video_length
  if (typeof videoLength !== 'number') throw new Error('ComfyUI workflow: video_length is not a number')
  return { rows, videoLength }
}

/**
 * Read the camera path back from a workflow: frames at shot time i * duration / (n - 1) (the window
 * resampled to n = video_length frames). Throws on a malformed graph.
 */
export const parseWanCameraWorkflow = (text: string, o: { durationS: Seconds; gate: Gate }): ReconstructedFrame[] => {
  const { rows, videoLength } = cameraConditionsOf(JSON.parse(text) as ComfyGraph)
  if (rows.length < videoLength) throw new Error(`ComfyUI workflow: ${rows.length} camera rows for video_length ${videoLength}`)
  const used = rows.slice(0, videoLength)
  const times = spreadTimes(used.length, o.durationS)
  return used.map((r, i) => frameFromCameraRow(times[i], r, o.gate))
}
