/**
 * Film-language phrases for one span of the motion analysis: which moves to name (composites such
 * as dolly zoom, orbit and crane first, then single axes), in the right words (pan = yaw, truck =
 * sideways travel, pedestal, push-in / dolly, zoom = focal length only), each with the channels it
 * says, rounded as written.
 */
import type { MotionChannels, MotionSegment } from '../analysis/types'
import { NOMINAL_SHAKE, PROMPT_SHAKE, nominalChannels } from '../calibration'
import { normalizedChannel } from '../fidelity'
import type { Channels } from '../hosted'

export type MoveKind =
  | 'dolly-zoom'
  | 'orbit'
  | 'crane'
  | 'follow'
  | 'whip-pan'
  | 'crash-zoom'
  | 'pan'
  | 'truck'
  | 'dolly'
  | 'pedestal'
  | 'tilt'
  | 'zoom'
  | 'roll'
  | 'subject-turn'
  | 'rack-focus'
  | 'handheld'

export interface Phrase {
  readonly kind: MoveKind
  /** Imperative form, leading a span: "pan left 45 degrees". */
  readonly main: string
  /** Gerund form, after "while": "panning left 45 degrees". */
  readonly secondary: string
  /** What the phrase says, in our channels (magnitudes as written). */
  readonly channels: Channels
  readonly shake?: { readonly positionM: number; readonly rotationDeg: number }
  /** The words already carry the speed (whip pan, crash zoom). */
  readonly speedless?: boolean
}

/** What the writer knows at the start of a span, as written so far. */
export interface SpanState {
  readonly numbers: boolean
  /** Subject distance as written (chained through earlier spans). */
  readonly distanceM: number
  /** Focal length as written, when known. */
  readonly focalMm?: number
  /** Focus distance as written, when known. */
  readonly focusM?: number
  readonly focusFollowsSubject: boolean
}

/** Degrees as written: whole degrees under 20, else to the nearest 5. */
export const roundDeg = (v: number): number => (Math.abs(v) < 20 ? Math.round(v) : Math.round(v / 5) * 5) || 0
/** Metres as written: 0.1 m under 10 m, 0.5 m under 30 m, else whole metres. */
export const roundM = (v: number): number => {
  const a = Math.abs(v)
  const step = a < 10 ? 0.1 : a < 30 ? 0.5 : 1
  return Number((Math.round(v / step) * step).toFixed(2)) || 0
}

const deg = (v: number) => `${Math.abs(v)} degrees`
const m = (v: number) => `${Math.abs(v)} m`
const CRANE_PRESETS = ['crane-up', 'crane-down', 'crane-over-head', 'aerial-reveal', 'top-down']

/** The shake word nearest (in log) to a measured RMS rotation. */
export const shakeLevel = (rotationDeg: number) =>
  PROMPT_SHAKE.levels.reduce((best, l) =>
    Math.abs(Math.log(rotationDeg / (NOMINAL_SHAKE.rotationDeg * l.scale))) < Math.abs(Math.log(rotationDeg / (NOMINAL_SHAKE.rotationDeg * best.scale))) ? l : best,
  )

