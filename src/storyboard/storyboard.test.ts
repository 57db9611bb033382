import { describe, expect, it } from 'vitest'
import Papa from 'papaparse'
import { createProject, updateShotLens } from '../timeline'
import { arrowDiagram, moveSummary } from './arrows'
import { CSV_HEADER, shotListCsv } from './csv'
import { panelTimes } from './frameTimes'
import { storyboardFrameKey } from './frameKey'
import { GRID, PANELS_PER_PAGE, PAPER_PT, contactSheetLayout, pageCount, pageLabel, pageLayout, panelLayout } from './layout'
import { shareLines } from './panelText'
import { lensText, storyboardRows } from './rows'
import { oneMove, registry, threeShots } from './testProjects'
import { timecode } from './timecode'
import { isWinAnsi, toWinAnsi } from './winAnsi'
import { wrapText } from './wrap'
import type { Take } from '../takes/model'

describe('timecode', () => {
  it('counts HH:MM:SS:FF at the frame rate, non-drop-frame', () => {
    expect(timecode(0, 24)).toBe('00:00:00:00')
    expect(timecode(5.5, 24)).toBe('00:00:05:12')
    expect(timecode(3661 + 23 / 24, 24)).toBe('01:01:01:23')
    expect(timecode(1, 25)).toBe('00:00:01:00')
    // 23.976 counts 24 frames a second
    expect(timecode(24 / 23.976, 23.976)).toBe('00:00:01:00')
    expect(timecode(-1, 24)).toBe('00:00:00:00')
  })
})

describe('panel times', () => {
  it('start 0, middle half the duration, end the last frame', () => {
    expect(panelTimes({ durationS: 3, fps: 24 })).toEqual({ startS: 0, middleS: 1.5, endS: 71 / 24 })
  })
})

describe('storyboardRows', () => {
  it('numbers the shots, lays them end to end and writes their moves in film language', () => {
    const rows = storyboardRows(threeShots(), registry)
    expect(rows.map((r) => [r.number, r.name, r.startTimecode])).toEqual([
      [1, 'Opening pan', '00:00:00:00'],
      [2, 'Push in', '00:00:03:00'],
      [3, 'Hold', '00:00:05:12'],
    ])
    expect(rows[0].moves).toMatch(/^0-3 s: pan right \d+ degrees/)
    expect(rows[1].moves).toMatch(/dolly in 2 m/)
    expect(rows[2].moves).toMatch(/hold/)
    expect(rows[0].durationText).toBe('3 s · 72 frames')
    expect(rows[0].lens).toBe('35 mm · Full frame')
    expect(rows[1].notes).toContain('"quiet"')
    expect(rows.every((r) => r.route === 'Previs' && r.routeFrom === 'takes panel' && r.chosenTake === '')).toBe(true)
  })

  it("a chosen take names the shot's route and model; other shots show the Takes panel's route", () => {
    const take = { id: 'take:abc', shotId: 'shot:2', route: 'kling', chosen: true, settings: { size: '720p', depth: false, model: 'kling-v1' } } as unknown as Take
    const other = { ...take, id: 'take:x', shotId: 'shot:1', chosen: false }
    const rows = storyboardRows(threeShots(), registry, { takes: [take, other], currentRoute: { routeId: 'luma' } })
    expect(rows[1]).toMatchObject({ routeId: 'kling', routeFrom: 'chosen take', route: 'Kling · Kling v1 · std · text to video' })
    expect(rows[1].chosenTake).toBe('Kling · Kling v1 · std · text to video · take:abc')
    expect(rows[0]).toMatchObject({ routeId: 'luma', route: 'Luma', routeFrom: 'takes panel', chosenTake: '' })
    // a part of a chained generation stands for the chain
    const part = { ...take, chain: { id: 'chain:1', part: 2, parts: 2, startS: 2.5, durationS: 2.5 } } as unknown as Take
    expect(storyboardRows(threeShots(), registry, { takes: [part] })[1].chosenTake).toBe('Kling · Kling v1 · std · text to video · chained, 2 parts · take:abc')
  })

  it('writes the lens with its sensor, and a zoom as a range', () => {
    const p = updateShotLens(createProject(), 'shot:1', { sensorId: 'super-35', sensorWidthMm: 24.89, sensorHeightMm: 18.66, focalLengthMm: 50 })
    expect(storyboardRows(p, registry)[0].lens).toBe('50 mm · Super 35')
    expect(lensText(p.shots[0].lens, 35, 70)).toBe('35–70 mm · Super 35')
    const zoom = oneMove('zoom-in')
    const row = storyboardRows({ ...createProject(), shots: [zoom] }, registry)[0]
    expect(row.lens).toMatch(/^35–\d+ mm · Full frame$/)
  })
})

