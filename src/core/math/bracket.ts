/** Where a value falls in an ascending list. */

/**
 * The indices `[lo, lo + 1]` of the two entries of `sorted` (ascending, at least two) around `x`,
 * `sorted[lo] <= x < sorted[lo + 1]`, by bisection. Call it for `x` strictly inside the list's range.
 */
export const bracketIndex = (sorted: readonly number[], x: number, count: number = sorted.length): readonly [number, number] => {
  let lo = 0
  let hi = count - 1
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1
    if (sorted[mid] <= x) lo = mid
    else hi = mid
  }
  return [lo, hi]
}