/** The phrases of one span, most important first, and the state after it. */
export const spanPhrases = (seg: MotionSegment, st: SpanState): Phrase[] => {
  const c = seg.channels
  const presets = new Set(seg.moves.map((mv) => mv.presetId))
  const has = (...ids: string[]) => ids.some((id) => presets.has(id))
  const units = (k: keyof MotionChannels) => Math.abs(normalizedChannel(k, c[k], seg.subjectDistanceM))
  const used = new Set<keyof MotionChannels>()
  const sig = (k: keyof MotionChannels) => !used.has(k) && units(k) >= 0.1
  const sign = (k: keyof MotionChannels) => (k === 'zoomRatio' || k === 'focusRatio' ? Math.sign(Math.log(c[k])) : Math.sign(c[k]))
  const nominal = (key: string, flip = 1) => nominalChannels(key, st.distanceM, flip)
  const out: Phrase[] = []
  const add = (p: Phrase, ...channels: (keyof MotionChannels)[]) => {
    channels.forEach((k) => used.add(k))
    const moves = (Object.entries(p.channels) as [keyof MotionChannels, number][]).some(([k, v]) => v !== (k === 'zoomRatio' || k === 'focusRatio' ? 1 : 0))
    if (moves || p.shake) out.push(p)
  }
  const n = st.numbers
  const zoomWords = (ratio: number) => {
    if (st.focalMm !== undefined) {
      const to = Math.round(st.focalMm * ratio)
      return { ratio: to / st.focalMm, text: n ? ` from ${st.focalMm} mm to ${to} mm` : '' }
    }
    const r = Number(Math.max(ratio, 1 / ratio).toFixed(1))
    return { ratio: ratio >= 1 ? r : 1 / r, text: n ? ` ${r}x` : '' }
  }

  if (sig('dollyM') && sig('zoomRatio') && sign('dollyM') === -sign('zoomRatio')) {
    const w = n ? { dollyM: roundM(c.dollyM), zoomRatio: c.zoomRatio } : nominal(c.dollyM > 0 ? 'dolly-zoom' : 'dolly-zoom-out')
    const z = zoomWords(w.zoomRatio ?? 1)
    const travel = `${w.dollyM! > 0 ? 'push in' : 'pull back'}${n ? ` ${m(w.dollyM!)}` : ''}`
    const lens = `zooming ${z.ratio < 1 ? 'out' : 'in'}${z.text}`
    add(
      {
        kind: 'dolly-zoom',
        main: `dolly zoom: ${travel} and ${lens.replace('zooming', 'zoom')} together, keeping the subject the same size`,
        secondary: `in a dolly zoom (${travel}, ${lens})`,
        channels: { dollyM: w.dollyM, zoomRatio: z.ratio },
      },
      'dollyM',
      'zoomRatio',
    )
  }
  if (sig('orbitDeg')) {
    const key = has('bullet-time') ? 'bullet-time' : Math.abs(c.orbitDeg) > 300 ? 'orbit-360' : c.orbitDeg > 0 ? 'orbit-left' : 'orbit-right'
    const free = key === 'bullet-time' || key === 'orbit-360' ? sign('orbitDeg') : 1
    const v = n ? roundDeg(c.orbitDeg) : (nominal(key, free).orbitDeg ?? 0)
    const dir = v > 0 ? 'left' : 'right'
    const amount = Math.abs(v) >= 355 && n ? 'a full 360 degrees' : n ? deg(v) : ''
    const verb = has('arc') && Math.abs(v) < 90 ? ['arc', 'arcing'] : ['orbit', 'orbiting']
    const around = has('bullet-time') ? 'around the frozen subject' : 'around the subject'
    const words = `${amount ? `${amount} ` : ''}${dir} ${around}`
    add(
      {
        kind: 'orbit',
        main: has('bullet-time') ? `bullet time: orbit ${words}` : `${verb[0]} ${words}`,
        secondary: `${verb[1]} ${words}`,
        channels: { orbitDeg: v },
        speedless: has('bullet-time'),
      },
      'orbitDeg',
    )
  }
  if (sig('pedestalM') && (has(...CRANE_PRESETS) || (units('tiltDeg') >= 0.1 && sign('tiltDeg') === -sign('pedestalM')))) {
    const up = c.pedestalM > 0
    const w: Channels = n
      ? { pedestalM: roundM(c.pedestalM), dollyM: sig('dollyM') ? roundM(c.dollyM) : 0, tiltDeg: sig('tiltDeg') ? roundDeg(c.tiltDeg) : 0 }
      : nominal(has('aerial-reveal') ? 'aerial-reveal' : has('crane-over-head', 'top-down') ? 'crane-over-head' : up ? 'crane-up' : 'crane-down')
    const aerial = has('aerial-reveal')
    const over = has('crane-over-head', 'top-down')
    const vertical = aerial || over ? (up ? 'rise' : 'descend') : up ? 'crane up' : 'crane down'
    const travel = [`${n ? `${m(w.pedestalM ?? 0)}` : ''}`, w.dollyM ? `${w.dollyM > 0 ? 'forward' : 'back'}${n ? ` ${m(w.dollyM)}` : ''}` : ''].filter(Boolean)
    const tilt = w.tiltDeg ? `, tilting ${w.tiltDeg > 0 ? 'up' : 'down'}${n ? ` ${deg(w.tiltDeg)}` : ''}` : ''
    const body = `${vertical}${travel.length ? ` ${travel.join(' and ')}` : ''}${tilt}`
    const lead = aerial ? 'aerial pullback: ' : over ? 'crane over the subject to a top-down view: ' : ''
    const gerund = body.replace(/^crane/, 'craning').replace(/^rise/, 'rising').replace(/^descend/, 'descending')
    add({ kind: 'crane', main: `${lead}${body}`, secondary: gerund, channels: w }, 'pedestalM', 'dollyM', 'tiltDeg')
  }
  if (sig('followM')) {
    const v = n ? roundM(c.followM) : (nominal('tracking').followM ?? 0)
    add({ kind: 'follow', main: `tracking shot: follow the subject${n ? ` ${m(v)}` : ''}`, secondary: `tracking the subject${n ? ` ${m(v)}` : ''}`, channels: { followM: v } }, 'followM')
  }
  if (sig('panDeg')) {
    const whip = has('whip-pan') || (seg.speed === 'snap' && Math.abs(c.panDeg) >= 60)
    const v = n ? roundDeg(c.panDeg) : (nominal(whip ? 'whip-pan' : c.panDeg > 0 ? 'pan-left' : 'pan-right', whip ? sign('panDeg') : 1).panDeg ?? 0)
    const words = `${v > 0 ? 'left' : 'right'}${n ? ` ${deg(v)}` : ''}`
    const p = whip ? { main: `whip pan ${words}`, secondary: `whip-panning ${words}`, speedless: true } : { main: `pan ${words}`, secondary: `panning ${words}` }
    add({ kind: whip ? 'whip-pan' : 'pan', ...p, channels: { panDeg: v } }, 'panDeg')
  }
  if (sig('truckM')) {
    const v = n ? roundM(c.truckM) : (nominal(c.truckM > 0 ? 'truck-right' : 'truck-left').truckM ?? 0)
    const words = `${v > 0 ? 'right' : 'left'}${n ? ` ${m(v)}` : ''}`
    add({ kind: 'truck', main: `truck ${words}`, secondary: `trucking ${words}`, channels: { truckM: v } }, 'truckM')
  }
  if (sig('dollyM')) {
    const v = n ? roundM(c.dollyM) : (nominal(c.dollyM > 0 ? 'push-in' : 'pull-out').dollyM ?? 0)
    const amount = n ? ` ${m(v)}` : ''
    const [main, secondary] = has('fpv-drone')
      ? [`fly ${v > 0 ? 'forward' : 'back'}${amount}`, `flying ${v > 0 ? 'forward' : 'back'}${amount}`]
      : v > 0
        ? has('push-in')
          ? [`push in${amount} toward the subject`, `pushing in${amount}`]
          : [`dolly in${amount} toward the subject`, `dollying in${amount}`]
        : has('pull-out')
          ? [`pull out${amount} from the subject`, `pulling out${amount}`]
          : [`dolly out${amount} from the subject`, `dollying out${amount}`]
    add({ kind: 'dolly', main, secondary, channels: { dollyM: v } }, 'dollyM')
  }
  if (sig('pedestalM')) {
    const v = n ? roundM(c.pedestalM) : (nominal(c.pedestalM > 0 ? 'pedestal-up' : 'pedestal-down').pedestalM ?? 0)
    const amount = n ? ` ${m(v)}` : ''
    add({ kind: 'pedestal', main: `pedestal ${v > 0 ? 'up' : 'down'}${amount}`, secondary: `${v > 0 ? 'rising' : 'descending'}${amount}`, channels: { pedestalM: v } }, 'pedestalM')
  }
  if (sig('tiltDeg')) {
    const v = n ? roundDeg(c.tiltDeg) : (nominal(c.tiltDeg > 0 ? 'tilt-up' : 'tilt-down').tiltDeg ?? 0)
    const words = `${v > 0 ? 'up' : 'down'}${n ? ` ${deg(v)}` : ''}`
    add({ kind: 'tilt', main: `tilt ${words}`, secondary: `tilting ${words}`, channels: { tiltDeg: v } }, 'tiltDeg')
  }
  if (sig('zoomRatio')) {
    const crash = has('crash-zoom-in', 'crash-zoom-out') || (seg.speed === 'snap' && Math.abs(Math.log(c.zoomRatio)) >= Math.log(2))
    const inward = c.zoomRatio > 1
    const z = zoomWords(n ? c.zoomRatio : (nominal(`${crash ? 'crash-' : ''}zoom-${inward ? 'in' : 'out'}`).zoomRatio ?? 1))
    const words = `${inward ? 'in' : 'out'}${z.text}`
    const p = crash ? { main: `crash zoom ${words}`, secondary: `crash-zooming ${words}`, speedless: true } : { main: `zoom ${words}`, secondary: `zooming ${words}` }
    add({ kind: crash ? 'crash-zoom' : 'zoom', ...p, channels: { zoomRatio: z.ratio } }, 'zoomRatio')
  }
  if (sig('rollDeg')) {
    const dutch = has('dutch-angle')
    const v = n ? roundDeg(c.rollDeg) : (nominal(dutch ? 'dutch-angle' : c.rollDeg > 0 ? 'roll-left' : 'roll-right', dutch ? sign('rollDeg') : 1).rollDeg ?? 0)
    const dir = v > 0 ? 'counter-clockwise' : 'clockwise'
    const words = dutch ? `into a ${n ? `${Math.abs(v)}-degree ` : ''}dutch angle, ${dir}` : `${n ? `${deg(v)} ` : ''}${dir}`
    add({ kind: 'roll', main: `roll ${words}`, secondary: `rolling ${words}`, channels: { rollDeg: v } }, 'rollDeg')
  }
  if (sig('subjectSpinDeg')) {
    const v = n ? roundDeg(c.subjectSpinDeg) : (nominal('lazy-susan', sign('subjectSpinDeg')).subjectSpinDeg ?? 0)
    const tail = `${n ? `${deg(v)} ` : ''}to its ${v > 0 ? 'left' : 'right'} on a turntable`
    add(
      { kind: 'subject-turn', main: `lazy susan: the subject turns ${tail}`, secondary: `the subject turning ${tail}`, channels: { subjectSpinDeg: v } },
      'subjectSpinDeg',
    )
  }
  // focusRatio is the pull relative to the subject; the distances written are absolute, so the
  // span's own travel (which changes the subject distance) converts between the two
  const rack = has('rack-focus') || Math.abs(Math.log(c.focusRatio)) >= Math.log(1.15)
  if (rack && units('focusRatio') >= 0.1 && st.focusM !== undefined) {
    const travel = distanceRatio(c, seg.subjectDistanceM)
    const relative = n ? c.focusRatio : (nominal('focus-change', sign('focusRatio')).focusRatio ?? 1)
    const from = roundM(st.focusM)
    const to = roundM(st.focusM * relative * travel)
    const words = n ? ` from ${m(from)} to ${m(to)}` : ` ${to > from ? 'to the background' : 'to the foreground'}`
    if (from > 0 && to !== from)
      add({ kind: 'rack-focus', main: `rack focus${words}`, secondary: `racking focus${words}`, channels: { focusRatio: to / from / travel } }, 'focusRatio')
  }
  if (seg.shake.rotationDeg / 0.25 >= 0.1) {
    const level = shakeLevel(seg.shake.rotationDeg)
    const shake = { positionM: NOMINAL_SHAKE.positionM * level.scale, rotationDeg: NOMINAL_SHAKE.rotationDeg * level.scale }
    const words = `${level.word} handheld shake`
    add({ kind: 'handheld', main: `hold with ${words}`, secondary: `with ${words}`, channels: {}, shake })
  }
  return out
}

/** Subject distance after the span over before, as the design's own travel implies. */
const distanceRatio = (c: MotionChannels, d: number): number => Math.sqrt(c.truckM * c.truckM + c.pedestalM * c.pedestalM + (d - c.dollyM) ** 2) / Math.max(0.05, d)
