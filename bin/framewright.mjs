#!/usr/bin/env node
// `npx framewright ...`: runs the TypeScript CLI (src/cli/main.ts) through tsx, the same code the app runs.
import { fileURLToPath } from 'node:url'
import { register } from 'tsx/esm/api'

register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) })
const { main } = await import(new URL('../src/cli/main.ts', import.meta.url).href)
process.exitCode = await main(process.argv.slice(2))
