/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'
import tailwindcss from '@tailwindcss/vite'

/** `npm run dev`: the API mounted in the Vite dev server (keys stay server-side, as in `npm start`). */
const framewrightApi = (): Plugin => ({
  name: 'framewright-api',
  apply: 'serve',
  async configureServer(server) {
    if (process.env.VITEST) return // unit tests build their own apps; no ledger in the project folder
    // loaded through Vite's own module pipeline, so the server's TypeScript needs no separate build
    const { createApiMiddleware } = await server.ssrLoadModule('/server/devMiddleware.ts')
    const { loadServerEnv } = await server.ssrLoadModule('/server/env.ts')
    const { createGenerationsFromEnv } = await server.ssrLoadModule('/server/generations/setup.ts')
    const env = loadServerEnv(server.config.root)
    const generations = await createGenerationsFromEnv(env, server.config.root).catch((e: Error) => {
      server.config.logger.warn(`Framewright: hosted generation is off (${e.message})`)
      return null
    })
    server.middlewares.use(createApiMiddleware({ env, generations }))
  },
})

export default defineConfig({
  plugins: [react(), tailwindcss(), framewrightApi()],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: {
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      output: {
        // what the page needs up front in one file: split into the many small chunks the lazy parts share with it,
        // it compresses worse and costs a request each; the lazy parts stay their own chunks
        codeSplitting: { groups: [{ name: 'studio', tags: ['$initial'] }] },
      },
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'bin/**/*.test.ts', 'server/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    // a hang guard, not a speed target: the property and fuzz suites take seconds, more on a busy 2-core machine
    testTimeout: 20_000,
  },
})
