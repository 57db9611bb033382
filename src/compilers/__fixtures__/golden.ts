/**
 * Golden files (test support, Node only): `expectGolden(name, actual)` compares an output with the
 * committed file of that name in this folder; `UPDATE_GOLDEN=1 npx vitest run src/compilers`
 * rewrites them, to be reviewed like code. `.json` files compare structurally with numbers to 1e-9,
 * other text token by token with the same tolerance, so a last-bit floating-point change does not
 * fail a test while any visible change does.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { expect } from 'vitest'
import { firstTextDifference } from '../exact/textDiff'
import { firstJsonDifference } from './goldenDiff'

export const goldenFile = (name: string): URL => new URL(`./${name}`, import.meta.url)

/** `structure` turns a JSON golden's parsed value into what is compared (e.g. parsing JSON held in a string). */
export const expectGolden = (name: string, actual: string, structure: (json: unknown) => unknown = (json) => json): void => {
  const file = goldenFile(name)
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, actual)
  if (!existsSync(file)) throw new Error(`missing golden file ${file.pathname}: run UPDATE_GOLDEN=1 npx vitest run src/compilers`)
  const expected = readFileSync(file, 'utf8')
  const difference = name.endsWith('.json') ? firstJsonDifference(structure(JSON.parse(actual)), structure(JSON.parse(expected))) : firstTextDifference(actual, expected)
  expect(difference, `${name} differs from the golden file`).toBeUndefined()
}
