/**
 * What the hosted-model and vocabulary targets share (kling, luma, veo-vertex, veo, sora, runway,
 * higgsfield, minimax, pixverse, seedance, prompt): channel arithmetic and implied focus, duration
 * and aspect rules, verdict notes, named-move picking, payload text, and the shot's subject text.
 */
export * from './channels'
export * from './named'
export * from './notes'
export * from './rules'
export * from './text'
export * from './subject'
