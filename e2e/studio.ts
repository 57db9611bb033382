/** Page helpers for the studio journeys: the test API and pixel comparison of element screenshots. */
import { type Locator, type Page, expect } from '@playwright/test'

export interface StudioClip {
  id: string
  presetId: string
  startS: number
  durationS: number
  params: Record<string, number | string>
}

export const openStudio = async (page: Page) => {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto('/')
  await expect(page.locator('canvas[data-ready="true"]')).toBeVisible({ timeout: 30_000 })
  return { errors }
}

export const shotClips = (page: Page): Promise<StudioClip[]> =>
  page.evaluate(() => {
    const s = (window as any).__studio.getState()
    const shot = s.document.shots.find((x: any) => x.id === s.selectedShotId)
    return shot.tracks.flatMap((t: any) => t.clips)
  })

export const playhead = (page: Page): Promise<number> => page.evaluate(() => (window as any).__studio.getState().playheadS)

/**
 * From now on, notes the animation frame (`document.timeline.currentTime`) of every WebGL draw call
 * in `window.__drawFrames` (an array, a frame once per draw call); `drawFrames(page)` reads it.
 */
export const recordDraws = (page: Page) =>
  page.evaluate(() => {
    const w = window as any
    w.__drawFrames = [] as number[]
    const proto = WebGL2RenderingContext.prototype as any
    for (const name of ['drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced']) {
      const draw = proto[name]
      proto[name] = function (...args: unknown[]) {
        w.__drawFrames.push(document.timeline.currentTime)
        return draw.apply(this, args)
      }
    }
  })

export const drawFrames = (page: Page): Promise<number[]> => page.evaluate(() => (window as any).__drawFrames)

/** Waits two animation frames so the demand-rendered canvas has drawn the latest state. */
export const settle = (page: Page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))

/** Compares two same-sized PNG screenshots in the page: the fraction of pixels that differ (any channel by more than `tolerance`) and the mean absolute RGB difference (0..255). */
export const comparePngs = async (page: Page, a: Buffer, b: Buffer, tolerance = 24): Promise<{ fractionDifferent: number; meanDifference: number }> =>
  page.evaluate(
    async ({ a, b, tolerance }) => {
      const load = async (b64: string) => {
        const img = new Image()
        img.src = `data:image/png;base64,${b64}`
        await img.decode()
        const c = document.createElement('canvas')
        c.width = img.width
        c.height = img.height
        const ctx = c.getContext('2d')!
        ctx.drawImage(img, 0, 0)
        return ctx.getImageData(0, 0, c.width, c.height)
      }
      const [x, y] = await Promise.all([load(a), load(b)])
      if (x.width !== y.width || x.height !== y.height) return { fractionDifferent: 1, meanDifference: 255 }
      let diff = 0
      let sum = 0
      for (let i = 0; i < x.data.length; i += 4) {
        const dr = Math.abs(x.data[i] - y.data[i])
        const dg = Math.abs(x.data[i + 1] - y.data[i + 1])
        const db = Math.abs(x.data[i + 2] - y.data[i + 2])
        if (dr > tolerance || dg > tolerance || db > tolerance) diff++
        sum += dr + dg + db
      }
      const pixels = x.width * x.height
      return { fractionDifferent: diff / pixels, meanDifference: sum / (pixels * 3) }
    },
    { a: a.toString('base64'), b: b.toString('base64'), tolerance },
  )

/** Fraction of pixels that differ (any channel by more than `tolerance`) between two PNG screenshots. */
export const pixelDifference = async (page: Page, a: Buffer, b: Buffer, tolerance = 24): Promise<number> => (await comparePngs(page, a, b, tolerance)).fractionDifferent

export const boxOf = async (locator: Locator) => {
  const box = await locator.boundingBox()
  if (!box) throw new Error('element has no box')
  return box
}
