import { describe, expect, it } from 'vitest'
import { PRESETS, searchPresets } from '../../camera-presets'
import { searchLibrary } from './librarySearch'

const ids = (q: string, category?: Parameters<typeof searchLibrary>[1]) => searchLibrary(q, category).presets.map((p) => p.id)

describe('library search by rival tools’ names', () => {
  it('finds a preset by the name another tool gives it, and says which tool', () => {
    expect(ids('Robo Arm')).toEqual(['robo-arm'])
    expect(searchLibrary('Robo Arm').aliases.get('robo-arm')).toBe('Higgsfield: Robo Arm · PixVerse: robo_arm')
    expect(ids('bolt_cam')).toEqual(['robo-arm'])
    expect(searchLibrary('Bolt Cam').aliases.get('robo-arm')).toBe('Luma: bolt_cam')
    expect(ids('camera_rotation')).toContain('orbit-left')
    expect(searchLibrary('camera rotation').aliases.get('orbit-left')).toBe('PixVerse: camera_rotation')
    // Enter adds the name's own preset, not the first one it fits loosely
    expect(searchLibrary('camera_rotation').best?.id).toBe('orbit-left')
    expect(searchLibrary('orbit').best?.id).toBe(searchLibrary('orbit').presets[0].id)
  })

  it('spells MiniMax commands in brackets and keeps its own words too', () => {
    const r = searchLibrary('[Truck left]')
    expect(r.presets.map((p) => p.id)).toContain('truck-left')
    expect(r.aliases.get('truck-left')).toMatch(/^MiniMax: \[Truck left\] · /)
    expect(searchLibrary('truck_left').aliases.get('truck-left')).toMatch(/^Luma: truck_left · /)
    // Wan's "Pan Left" is a truck: a search for it lists both, each with its tool
    const pan = searchLibrary('Pan Left')
    expect(pan.presets.map((p) => p.id)).toEqual(expect.arrayContaining(['pan-left', 'truck-left']))
    expect(pan.aliases.get('truck-left')).toBe('Wan: Pan Left')
  })

  it('marks a preset a name only fits loosely', () => {
    expect(searchLibrary('Dolly In').aliases.get('push-in')).toMatch(/^Close to Higgsfield: Dolly In/)
    expect(searchLibrary('Dolly In').aliases.get('dolly-in')).toMatch(/^Higgsfield: Dolly In/)
  })

  it('lists what the old search found, in library order, and respects the category', () => {
    for (const q of ['', 'orbit', 'vertigo', 'drone']) {
      const own = searchPresets(q).map((p) => p.id)
      expect(ids(q)).toEqual(expect.arrayContaining(own))
      const order = PRESETS.map((p) => p.id)
      const found = ids(q)
      expect([...found].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(found)
    }
    expect(ids('bolt cam', 'lens')).toEqual([])
  })

  it('says a look or a time effect is not a camera move instead of an empty list', () => {
    const f = searchLibrary('fisheye')
    expect(f.presets).toEqual([])
    expect(f.notMoves).toEqual(['Fisheye (Higgsfield) is a look, not a camera move: an ultra-wide, barrel-distorted lens look.'])
    expect(searchLibrary('hyperlapse').notMoves[0]).toMatch(/^Hyperlapse \(Higgsfield\) is a time effect, not a camera move/)
    expect(searchLibrary('robo arm').notMoves).toEqual([])
  })
})
