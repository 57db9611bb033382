/** Per-channel verdict notes in a target's own words, tallied the way fidelity.ts scores. */
import { CHANNEL_LABELS, type MotionAnalysis } from '../analysis/types'
import { SCORED_CHANNELS, impliedOver, normalizedChannel } from '../fidelity'
import type { Channel, FidelityNote, ImpliedSegment, Verdict } from '../types'
import { spansOf } from './channels'

const SHAKE_UNIT_DEG = 0.25

export interface ChannelTally {
  readonly designed: number
  readonly implied: number
  readonly error: number
  /** Signed totals over the window (perceptual units), for wording. */
  readonly designedNet: number
  readonly impliedNet: number
}

/** Per-channel tallies in perceptual units, computed the way fidelity.ts computes them. */
export const channelTallies = (analysis: MotionAnalysis, implied: readonly ImpliedSegment[]): Map<Channel, ChannelTally> => {
  const out = new Map<Channel, ChannelTally>()
  const add = (c: Channel, d: number, i: number) => {
    const t = out.get(c) ?? { designed: 0, implied: 0, error: 0, designedNet: 0, impliedNet: 0 }
    out.set(c, { designed: t.designed + Math.abs(d), implied: t.implied + Math.abs(i), error: t.error + Math.abs(d - i), designedNet: t.designedNet + d, impliedNet: t.impliedNet + i })
  }
  for (const s of spansOf(analysis)) {
    for (const c of SCORED_CHANNELS) add(c, normalizedChannel(c, s.channels[c], s.subjectDistanceM), normalizedChannel(c, impliedOver(implied, c, s.startS, s.endS), s.subjectDistanceM))
    let shake = 0
    for (const i of implied) {
      const overlap = Math.min(s.endS, i.endS) - Math.max(s.startS, i.startS)
      if (overlap > 0 && i.shake) shake += (i.shake.rotationDeg / SHAKE_UNIT_DEG) * overlap
    }
    add('shake', s.shake.rotationDeg / SHAKE_UNIT_DEG, s.endS > s.startS ? shake / (s.endS - s.startS) : 0)
  }
  return out
}

/** The verdict fidelity.ts gives a tally, or undefined when the channel is neither designed nor implied. */
export const verdictOf = (t: ChannelTally): Verdict | 'spurious' | undefined => {
  if (t.designed < 0.1) return t.implied >= 0.3 ? 'spurious' : undefined
  if (t.error <= 0.15 * t.designed) return 'kept'
  if (t.implied < 0.1 * t.designed) return 'dropped'
  return 'approximated'
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
