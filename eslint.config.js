// Lint: typescript-eslint recommended, React hooks rules, and the module boundaries of the house
// style (the pure tier may not import React, three.js, zustand or the app's shells; three.js lives in
// viewport, stage, previs and exporters; the previs renderer is loaded only with a dynamic import).
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

const PURE = ['src/core/**', 'src/timeline/**', 'src/camera-presets/**', 'src/compilers/**', 'src/schema/**', 'src/takes/**', 'src/route-catalog/**', 'src/pricing/**', 'src/previs/size.ts', 'src/share-links/**', 'src/continuity/**', 'src/assets/**', 'src/storyboard/**', 'src/reference-image/core/**', 'src/animatic/core/**', 'src/camera-measure/**', 'src/measure-log/**', 'src/camera-vocabulary/**']
const shells = ['**/state', '**/state/**', '**/ui/**', '**/viewport', '**/viewport/**', '**/app/**', '**/api-client/**']

export default tseslint.config(
  { ignores: ['dist', 'dist-e2e', 'node_modules', 'test-results', 'playwright-report', 'bench/results.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/**/use*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    files: ['e2e/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: PURE,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['react', 'react-dom', 'three', 'zustand', '@react-three/fiber', '@react-three/drei', '@tanstack/react-query'].map((name) => ({
            name,
            message: 'The pure core (core, timeline, camera-presets, compilers, schema) imports no UI, renderer or store.',
          })),
          patterns: [{ group: shells, message: 'The pure core may not import the shells (state, ui, viewport, app, api-client).' }],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'fetch', 'navigator'],
    },
  },
  {
    files: ['src/ui/**', 'src/state/**', 'src/api-client/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['three', '@react-three/fiber', '@react-three/drei'].map((name) => ({
            name,
            message: 'three.js lives only in src/viewport, src/stage, src/previs and src/exporters.',
          })),
        },
      ],
    },
  },
  {
    // the stage and the previs renderer are plain three.js: no React, R3F, store or app shells
    files: ['src/stage/**', 'src/previs/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['react', 'react-dom', 'zustand', '@react-three/fiber', '@react-three/drei', '@tanstack/react-query'].map((name) => ({
            name,
            message: 'src/stage and src/previs are plain three.js (no React, R3F or store).',
          })),
          patterns: [{ group: shells, message: 'src/stage and src/previs may not import the shells (state, ui, viewport, app, api-client).' }],
        },
      ],
    },
  },
  {
    // the renderer is a lazy chunk: outside src/previs only types and the pure size module are imported statically
    files: ['src/**'],
    ignores: ['src/previs/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)previs(/(?!size$)[^/]+)?$',
              allowTypeImports: true,
              message: "Load the previs renderer with import('../previs') (a lazy chunk); only previs/size and types may be imported statically.",
            },
          ],
        },
      ],
    },
  },
)
