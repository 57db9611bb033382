/**
 * Text for the PDF's standard Helvetica font, which encodes only WinAnsi (Windows-1252): common
 * typographic characters are mapped to near equivalents ("→" to "->", "≈" to "~"), accented letters
 * outside it lose their accent (NFD, marks dropped), anything else becomes "?". Line breaks and tabs
 * become spaces (the caller wraps lines). Never throws.
 */

/** The characters of Windows-1252 above 0x7F that differ from Latin-1 (0x80..0x9F). */
const CP1252_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ'

export const isWinAnsi = (ch: string): boolean => {
  const c = ch.codePointAt(0) ?? 0
  return (c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xff) || CP1252_EXTRA.includes(ch)
}

const MAP: Readonly<Record<string, string>> = {
  '→': '->',
  '←': '<-',
  '↔': '<->',
  '⇒': '=>',
  '↑': '^',
  '↓': 'v',
  '≈': '~',
  '≤': '<=',
  '≥': '>=',
  '≠': '!=',
  '−': '-',
  '‐': '-',
  '‑': '-',
  '‒': '-',
  '―': '—',
  '′': "'",
  '″': '"',
  '✓': 'v',
  '✔': 'v',
  '✗': 'x',
  '★': '*',
  '☆': '*',
  '·': '·',
  '\u2009': ' ',
  '\u200a': ' ',
  '\u202f': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u200b': '',
  '\ufeff': '',
}

export const toWinAnsi = (text: string): string => {
  let out = ''
  for (const ch of text.replace(/\r\n?|\n|\t/g, ' ')) {
    if (isWinAnsi(ch)) out += ch
    else if (ch in MAP) out += MAP[ch]
    else {
      const bare = ch.normalize('NFD').replace(/\p{M}/gu, '')
      out += bare && [...bare].every(isWinAnsi) ? bare : '?'
    }
  }
  return out
}
