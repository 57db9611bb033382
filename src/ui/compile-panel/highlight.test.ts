import { describe, expect, it } from 'vitest'
import { firstLines, highlight, languageOf, tokenizeLine } from './highlight'

const kinds = (line: string, language: 'json' | 'text') => tokenizeLine(line, language).map((t) => [t.kind, t.text])

describe('highlight', () => {
  it('tokenizes JSON: keys, strings, numbers, literals, punctuation', () => {
    expect(kinds('{ "fps": 24, "kind": "a \\"b\\"", "ok": true, "x": null, "v": [-1.5e-3, 2] }', 'json')).toEqual([
      ['punct', '{'], ['text', ' '], ['key', '"fps"'], ['punct', ':'], ['text', ' '], ['number', '24'], ['punct', ','], ['text', ' '],
      ['key', '"kind"'], ['punct', ':'], ['text', ' '], ['string', '"a \\"b\\""'], ['punct', ','], ['text', ' '],
      ['key', '"ok"'], ['punct', ':'], ['text', ' '], ['literal', 'true'], ['punct', ','], ['text', ' '],
      ['key', '"x"'], ['punct', ':'], ['text', ' '], ['literal', 'null'], ['punct', ','], ['text', ' '],
      ['key', '"v"'], ['punct', ':'], ['text', ' '], ['punct', '['], ['number', '-1.5e-3'], ['punct', ','], ['text', ' '], ['number', '2'], ['punct', ']'], ['text', ' '], ['punct', '}'],
    ])
  })

  it('tokenizes plain text: comments, numbers apart from words, quoted strings', () => {
    expect(kinds('# RealEstate10K camera file', 'text')).toEqual([['comment', '# RealEstate10K camera file']])
    expect(kinds("slow push-in v1 at 24 fps, 'dolly'", 'text')).toEqual([
      ['text', 'slow push-in v1 at '], ['number', '24'], ['text', ' fps'], ['punct', ','], ['text', ' '], ['string', "'dolly'"],
    ])
    expect(kinds('41708 0.5 -0.25', 'text').filter(([k]) => k === 'number').map(([, t]) => t)).toEqual(['41708', '0.5', '-0.25'])
  })

  it('gives every line back exactly', () => {
    const samples = ['{"a":[1,2,{"b":"c:d"}]}', '  // comment "x": 1', 'p=3; q=(4) # not a comment', '"unterminated', '']
    for (const s of samples) for (const lang of ['json', 'text'] as const) expect(tokenizeLine(s, lang).map((t) => t.text).join('')).toBe(s)
  })

  it('knows JSON from its extension or its first character (after // lines)', () => {
    expect(languageOf('anything', 'json')).toBe('json')
    expect(languageOf('// glb\n// header\n{ "asset": {} }', 'glb')).toBe('json')
    expect(languageOf('A slow push-in.', 'txt')).toBe('text')
  })

  it('cuts long outputs after maxLines and says how many are hidden', () => {
    const text = Array.from({ length: 10 }, (_, i) => `line ${i}`).join('\n') + '\n'
    expect(firstLines(text, 4)).toEqual({ lines: ['line 0', 'line 1', 'line 2', 'line 3'], hiddenLines: 6 })
    expect(highlight(text, 'text').lines).toHaveLength(10)
  })
})
