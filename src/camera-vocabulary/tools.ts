import type { Tool, ToolId } from './types'

export const TOOLS: Readonly<Record<ToolId, Tool>> = {
  higgsfield: { id: 'higgsfield', label: 'Higgsfield', source: 'research/providers.md section 6: DoP motion names (GET /v1/motions)' },
  'higgsfield-cinema': { id: 'higgsfield-cinema', label: 'Higgsfield Cinema', source: "research/ux-anchors.md section 1.1: Cinema Studio's director panel" },
  luma: { id: 'luma', label: 'Luma', source: 'research/providers.md section 3: Ray 2 `concepts` keys' },
  pixverse: { id: 'pixverse', label: 'PixVerse', source: 'research/providers.md section 8a: `camera_movement` values' },
  minimax: { id: 'minimax', label: 'MiniMax', source: 'research/providers.md section 7: director commands in the prompt', spell: (name) => `[${name}]` },
  kling: { id: 'kling', label: 'Kling', source: 'research/providers.md section 1: `camera_control.type` presets and `config` axes' },
  veo: { id: 'veo', label: 'Veo', source: 'research/providers.md section 4: Vertex `instances[].cameraControl` values' },
  wan: { id: 'wan', label: 'Wan', source: 'research/open-models.md section 3.3: ComfyUI `WanCameraEmbedding` camera_pose (and VideoX-Fun ACW / CW)' },
  runway: { id: 'runway', label: 'Runway', source: "research/providers.md section 2: the web app's Camera Control sliders" },
  seedance: { id: 'seedance', label: 'Seedance', source: 'research/providers.md section 8c: `camera_fixed`' },
}

/** The name as the tool writes it. */
export const spelled = (tool: ToolId, name: string): string => TOOLS[tool].spell?.(name) ?? name
