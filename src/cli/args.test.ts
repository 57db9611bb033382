import { describe, expect, it } from 'vitest'
import { parseArgs } from './args'

const ok = (argv: string[]) => {
  const r = parseArgs(argv)
  if (!r.ok) throw new Error(r.message)
  return r.value
}
const bad = (argv: string[]) => {
  const r = parseArgs(argv)
  if (r.ok) throw new Error('expected a parse error')
  return r.message
}

describe('parseArgs', () => {
  it('help and version', () => {
    expect(ok(['--help'])).toEqual({ command: 'help' })
    expect(ok(['compile', 'x.json', '-h'])).toEqual({ command: 'help' })
    expect(ok(['help'])).toEqual({ command: 'help' })
    expect(ok(['--version'])).toEqual({ command: 'version' })
  })

  it('listings with and without --json', () => {
    expect(ok(['presets'])).toEqual({ command: 'presets', json: false })
    expect(ok(['targets', '--json'])).toEqual({ command: 'targets', json: true })
  })

  it('new: presets with the params that follow each', () => {
    expect(ok(['new', '--preset', 'orbit-left', '--param', 'angle=120', '--preset=crane-up', '--param=aim=locked', '--param', 'angle=-5', '--fps', '30', '--aspect', '9:16', '--duration=7.5', '-o', 'a.json'])).toEqual({
      command: 'new',
      moves: [
        { presetId: 'orbit-left', params: [{ name: 'angle', value: '120' }] },
        { presetId: 'crane-up', params: [{ name: 'aim', value: 'locked' }, { name: 'angle', value: '-5' }] },
      ],
      together: false,
      durationS: 7.5,
      fps: 30,
      aspect: '9:16',
      outFile: 'a.json',
    })
    expect(ok(['new', '--together', '--output', 'b.json'])).toMatchObject({ moves: [], together: true, outFile: 'b.json' })
  })

  it('new: --prompt is what the shot is of, trimmed', () => {
    expect(ok(['new', '--preset', 'dolly-in', '--prompt', '  A lighthouse at dusk, waves below '])).toMatchObject({ prompt: 'A lighthouse at dusk, waves below' })
    expect(ok(['new', '--prompt=A fox'])).toMatchObject({ prompt: 'A fox' })
    expect(ok(['new', '--preset', 'dolly-in'])).not.toHaveProperty('prompt')
  })

  it('compile: project, target, shot number (default 1)', () => {
    expect(ok(['compile', 'p.json', '--target', 'trajectory'])).toEqual({ command: 'compile', projectFile: 'p.json', targetId: 'trajectory', shotNumber: 1, outFile: undefined })
    expect(ok(['compile', '--shot', '2', '--target=trajectory', 'p.json', '-o', 'out.json'])).toMatchObject({ shotNumber: 2, outFile: 'out.json' })
  })

  it('fidelity: project, shot number (default 1), --json', () => {
    expect(ok(['fidelity', 'p.json'])).toEqual({ command: 'fidelity', projectFile: 'p.json', shotNumber: 1, json: false })
    expect(ok(['fidelity', '--json', '--shot=3', 'p.json'])).toEqual({ command: 'fidelity', projectFile: 'p.json', shotNumber: 3, json: true })
  })

  it.each([
    [['fidelity'], "'fidelity' needs a project file"],
    [['fidelity', 'a.json', 'b.json'], "'fidelity' takes one project file (got 2)"],
    [['fidelity', 'a.json', '--shot', '0'], '--shot must be a shot number from 1'],
    [['fidelity', 'a.json', '--json=yes'], '--json takes no value'],
    [['fidelity', 'a.json', '-o', 'x'], "unknown option '-o' for 'fidelity'"],
    [[], 'missing command'],
    [['render'], "unknown command 'render'"],
    [['presets', '--yaml'], "unknown option '--yaml' for 'presets'"],
    [['presets', 'extra'], "'presets' takes no arguments"],
    [['new', '--param', 'angle=1'], '--param angle=1 must follow the --preset it belongs to'],
    [['new', '--preset', 'orbit-left', '--param', 'angle'], '--param needs the form name=value'],
    [['new', '--preset'], '--preset needs a value'],
    [['new', '--fps', '0'], '--fps must be a frame rate'],
    [['new', '--fps', '121'], '--fps must be a frame rate'],
    [['new', '--fps', 'fast'], '--fps must be a frame rate'],
    [['new', '--duration', '0'], '--duration must be seconds'],
    [['new', '--duration', '601'], '--duration must be seconds'],
    [['new', '--aspect', '2:1'], '--aspect must be one of 16:9, 9:16, 1:1, 4:3, 21:9'],
    [['new', '--fps', '24', '--fps', '30'], '--fps is given more than once'],
    [['new', '--together=yes'], '--together takes no value'],
    [['new', 'out.json'], "'new' takes no file name"],
    [['new', '--prompt', '  '], '--prompt needs text: what the shot is of (subject, scene)'],
    [['new', '--prompt', 'x'.repeat(2001)], '--prompt must be at most 2000 characters (got 2001)'],
    [['new', '--prompt', 'a', '--prompt', 'b'], '--prompt is given more than once'],
    [['new', '--prompt'], '--prompt needs a value'],
    [['compile', '--target', 'trajectory'], "'compile' needs a project file"],
    [['compile', 'a.json', 'b.json', '--target', 'trajectory'], "'compile' takes one project file"],
    [['compile', 'a.json'], "'compile' needs --target ID"],
    [['compile', 'a.json', '--target', 'trajectory', '--shot', '0'], '--shot must be a shot number from 1'],
    [['compile', 'a.json', '--target', 'trajectory', '--shot', '1.5'], '--shot must be a shot number from 1'],
    [['compile', 'a.json', '--target', 'trajectory', '--preset', 'x'], "unknown option '--preset' for 'compile'"],
  ])('rejects %j', (argv, message) => {
    expect(bad(argv)).toContain(message)
  })
})
