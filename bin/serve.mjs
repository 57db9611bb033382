#!/usr/bin/env node
// `npm start`: serves the built studio (dist/) and the API on one origin (server/main.ts, through tsx).
import { fileURLToPath } from 'node:url'
import { register } from 'tsx/esm/api'

register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) })
const { startServer } = await import(new URL('../server/main.ts', import.meta.url).href)
await startServer()
