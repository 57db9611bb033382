/** Per-channel verdict notes in a target's own words, tallied the way fidelity.ts scores. */
import { CHANNEL_LABELS, type MotionAnalysis } from '../analysis/types'
import { type ChannelTally, channelTallies, classifyTally } from '../fidelity'
import type { Channel, FidelityNote, ImpliedSegment, Verdict } from '../types'

export type { ChannelTally } from '../fidelity'

/** The verdict fidelity.ts gives a tally, or undefined when the channel is neither designed nor implied. */
export const verdictOf = (t: ChannelTally): Verdict | 'spurious' | undefined => {
  const v = classifyTally(t)
  return v === 'absent' ? undefined : v
}

/**
 * Notes in the target's own words, one per channel designed or added: `why` gets the channel, the
 * verdict fidelity.ts would give it and the tally, and returns the words after "pan dropped: ", a
 * verdict of its own with them (an orbit written as truck + pan is approximated, though no orbit is
 * left), or undefined for no note. Added (spurious) channels are reported as approximated, and so are
 * `standIns`: channels the output expresses through another one (an orbit as a truck).
 */
export const channelNotes = (
  analysis: MotionAnalysis,
  implied: readonly ImpliedSegment[],
  why: (c: Channel, verdict: Verdict | 'spurious', t: ChannelTally) => string | { readonly verdict: Verdict; readonly text: string } | undefined,
  standIns: readonly Channel[] = [],
): FidelityNote[] => {
  const notes: FidelityNote[] = []
  for (const [channel, tally] of channelTallies(analysis, implied)) {
    const measured = verdictOf(tally)
    // a channel another one stands in for is approximated (by that other channel), not dropped
    const verdict = measured === 'dropped' && standIns.includes(channel) ? 'approximated' : measured
    if (!verdict) continue
    const said = why(channel, verdict, tally)
    if (said === undefined) continue
    const { verdict: written, text } = typeof said === 'string' ? { verdict, text: said } : said
    const word = written === 'spurious' ? 'added' : written
    notes.push({ channel, verdict: written === 'spurious' ? 'approximated' : written, text: `${CHANNEL_LABELS[channel]} ${word}: ${text}` })
  }
  return notes
}

/** Sum of the window's designed motion in perceptual units (scored channels and shake). */
export const designedMagnitude = (analysis: MotionAnalysis): number => {
  let m = 0
  for (const t of channelTallies(analysis, []).values()) m += t.designed
  return m
}