describe('frame key', () => {
  it('changes with the design, not with the name, words or notes', () => {
    const p = threeShots()
    const shot = p.shots[1]
    const key = storyboardFrameKey(shot, p, '480p')
    expect(storyboardFrameKey({ ...shot, name: 'x', notes: 'other' }, p, '480p')).toBe(key)
    expect(storyboardFrameKey({ ...shot, durationS: 2 }, p, '480p')).not.toBe(key)
    expect(storyboardFrameKey(shot, p, '720p')).not.toBe(key)
    expect(storyboardFrameKey(shot, { ...p, scene: { setPieces: [] } }, '480p')).not.toBe(key)
  })
})

const paths = (shot: Parameters<typeof arrowDiagram>[0], role: string) => arrowDiagram(shot, registry).primitives.filter((p) => p.role === role)
const labels = (shot: Parameters<typeof arrowDiagram>[0]) =>
  arrowDiagram(shot, registry)
    .primitives.filter((p) => p.kind === 'label')
    .map((p) => (p.kind === 'label' ? p.text : ''))

describe('arrow diagram', () => {
  it('a pan right: one curved arrow running left to right across the top, labelled with its angle', () => {
    const shot = oneMove('pan-right', { angle: 45 })
    expect(moveSummary(shot, registry).panRightDeg).toBeCloseTo(45, 0)
    const [arc] = paths(shot, 'pan')
    expect(arc.kind === 'path' && arc.arrowHead).toBe(true)
    if (arc.kind !== 'path') throw new Error()
    expect(arc.points[arc.points.length - 1][0]).toBeGreaterThan(arc.points[0][0])
    expect(Math.max(...arc.points.map((p) => p[1]))).toBeLessThan(0.5)
    expect(labels(shot)).toEqual(['PAN R 45°'])
  })

  it('a truck left: the travel arrow points left from the centre; a pedestal up points up', () => {
    const truck = paths(oneMove('truck-left'), 'travel')[0]
    if (truck.kind !== 'path') throw new Error()
    const [x0, y0] = truck.points[0]
    const [x1, y1] = truck.points[truck.points.length - 1]
    expect([x0, y0]).toEqual([0.5, 0.5])
    expect(x1).toBeLessThan(0.4)
    expect(Math.abs(y1 - 0.5)).toBeLessThan(0.01)
    const ped = paths(oneMove('pedestal-up'), 'travel')[0]
    if (ped.kind !== 'path') throw new Error()
    expect(ped.points[ped.points.length - 1][1]).toBeLessThan(0.4)
    expect(labels(oneMove('pedestal-up'))[0]).toMatch(/^PED UP \d/)
  })

  it('a dolly in: four arrows pointing inwards; a zoom in: brackets inside the frame and arrows towards them', () => {
    const dolly = paths(oneMove('dolly-in', { distance: 2 }), 'dolly').filter((p) => p.kind === 'path')
    expect(dolly).toHaveLength(4)
    for (const p of dolly) {
      if (p.kind !== 'path') continue
      const d = (q: readonly [number, number]) => Math.hypot(q[0] - 0.5, q[1] - 0.5)
      expect(d(p.points[1])).toBeLessThan(d(p.points[0]))
    }
    expect(labels(oneMove('dolly-in', { distance: 2 }))).toEqual(['DOLLY IN 2 m'])
    const zoom = paths(oneMove('zoom-in'), 'zoom').filter((p) => p.kind === 'path')
    const brackets = zoom.filter((p) => p.kind === 'path' && !p.arrowHead)
    const arrows = zoom.filter((p) => p.kind === 'path' && p.arrowHead)
    expect(brackets).toHaveLength(4)
    expect(arrows).toHaveLength(4)
    for (const b of brackets) if (b.kind === 'path') expect(Math.abs(b.points[1][0] - 0.5)).toBeLessThan(0.4)
    expect(labels(oneMove('zoom-out'))[0]).toMatch(/^ZOOM OUT ×/)
  })

  it.each(['dolly-zoom-in', 'dolly-zoom-out'])('%s: the bottom corners\' labels start clear of the zoom\'s brackets and arrows', (id) => {
    const primitives = arrowDiagram(oneMove(id), registry).primitives
    const bottomLabels = primitives.filter((p) => p.kind === 'label' && p.at[1] > 0.85)
    expect(bottomLabels.map((p) => p.role).sort()).toEqual(['dolly', 'zoom'])
    const zoomPoints = primitives.flatMap((p) => (p.kind === 'path' && p.role === 'zoom' ? p.points : [])).filter(([, y]) => y > 0.85)
    expect(zoomPoints.length).toBeGreaterThan(0)
    for (const label of bottomLabels) {
      if (label.kind !== 'label') continue
      // a left-aligned label runs right from its anchor, a right-aligned one left
      if (label.align === 'left') for (const [x] of zoomPoints.filter(([x]) => x < 0.5)) expect(label.at[0]).toBeGreaterThan(x)
      else for (const [x] of zoomPoints.filter(([x]) => x > 0.5)) expect(label.at[0]).toBeLessThan(x)
    }
  })

  it('a roll: an arc around the centre, counter-clockwise for a positive roll; a hold: the label HOLD only', () => {
    const shot = oneMove('roll')
    const s = moveSummary(shot, registry)
    expect(Math.abs(s.rollDeg)).toBeGreaterThan(1)
    const [arc] = paths(shot, 'roll')
    if (arc.kind !== 'path') throw new Error()
    // counter-clockwise on screen (y down): the cross product of consecutive steps is negative
    const [a, b, c] = arc.points
    const cross = (b[0] - a[0]) * (c[1] - b[1]) - (b[1] - a[1]) * (c[0] - b[0])
    expect(Math.sign(cross)).toBe(s.rollDeg > 0 ? -1 : 1)
    expect(arrowDiagram(createProject().shots[0], registry).primitives).toEqual([{ kind: 'label', role: 'hold', at: [0.04, 0.08], text: 'HOLD', align: 'left' }])
  })

  it('every point lies in the frame', () => {
    for (const id of ['orbit-left', 'crane-up', 'dolly-zoom-in', 'crash-zoom-out', 'tilt-up', 'truck-right', 'fpv-drone']) {
      for (const p of arrowDiagram(oneMove(id), registry).primitives) {
        const pts = p.kind === 'path' ? p.points : [p.at]
        for (const [x, y] of pts) {
          expect(x, id).toBeGreaterThanOrEqual(0)
          expect(x, id).toBeLessThanOrEqual(1)
          expect(y, id).toBeGreaterThanOrEqual(0)
          expect(y, id).toBeLessThanOrEqual(1)
        }
      }
    }
  })
})

