/**
 * Text for the per-frame exports, built in a growable UTF-8 byte buffer. A 60 s shot writes some
 * 25,000 numbers per file; printing each through strings (digits, sign, point, joins) made most of a
 * compile's garbage. Here numbers go in digit by digit with integer arithmetic and no intermediate
 * strings, and the file becomes one string at the end (TextDecoder, native in every runtime we run:
 * browsers, workers, Node).
 *
 * Number format (the same as `num`): rounded to EXPORT_DECIMALS places, plain decimal text, trailing
 * zeros dropped, never "-0", no exponent below 1e6; beyond that, JavaScript's exact text.
 */

/**
 * Decimal places of the numbers the per-frame exports write: 1e-9 (a nanometre, a billionth of a
 * degree or of a matrix entry), a thousand times finer than the round-trip tolerance of 1e-6.
 */
export const EXPORT_DECIMALS = 9
const EXPORT_SCALE = 1e9
/** Beyond this magnitude x * 1e9 loses integer precision; such numbers are printed exactly instead. */
const FIXED_LIMIT = 1e6

/** The value a reader gets back from a written number: x rounded to EXPORT_DECIMALS places. */
export const quantize = (x: number): number => (Math.abs(x) < FIXED_LIMIT ? Math.round(x * EXPORT_SCALE) / EXPORT_SCALE || 0 : x)

interface Utf8Decoder {
  decode(bytes: Uint8Array): string
}
// TextDecoder is in every runtime but not in the pure tier's ES-only type library
const decoder: Utf8Decoder = new (globalThis as unknown as { TextDecoder: new (label: string) => Utf8Decoder }).TextDecoder('utf-8')

const MINUS = 45
const POINT = 46
const ZERO = 48

export class TextWriter {
  private bytes: Uint8Array
  private length = 0

  constructor(capacity = 1 << 16) {
    this.bytes = new Uint8Array(capacity)
  }

  private reserve(count: number): void {
    if (this.length + count <= this.bytes.length) return
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + count))
    grown.set(this.bytes.subarray(0, this.length))
    this.bytes = grown
  }

  /** Appends any string (UTF-8 encoded; ASCII, nearly all of it, byte for byte). */
  text(s: string): this {
    this.reserve(s.length * 3)
    const b = this.bytes
    let at = this.length
    for (let i = 0; i < s.length; i++) {
      let c = s.charCodeAt(i)
      if (c < 0x80) b[at++] = c
      else if (c < 0x800) {
        b[at++] = 0xc0 | (c >> 6)
        b[at++] = 0x80 | (c & 63)
      } else {
        const next = s.charCodeAt(i + 1)
        if (c >= 0xd800 && c < 0xdc00 && next >= 0xdc00 && next < 0xe000) {
          c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00)
          i++
          b[at++] = 0xf0 | (c >> 18)
          b[at++] = 0x80 | ((c >> 12) & 63)
        } else {
          if (c >= 0xd800 && c < 0xe000) c = 0xfffd // a lone surrogate: the replacement character, as TextEncoder does
          b[at++] = 0xe0 | (c >> 12)
        }
        b[at++] = 0x80 | ((c >> 6) & 63)
        b[at++] = 0x80 | (c & 63)
      }
    }
    this.length = at
    return this
  }

  /** Appends a non-negative integer below 2^53. */
  private digits(v: number): void {
    let count = 1
    for (let p = 10; p <= v; p *= 10) count++
    let at = this.length + count
    this.length = at
    const b = this.bytes
    do {
      const q = Math.floor(v / 10)
      b[--at] = ZERO + (v - q * 10)
      v = q
    } while (v > 0)
  }

  /** Appends a number in the export format (see the file comment). Throws on a non-finite number. */
  num(x: number): this {
    if (!Number.isFinite(x)) throw new Error(`cannot write a non-finite number (${x})`)
    if (!(Math.abs(x) < FIXED_LIMIT)) return this.text(String(x))
    this.reserve(20)
    const b = this.bytes
    let n = Math.round(x * EXPORT_SCALE)
    if (n === 0) {
      b[this.length++] = ZERO
      return this
    }
    if (n < 0) {
      b[this.length++] = MINUS
      n = -n
    }
    const whole = Math.floor(n / EXPORT_SCALE)
    let fraction = (n - whole * EXPORT_SCALE) | 0 // an integer below 1e9
    this.digits(whole)
    if (fraction === 0) return this
    let places = EXPORT_DECIMALS
    while (fraction % 10 === 0) {
      fraction = (fraction / 10) | 0
      places--
    }
    b[this.length++] = POINT
    let at = this.length + places
    this.length = at
    for (let k = 0; k < places; k++) {
      const q = (fraction / 10) | 0
      b[--at] = ZERO + fraction - q * 10
      fraction = q
    }
    return this
  }

  /** Appends numbers with a separator between them. */
  nums(values: readonly number[], separator: string): this {
    for (let i = 0; i < values.length; i++) {
      if (i > 0) this.text(separator)
      this.num(values[i])
    }
    return this
  }

  toString(): string {
    return decoder.decode(this.bytes.subarray(0, this.length))
  }
}

/** One number in the export format (see the file comment). */
export const num = (x: number): string => new TextWriter(32).num(x).toString()
