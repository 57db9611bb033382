/**
 * The fake ComfyUI's prompt validation, after ComfyUI's execution.validate_prompt
 * (research/open-models.md section 5): the node classes it knows are the ones the Wan camera
 * workflow uses (COMFY_NODE_CLASSES), and a failure is ComfyUI's 400 body
 * `{ error: { type, message, details, extra_info }, node_errors: { id: { errors, dependent_outputs, class_type } } }`.
 */
import { COMFY_NODE_CLASSES, WAN_MAX_FRAMES } from '../../../src/compilers/comfyui-wan-camera/workflow'

export interface ComfyErrorBody {
  readonly error: { readonly type: string; readonly message: string; readonly details: string; readonly extra_info: Record<string, unknown> }
  readonly node_errors: Record<string, { errors: ComfyReason[]; dependent_outputs: string[]; class_type: string }>
}
interface ComfyReason {
  readonly type: string
  readonly message: string
  readonly details: string
  readonly extra_info: Record<string, unknown>
}

const OUTPUT_NODES = new Set(['VHS_VideoCombine'])
const top = (type: string, message: string, details = ''): ComfyErrorBody => ({ error: { type, message, details, extra_info: {} }, node_errors: {} })
const obj = (v: unknown): Record<string, unknown> | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined)
const isLink = (v: unknown): v is [string, number] => Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'number'

const reasons = (id: string, graph: Record<string, Record<string, unknown>>, inputFiles: ReadonlySet<string>): ComfyReason[] => {
  const node = graph[id]
  const spec = COMFY_NODE_CLASSES[node.class_type as string]
  const inputs = obj(node.inputs) ?? {}
  const out: ComfyReason[] = []
  for (const name of spec.required)
    if (inputs[name] === undefined) out.push({ type: 'required_input_missing', message: 'Required input is missing', details: name, extra_info: { input_name: name } })
  for (const [name, value] of Object.entries(inputs)) {
    const want = spec.linkTypes[name]
    if (isLink(value)) {
      const source = graph[value[0]]
      const got = source ? COMFY_NODE_CLASSES[source.class_type as string]?.outputs[value[1]] : undefined
      if (!got) out.push({ type: 'bad_linked_input', message: 'Bad linked input, must be a length-2 list of [node_id, slot_index]', details: name, extra_info: { input_name: name } })
      else if (want && got !== want)
        out.push({ type: 'return_type_mismatch', message: 'Return type mismatch between linked nodes', details: `${name}, received_type(${got}) mismatch input_type(${want})`, extra_info: { input_name: name } })
    }
  }
  if (node.class_type === 'LoadImage' && typeof inputs.image === 'string' && !inputFiles.has(inputs.image))
    out.push({ type: 'custom_validation_failed', message: 'Custom validation failed for node', details: `image - Invalid image file: ${inputs.image}`, extra_info: { input_name: 'image' } })
  const length = inputs.video_length
  if (node.class_type === 'WanFunV2VSampler' && typeof length === 'number' && length > WAN_MAX_FRAMES)
    out.push({ type: 'value_bigger_than_max', message: `Value ${length} bigger than max of ${WAN_MAX_FRAMES}`, details: 'video_length', extra_info: { input_name: 'video_length' } })
  return out
}

/** ComfyUI's 400 body for an invalid prompt, or undefined when it would queue. */
export const validateComfyPrompt = (prompt: unknown, inputFiles: ReadonlySet<string>): ComfyErrorBody | undefined => {
  const graph = obj(prompt)
  if (!graph) return top('invalid_prompt', 'Cannot execute because the prompt is not an object.')
  for (const [id, node] of Object.entries(graph)) {
    const n = obj(node)
    if (!n || typeof n.class_type !== 'string') return top('invalid_prompt', 'Cannot execute because a node is missing the class_type property.', `Node ID '#${id}'`)
    if (!COMFY_NODE_CLASSES[n.class_type]) return top('invalid_prompt', `Cannot execute because node ${n.class_type} does not exist.`, `Node ID '#${id}'`)
  }
  const nodes = graph as Record<string, Record<string, unknown>>
  const outputs = Object.keys(nodes).filter((id) => OUTPUT_NODES.has(nodes[id].class_type as string))
  if (!outputs.length) return top('prompt_no_outputs', 'Prompt has no outputs')
  const body: ComfyErrorBody = { error: { type: 'prompt_outputs_failed_validation', message: 'Prompt outputs failed validation', details: '', extra_info: {} }, node_errors: {} }
  const details: string[] = []
  for (const id of Object.keys(nodes)) {
    const r = reasons(id, nodes, inputFiles)
    if (!r.length) continue
    body.node_errors[id] = { errors: r, dependent_outputs: outputs, class_type: nodes[id].class_type as string }
    details.push(...r.map((x) => `${x.message}: ${x.details}`))
  }
  if (!details.length) return undefined
  return { ...body, error: { ...body.error, details: details.join('\n') } }
}
