/**
 * Turning zod issues into one human line that names the bad field:
 * "shots[0].tracks[1].clips[0].params.angle must be between 0 and 360 deg".
 */
import type { z } from 'zod'

type Issue = z.core.$ZodIssue
type PathKey = PropertyKey

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/

/** `["shots", 0, "tracks"]` -> `shots[0].tracks`. */
export const formatPath = (path: readonly PathKey[]): string =>
  path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`
    const name = String(key)
    if (!IDENTIFIER.test(name)) return `${out}[${JSON.stringify(name)}]`
    return out ? `${out}.${name}` : name
  }, '')

const TYPE_WORDS: Record<string, string> = {
  number: 'a finite number',
  int: 'a whole number',
  string: 'text',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  tuple: 'a list',
  record: 'an object',
}

const quoteAll = (values: readonly unknown[]) => values.map((v) => (typeof v === 'string' ? `'${v}'` : String(v))).join(', ')

const plural = (n: number | bigint, word: string) => `${n} ${word}${Number(n) === 1 ? '' : 's'}`

/** What is wrong with the value, phrased to follow its path (parse with `reportInput: true` so a missing field reads as missing). */
export const describeIssue = (issue: Issue): string => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is missing'
      return `must be ${TYPE_WORDS[issue.expected] ?? issue.expected}`
    case 'too_small':
      if (issue.origin === 'array') return `must have at least ${plural(issue.minimum, 'item')}`
      if (issue.origin === 'string') return 'must not be empty'
      return issue.inclusive ? `must be at least ${issue.minimum}` : `must be greater than ${issue.minimum}`
    case 'too_big':
      if (issue.origin === 'array') return `must have at most ${plural(issue.maximum, 'item')}`
      if (issue.origin === 'string') return `must be at most ${plural(issue.maximum, 'character')} long`
      return issue.inclusive ? `must be at most ${issue.maximum}` : `must be less than ${issue.maximum}`
    case 'invalid_value':
      return issue.values.length === 1 ? `must be ${quoteAll(issue.values)}` : `must be one of ${quoteAll(issue.values)}`
    case 'invalid_union': {
      const options = (issue as { options?: readonly unknown[] }).options
      if (options) return `must be one of ${quoteAll(options)}`
      return 'is not a valid value'
    }
    case 'unrecognized_keys':
      return issue.keys.length === 1 ? `has an unknown field '${issue.keys[0]}'` : `has unknown fields ${quoteAll(issue.keys)}`
    case 'invalid_format':
      // a regex carries its own message, written to follow the path
      return issue.format === 'datetime' ? 'must be an ISO 8601 date and time' : issue.message
    case 'not_multiple_of':
      return `must be a multiple of ${issue.divisor}`
    default:
      return issue.message
  }
}

/** Path and problem in one line; a leading envelope key `project` is left out of the path. */
export const formatIssue = (issue: Issue): string => {
  const path = issue.path[0] === 'project' && issue.path.length > 1 ? issue.path.slice(1) : issue.path
  const where = path.length ? formatPath(path) : 'the file'
  return `${where} ${describeIssue(issue)}`
}
