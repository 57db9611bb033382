/**
 * Greedy word wrap against a width measure (points, pixels: whatever `measure` returns). A word
 * longer than the line is broken by characters. `maxLines` cuts the text with an ellipsis.
 */
export const wrapText = (text: string, maxWidth: number, measure: (s: string) => number, maxLines = Infinity): string[] => {
  const lines: string[] = []
  for (const paragraph of text.split(/\r\n?|\n/)) {
    let line = ''
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word
      if (measure(candidate) <= maxWidth) {
        line = candidate
        continue
      }
      if (line) lines.push(line)
      // a word wider than the line: split it by characters
      let rest = word
      while (measure(rest) > maxWidth && rest.length > 1) {
        let n = rest.length - 1
        while (n > 1 && measure(rest.slice(0, n)) > maxWidth) n--
        lines.push(rest.slice(0, n))
        rest = rest.slice(n)
      }
      line = rest
    }
    lines.push(line)
  }
  // drop trailing empty lines
  while (lines.length > 1 && lines[lines.length - 1] === '') lines.pop()
  if (lines.length <= maxLines) return lines
  const kept = lines.slice(0, maxLines)
  let last = kept[maxLines - 1]
  while (last && measure(`${last}…`) > maxWidth) last = last.slice(0, -1)
  kept[maxLines - 1] = `${last.replace(/\s+$/, '')}…`
  return kept
}