describe('shot list CSV', () => {
  it('quotes every field, doubles quotes, ends lines with CRLF and starts with a BOM', () => {
    const text = shotListCsv(storyboardRows(threeShots(), registry))
    expect(text.startsWith('\uFEFF"Shot","Name","Start"')).toBe(true)
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text).toContain('"Slow, ""quiet"" push →\nthen hold — café ☕"')
  })

  it('round-trips through papaparse: commas, quotes, newlines and non-ASCII in notes', () => {
    const rows = storyboardRows(threeShots(), registry)
    const parsed = Papa.parse<string[]>(shotListCsv(rows).slice(1), { skipEmptyLines: true })
    expect(parsed.errors).toEqual([])
    expect(parsed.data[0]).toEqual([...CSV_HEADER])
    expect(parsed.data).toHaveLength(4)
    parsed.data.slice(1).forEach((cells, i) => {
      const r = rows[i]
      expect(cells).toEqual([String(r.number), r.name, r.startTimecode, String(r.durationS), r.moves, r.lens, r.route, r.chosenTake, r.notes])
    })
    expect(parsed.data[2][8]).toBe('Slow, "quiet" push →\nthen hold — café ☕')
  })
})

describe('page layout', () => {
  it('landscape A4 and Letter; N cells in a grid inside the margins, under the header, above the footer', () => {
    for (const paper of ['a4', 'letter'] as const)
      for (const n of PANELS_PER_PAGE) {
        const l = pageLayout(paper, n)
        expect([l.widthPt, l.heightPt]).toEqual([PAPER_PT[paper].w, PAPER_PT[paper].h])
        expect(l.widthPt).toBeGreaterThan(l.heightPt)
        expect(l.cells).toHaveLength(n)
        expect(GRID[n].columns * GRID[n].rows).toBe(n)
        for (const c of l.cells) {
          expect(c.x).toBeGreaterThanOrEqual(l.header.x)
          expect(c.x + c.w).toBeLessThanOrEqual(l.header.x + l.header.w + 1e-9)
          expect(c.y).toBeGreaterThan(l.header.y + l.header.h)
          expect(c.y + c.h).toBeLessThan(l.footer.y)
        }
        // no two cells overlap
        for (let i = 0; i < n; i++)
          for (let j = i + 1; j < n; j++) {
            const [a, b] = [l.cells[i], l.cells[j]]
            expect(a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y).toBe(true)
          }
      }
    expect(PAPER_PT.a4).toEqual({ w: 842, h: 595 })
    expect(PAPER_PT.letter).toEqual({ w: 792, h: 612 })
  })

  it('pages and page labels', () => {
    expect(pageCount(7, 4)).toBe(2)
    expect(pageCount(8, 4)).toBe(2)
    expect(pageCount(0, 4)).toBe(1)
    expect(pageLabel(1, 5)).toBe('Page 2 of 5')
  })

  it('a panel: frames of the aspect inside the cell, the small two stacked beside the start frame, text below', () => {
    const cell = { x: 10, y: 20, w: 300, h: 200 }
    for (const aspect of [16 / 9, 9 / 16, 1, 21 / 9]) {
      const p = panelLayout(cell, aspect, 4)
      expect(p.start.w / p.start.h).toBeCloseTo(aspect, 6)
      expect(p.middle.w / p.middle.h).toBeCloseTo(aspect, 6)
      expect(p.end.y).toBeCloseTo(p.middle.y + p.middle.h + 4, 6)
      expect(p.end.y + p.end.h).toBeCloseTo(p.start.y + p.start.h, 6)
      expect(p.middle.x + p.middle.w).toBeLessThanOrEqual(cell.x + cell.w + 1e-6)
      expect(p.text.y).toBeGreaterThanOrEqual(p.start.y + p.start.h)
      expect(p.text.y + p.text.h).toBeCloseTo(cell.y + cell.h, 6)
    }
  })

  it('the contact sheet grid', () => {
    const s = contactSheetLayout(5, 3, 400, 300, 20, 40, 10)
    expect(s.cells).toHaveLength(5)
    expect(s.width).toBe(20 * 2 + 3 * 400 + 2 * 10)
    expect(s.cells[3]).toEqual({ x: 20, y: 20 + 40 + 10 + 300 + 10, w: 400, h: 300 })
    expect(s.height).toBe(20 + 40 + 10 + 2 * 300 + 10 + 20)
  })

  it('moves and notes share the lines left', () => {
    expect(shareLines(10, 3, 2)).toEqual({ moves: 3, notes: 2 })
    expect(shareLines(4, 6, 6)).toEqual({ moves: 2, notes: 2 })
    expect(shareLines(5, 1, 9)).toEqual({ moves: 1, notes: 4 })
    expect(shareLines(5, 9, 1)).toEqual({ moves: 4, notes: 1 })
  })
})

