/**
 * Golden comparison for JSON outputs: same structure and strings exactly, numbers within a
 * tolerance, so a last-bit change in floating point (a reordered sum, a tighter solver) does not
 * fail the test while any visible change in a camera path does. Test support only.
 */
export const GOLDEN_TOLERANCE = 1e-9

/** The first difference between two JSON values as "path: detail", or undefined when they match. */
export const firstJsonDifference = (actual: unknown, expected: unknown, tolerance = GOLDEN_TOLERANCE, path = '$'): string | undefined => {
  if (typeof actual === 'number' && typeof expected === 'number')
    return Math.abs(actual - expected) <= tolerance ? undefined : `${path}: ${actual} differs from ${expected}`
  if (Array.isArray(actual) && Array.isArray(expected)) {
    if (actual.length !== expected.length) return `${path}: ${actual.length} items, expected ${expected.length}`
    for (let i = 0; i < actual.length; i++) {
      const d = firstJsonDifference(actual[i], expected[i], tolerance, `${path}[${i}]`)
      if (d) return d
    }
    return undefined
  }
  if (actual && expected && typeof actual === 'object' && typeof expected === 'object' && !Array.isArray(actual) && !Array.isArray(expected)) {
    const a = actual as Record<string, unknown>
    const e = expected as Record<string, unknown>
    const keys = Object.keys(a).join(',')
    if (keys !== Object.keys(e).join(',')) return `${path}: keys ${keys}, expected ${Object.keys(e).join(',')}`
    for (const key of Object.keys(a)) {
      const d = firstJsonDifference(a[key], e[key], tolerance, `${path}.${key}`)
      if (d) return d
    }
    return undefined
  }
  return Object.is(actual, expected) ? undefined : `${path}: ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`
}
