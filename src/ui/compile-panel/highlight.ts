/**
 * A small tokenizer for showing compiled outputs: JSON (keys, strings, numbers, true/false/null,
 * punctuation) and plain text (comments, quoted strings, numbers, words). Line by line (JSON
 * strings never span lines), so a long file can be cut after its first lines. Pure.
 */

export type TokenKind = 'key' | 'string' | 'number' | 'literal' | 'punct' | 'comment' | 'text'

export interface Token {
  readonly kind: TokenKind
  readonly text: string
}

export type Language = 'json' | 'text'

/** JSON for .json files and anything that starts like JSON (after // comment lines); text otherwise. */
export const languageOf = (text: string, fileExtension?: string): Language => {
  if (fileExtension === 'json') return 'json'
  const body = text.replace(/^(\s*\/\/[^\n]*\n)*/, '').trimStart()
  return body.startsWith('{') || body.startsWith('[') ? 'json' : 'text'
}

const NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/
const WORD = /^[A-Za-z_$][\w$.-]*/
const SPACE = /^\s+/
const PUNCT = '{}[](),:;='

/** The end of the string literal that opens at `start` (the index after its closing quote). */
const stringEnd = (line: string, start: number): number => {
  const quote = line[start]
  for (let i = start + 1; i < line.length; i++) {
    if (line[i] === '\\') i++
    else if (line[i] === quote) return i + 1
  }
  return line.length
}

/** Tokens of one line. Concatenating their text gives the line back. */
export const tokenizeLine = (line: string, language: Language): Token[] => {
  const tokens: Token[] = []
  const push = (kind: TokenKind, text: string) => {
    const last = tokens[tokens.length - 1]
    if (last && last.kind === kind && kind === 'text') tokens[tokens.length - 1] = { kind, text: last.text + text }
    else tokens.push({ kind, text })
  }
  let i = 0
  while (i < line.length) {
    const rest = line.slice(i)
    const c = line[i]
    if (rest.startsWith('//') || (language === 'text' && c === '#' && line.slice(0, i).trim() === '')) {
      push('comment', rest)
      break
    }
    if (c === '"' || (language === 'text' && c === "'")) {
      const end = stringEnd(line, i)
      const after = line.slice(end).trimStart()
      push(language === 'json' && c === '"' && after.startsWith(':') ? 'key' : 'string', line.slice(i, end))
      i = end
      continue
    }
    const space = SPACE.exec(rest)
    if (space) {
      push('text', space[0])
      i += space[0].length
      continue
    }
    const number = NUMBER.exec(rest)
    const prev = line[i - 1]
    if (number && (prev === undefined || !/[\w.]/.test(prev))) {
      push('number', number[0])
      i += number[0].length
      continue
    }
    const word = WORD.exec(rest)
    if (word) {
      push(word[0] === 'true' || word[0] === 'false' || word[0] === 'null' ? 'literal' : 'text', word[0])
      i += word[0].length
      continue
    }
    push(PUNCT.includes(c) ? 'punct' : 'text', c)
    i++
  }
  return tokens
}

export interface HighlightedText {
  readonly lines: readonly (readonly Token[])[]
  /** Lines not shown (the text had more than `maxLines`). */
  readonly hiddenLines: number
  readonly language: Language
}

/** The first `maxLines` lines of `text` (a final newline ends the last line, it does not start another). */
export const firstLines = (text: string, maxLines = Infinity): { readonly lines: readonly string[]; readonly hiddenLines: number } => {
  const all = text.endsWith('\n') ? text.slice(0, -1).split('\n') : text.split('\n')
  const lines = all.slice(0, maxLines)
  return { lines, hiddenLines: all.length - lines.length }
}

/** The first `maxLines` lines of `text`, tokenized. */
export const highlight = (text: string, language: Language, maxLines = Infinity): HighlightedText => {
  const { lines, hiddenLines } = firstLines(text, maxLines)
  return { lines: lines.map((l) => tokenizeLine(l, language)), hiddenLines, language }
}
