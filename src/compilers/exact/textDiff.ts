/**
 * Golden comparison for text outputs: the text cut into number tokens and the text between them;
 * the text between must match exactly, numbers within a tolerance (a last-bit change in floating
 * point does not fail a golden test, any visible change does).
 */
const NUMBER = /[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g

const tokens = (text: string): (string | number)[] => {
  const out: (string | number)[] = []
  let last = 0
  for (const m of text.matchAll(NUMBER)) {
    const at = m.index ?? 0
    out.push(text.slice(last, at), Number(m[0]))
    last = at + m[0].length
  }
  out.push(text.slice(last))
  return out
}

/** The first difference between two texts as "line N: detail", or undefined when they match. */
export const firstTextDifference = (actual: string, expected: string, tolerance = 1e-9): string | undefined => {
  const a = tokens(actual)
  const e = tokens(expected)
  let line = 1
  for (let i = 0; i < Math.max(a.length, e.length); i++) {
    const x = a[i]
    const y = e[i]
    if (x === undefined || y === undefined) return `line ${line}: the text ends early (${x === undefined ? 'actual' : 'expected'})`
    if (typeof x === 'number' && typeof y === 'number') {
      if (!(Math.abs(x - y) <= tolerance)) return `line ${line}: ${x} differs from ${y}`
    } else if (x !== y) {
      return `line ${line}: ${JSON.stringify(String(x).slice(0, 60))}, expected ${JSON.stringify(String(y).slice(0, 60))}`
    }
    if (typeof x === 'string') line += x.split('\n').length - 1
  }
  return undefined
}
