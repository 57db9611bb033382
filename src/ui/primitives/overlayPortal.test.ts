import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'

const srcDir = join(dirname(new URL(import.meta.url).pathname), '..', '..')

const tsxFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsxFiles(join(dir, e.name)) : e.name.endsWith('.tsx') && !e.name.includes('.test.') ? [join(dir, e.name)] : [],
  )

/**
 * Files whose `fixed` overlays are mounted outside the studio's panels (App.tsx renders them beside
 * the grid or in the grid's own cell, never inside a side panel or the timeline), with the reason.
 */
const MOUNTED_OUTSIDE_PANELS: Record<string, string> = {
  'app/HelpOverlay.tsx': 'App renders it in the grid, outside every panel',
  'ui/server-token/TokenDialogBody.tsx': 'App renders the token dialog in the grid, outside every panel',
  'ui/custom-presets/PresetDialogs.tsx': 'DialogHost puts it in an OverlayPortal',
  'ui/project-library/ProjectDrawer.tsx': 'LazyLibraryLayer sits beside the grid',
  'ui/project-library/TabConflictDialog.tsx': 'LazyLibraryLayer sits beside the grid',
  'ui/project-library/DeleteToast.tsx': 'LazyLibraryLayer sits beside the grid',
  'ui/project-library/DropOverlay.tsx': 'LazyLibraryLayer sits beside the grid',
  'ui/storyboard/LazyStoryboard.tsx': 'App renders it beside the grid',
  'ui/storyboard/StoryboardView.tsx': 'LazyStoryboard sits beside the grid',
}

/** A quoted class list holding Tailwind's `fixed` (position: fixed). */
const FIXED_CLASS = /["'`]([^"'`\n]*\s)?fixed(\s[^"'`\n]*)?["'`]/

describe('overlays above the studio', () => {
  it('puts every fixed overlay inside a panel through a portal to the body (each panel is its own stacking context)', () => {
    const offenders: string[] = []
    for (const file of tsxFiles(srcDir)) {
      const rel = file.slice(srcDir.length + 1)
      const text = readFileSync(file, 'utf8')
      if (!FIXED_CLASS.test(text)) continue
      if (/\bOverlayPortal\b|\bcreatePortal\b/.test(text) || rel in MOUNTED_OUTSIDE_PANELS) continue
      offenders.push(rel)
    }
    expect(offenders).toEqual([])
  })

  it('finds a fixed class list, and not the word in prose or code', () => {
    expect(FIXED_CLASS.test('className="fixed inset-0 z-50"')).toBe(true)
    expect(FIXED_CLASS.test("className={`fixed z-50 ${x}`}")).toBe(true)
    expect(FIXED_CLASS.test('const fixed = (x: number) => x.toFixed(2)')).toBe(false)
    expect(FIXED_CLASS.test('// a fixed size')).toBe(false)
  })

  it('lists only files that still exist', () => {
    const files = tsxFiles(srcDir)
    for (const rel of Object.keys(MOUNTED_OUTSIDE_PANELS)) expect(files.some((f) => f.endsWith(`/${rel}`)), rel).toBe(true)
  })
})
