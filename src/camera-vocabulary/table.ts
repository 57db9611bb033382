/** The vocabulary table: every tool's names, flattened into rows in the tools' order. */
import { HIGGSFIELD, HIGGSFIELD_CINEMA } from './higgsfield'
import { KLING, LUMA, MINIMAX, PIXVERSE, RUNWAY, SEEDANCE, VEO, WAN } from './providers'
import type { Meaning, ToolId, VocabularyEntry } from './types'

const BY_TOOL: Readonly<Record<ToolId, Readonly<Record<string, Meaning>>>> = {
  higgsfield: HIGGSFIELD,
  'higgsfield-cinema': HIGGSFIELD_CINEMA,
  luma: LUMA,
  pixverse: PIXVERSE,
  minimax: MINIMAX,
  kling: KLING,
  veo: VEO,
  wan: WAN,
  runway: RUNWAY,
  seedance: SEEDANCE,
}

export const TOOL_IDS = Object.keys(BY_TOOL) as ToolId[]

/** Every row: one per tool and name. */
export const VOCABULARY: readonly VocabularyEntry[] = TOOL_IDS.flatMap((tool) =>
  Object.entries(BY_TOOL[tool]).map(([name, meaning]): VocabularyEntry => ({ tool, name, ...meaning })),
)

/** What a tool's name means here (the exact spelling), or undefined for a name the table lacks. */
export const meaningOf = (tool: ToolId, name: string): Meaning | undefined => BY_TOOL[tool][name]
