/** Seeded, deterministic pseudo-random numbers (mulberry32). Same seed, same sequence, on every platform. */
export type Rng = () => number

export const createRng = (seed: number): Rng => {
  let a = (Math.floor(seed) ^ 0x9e3779b9) >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
