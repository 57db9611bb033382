import type { ParamValues } from '../timeline'

/** The tools whose camera vocabulary the table covers. */
export type ToolId = 'higgsfield' | 'higgsfield-cinema' | 'luma' | 'pixverse' | 'minimax' | 'kling' | 'veo' | 'wan' | 'runway' | 'seedance'

export interface Tool {
  readonly id: ToolId
  /** As shown beside a matched name ("Higgsfield: Robo Arm"). */
  readonly label: string
  /** Where the names come from (research file and section, or the field they are sent in). */
  readonly source: string
  /** How the tool writes a name, from its bare form (MiniMax: in square brackets). */
  readonly spell?: (name: string) => string
}

/** A name that is a camera move: the Framewright preset that makes it, with parameters in the preset's own names and units. */
export interface MoveMeaning {
  readonly preset: string
  /** Only what differs from the preset's defaults. */
  readonly params?: ParamValues
  /**
   * Other presets the name also fits loosely (search lists them too, and the compilers prefer this
   * name for a design that uses one of them), e.g. Higgsfield's "Dolly In" for our push-in.
   */
  readonly also?: readonly string[]
  /** Where the reading is a choice (an ambiguous or undocumented name): which reading, and why. */
  readonly note?: string
}

/** What a name that is not a camera move is instead. */
export type NotAMoveKind = 'look' | 'time' | 'transition' | 'action' | 'framing' | 'auto'

export interface NotAMoveMeaning {
  readonly not: NotAMoveKind
  /** One short clause: what it does instead. */
  readonly note: string
}

export type Meaning = MoveMeaning | NotAMoveMeaning

/** One row of the table: a tool's name and what it means here. */
export type VocabularyEntry = { readonly tool: ToolId; readonly name: string } & Meaning

export const isMove = (m: Meaning): m is MoveMeaning => 'preset' in m