describe('text for Helvetica', () => {
  it('keeps WinAnsi, maps arrows and maths, strips accents it cannot encode, replaces the rest', () => {
    expect(toWinAnsi('café — 35–70 mm · ×2 “ok” €5')).toBe('café — 35–70 mm · ×2 “ok” €5')
    expect(toWinAnsi('push → hold ≈ 2 s')).toBe('push -> hold ~ 2 s')
    expect(toWinAnsi('Łódź ☕ 日本')).toBe('?ódz ? ??')
    expect(toWinAnsi('a\nb\tc')).toBe('a b c')
    for (const ch of toWinAnsi('→≈☕Ł日本🎬é')) expect(isWinAnsi(ch)).toBe(true)
  })

  it('wraps by width, breaks long words and cuts with an ellipsis', () => {
    const measure = (s: string) => s.length
    expect(wrapText('the quick brown fox jumps', 10, measure)).toEqual(['the quick', 'brown fox', 'jumps'])
    expect(wrapText('abcdefghijklmnop', 5, measure)).toEqual(['abcde', 'fghij', 'klmno', 'p'])
    expect(wrapText('one\ntwo', 10, measure)).toEqual(['one', 'two'])
    expect(wrapText('the quick brown fox jumps', 10, measure, 2)).toEqual(['the quick', 'brown fox…'])
    expect(wrapText('the quick brown foxes jump', 10, measure, 2)).toEqual(['the quick', 'brown…'])
  })
})

describe('arrow diagram: arcs', () => {
  it('an orbit left: an arc to the left around the subject, no dolly, no separate pan', () => {
    const shot = oneMove('orbit-left', { angle: 90 })
    const s = moveSummary(shot, registry)
    expect(s.orbitLeftDeg).toBeCloseTo(90, 0)
    expect(Math.abs(s.distanceChangeM)).toBeLessThan(0.05)
    expect(labels(shot)).toEqual(['ARC L 90°'])
    const [arc] = paths(shot, 'travel')
    if (arc.kind !== 'path') throw new Error()
    expect(arc.points[arc.points.length - 1][0]).toBeLessThan(arc.points[0][0])
    expect(labels(oneMove('orbit-right', { angle: 45 }))).toEqual(['ARC R 45°'])
  })

  it('a truck is not an arc (the camera does not turn with it)', () => {
    expect(labels(oneMove('truck-right'))[0]).toMatch(/^TRUCK R /)
  })
})
