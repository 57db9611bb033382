/**
 * Smooth band-limited noise from a seeded sum of sines: deterministic, infinitely smooth,
 * roughly unit RMS, energy between about 0.5x and 2x the base frequency.
 */
import { createRng } from './rng'

export type NoiseChannel = (timeSeconds: number) => number

export const createNoiseChannel = (seed: number, baseFrequencyHz: number, components = 4): NoiseChannel => {
  const rng = createRng(seed)
  const freqs: number[] = []
  const phases: number[] = []
  const amps: number[] = []
  let power = 0
  for (let i = 0; i < components; i++) {
    const f = baseFrequencyHz * Math.pow(2, rng() * 2 - 1)
    const a = 1 / Math.max(f, 1e-6)
    freqs.push(f)
    phases.push(rng() * Math.PI * 2)
    amps.push(a)
    power += (a * a) / 2
  }
  const norm = power > 0 ? 1 / Math.sqrt(power) : 0
  return (t: number) => {
    let v = 0
    for (let i = 0; i < components; i++) v += amps[i] * Math.sin(2 * Math.PI * freqs[i] * t + phases[i])
    return v * norm
  }
}
