/**
 * `summarise(entries)`: per route, model, move and channel, how many takes, the mean (and spread) of
 * what was measured, what the calibration table says, their ratio, and one sentence ("Luma
 * orbit_left: measured 28 degrees on average over 5 takes; the calibration table says 45").
 *
 * Sizes are along the move's own direction, so a take that went the wrong way counts negative and
 * takes of a move sent both ways (a Higgsfield Whip Pan, a Kling axis at +5 and -5) sum up together.
 * Kling axes are per unit (size over the axis value), Higgsfield motions at strength 1 (size over
 * the strength; a zoom's logarithm likewise), as the calibration table writes them.
 */
import { ROUTE_LABELS } from '../pricing/estimate'
import type { ChannelName } from '../camera-measure/compare/types'
import { travelsTheCalibratedWay } from './entry'
import type { LoggedChannel, MeasureLogEntry, MeasureLogRow } from './types'

/** A ratio further than this from 1 is worth a look (the dialog highlights it). */
export const RATIO_OFF = 0.15

export const isRatioOff = (row: Pick<MeasureLogRow, 'ratio' | 'agreeing' | 'takes'>): boolean =>
  row.ratio !== null ? Math.abs(row.ratio - 1) > RATIO_OFF : row.agreeing !== null && row.agreeing < (1 - RATIO_OFF) * row.takes

const DIRECTIONS: Readonly<Record<ChannelName, readonly [string, string]>> = {
  pan: ['right', 'left'],
  tilt: ['up', 'down'],
  roll: ['counter-clockwise', 'clockwise'],
  zoom: ['in', 'out'],
  dolly: ['forward', 'back'],
  truck: ['right', 'left'],
  pedestal: ['up', 'down'],
  orbit: ['left around the subject', 'right around the subject'],
}

/** A channel's values normalised by its move's amount: per Kling unit, at Higgsfield strength 1. */
const normalised = (c: LoggedChannel): { calibrated: number; measured: number } => {
  const a = c.amount !== null && c.amountKind !== 'count' && c.amount !== 0 ? c.amount : 1
  if (c.unit === 'x') return { calibrated: Math.exp(Math.log(c.calibrated) / a), measured: Math.exp(Math.log(c.measured) / a) }
  if (c.unit === 'dir') return { calibrated: c.calibrated / a, measured: Math.sign(a) * c.measured }
  return { calibrated: c.calibrated / a, measured: c.measured / a }
}

/** The calibrated direction (+1 or -1) and the sizes along it: focal ratios flipped for a zoom out. */
const along = (c: LoggedChannel): { sign: 1 | -1; calibrated: number; measured: number } => {
  const n = normalised(c)
  if (c.unit === 'x') {
    const sign = n.calibrated >= 1 ? 1 : -1
    return { sign, calibrated: Math.pow(n.calibrated, sign), measured: Math.pow(n.measured, sign) }
  }
  const sign = n.calibrated >= 0 ? 1 : -1
  return { sign, calibrated: sign * n.calibrated, measured: sign * n.measured }
}

const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length
const spread = (xs: readonly number[]) => {
  if (xs.length < 2) return 0
  const m = mean(xs)
  return Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1))
}

const round = (x: number, digits: number) => {
  const s = x.toFixed(digits)
  return Number(s) === 0 ? (0).toFixed(digits) : s
}
/** Whole degrees, tenths under 10 (a Kling unit is a few degrees). */
const degrees = (x: number) => round(x, Math.abs(x) < 9.95 ? 1 : 0)
const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`

const PER: Readonly<Record<string, MeasureLogRow['per']>> = { units: 'per unit', strength: 'at strength 1', count: '' }

interface Group {
  route: string
  model: string | null
  move: string
  channel: ChannelName
  unit: LoggedChannel['unit']
  per: MeasureLogRow['per']
  channels: LoggedChannel[]
}

/** "Luma", "Kling (kling-v1-5)" where the route's takes went to more than one model. */
const nameOf = (g: Group, modelsByRoute: Map<string, Set<string | null>>) => {
  const label = ROUTE_LABELS[g.route] ?? g.route
  return (modelsByRoute.get(g.route)?.size ?? 0) > 1 ? `${label} (${g.model ?? 'default model'})` : label
}

const sentenceOf = (g: Group, row: Omit<MeasureLogRow, 'sentence'>, name: string, sayChannel: boolean): string => {
  const what = `${name} ${g.move}${sayChannel ? `, ${g.channel}` : ''}`
  const per = row.per ? ` ${row.per}` : ''
  const over = `over ${plural(row.takes, 'take')}`
  if (row.unit === 'dir')
    return `${what}: travelled the way the calibration table says (${row.direction}) in ${row.agreeing} of ${plural(row.takes, 'take')} (direction only: a video has no scale); the table says ${round(row.calibrated, 2)} of the subject distance${per}`
  if (row.unit === 'x') {
    const zoom = (z: number) => `${round(z, 2)}x`
    const other = row.measuredMean < 1 ? ' (the other way)' : ''
    return `${what}: measured ${zoom(row.measuredMean)}${other}${per} on average ${over}; the calibration table says ${zoom(row.calibrated)}`
  }
  const other = row.measuredMean < 0 ? ' the other way' : ''
  return `${what}: measured ${degrees(Math.abs(row.measuredMean))} degrees${other}${per} on average ${over}; the calibration table says ${degrees(row.calibrated)}`
}

/** Rows per route, model, move and channel, in the order their first take was logged. */
export const summarise = (entries: readonly MeasureLogEntry[]): MeasureLogRow[] => {
  const groups = new Map<string, Group>()
  const modelsByRoute = new Map<string, Set<string | null>>()
  for (const e of [...entries].sort((a, b) => a.measuredAt - b.measuredAt)) {
    modelsByRoute.set(e.route, (modelsByRoute.get(e.route) ?? new Set()).add(e.model))
    for (const c of e.channels) {
      const move = c.moves.join(' + ')
      const per = c.amountKind ? PER[c.amountKind] : ''
      const key = JSON.stringify([e.route, e.model, move, c.channel, per])
      const g = groups.get(key) ?? { route: e.route, model: e.model, move, channel: c.channel, unit: c.unit, per, channels: [] }
      g.channels.push(c)
      groups.set(key, g)
    }
  }
  const all = [...groups.values()]
  return all.map((g): MeasureLogRow => {
    const a = g.channels.map(along)
    const measured = a.map((x) => x.measured)
    const calibrated = mean(a.map((x) => x.calibrated))
    const signs = new Set(a.map((x) => x.sign))
    const [pos, neg] = DIRECTIONS[g.channel]
    const direction = signs.size > 1 ? 'either way' : a[0].sign > 0 ? pos : neg
    const measuredMean = mean(measured)
    const ratio = g.unit === 'dir' ? null : g.unit === 'x' ? Math.log(measuredMean) / Math.log(calibrated) : measuredMean / calibrated
    const row = {
      route: g.route,
      routeLabel: ROUTE_LABELS[g.route] ?? g.route,
      model: g.model,
      move: g.move,
      channel: g.channel,
      unit: g.unit,
      per: g.per,
      direction,
      takes: g.channels.length,
      measuredMean,
      measuredSpread: spread(measured),
      calibrated,
      ratio: ratio !== null && Number.isFinite(ratio) ? ratio : null,
      agreeing: g.unit === 'dir' ? g.channels.filter(travelsTheCalibratedWay).length : null,
    }
    const sameMove = all.filter((o) => o.route === g.route && o.model === g.model && o.move === g.move)
    const sayChannel = sameMove.length > 1 || !g.move.toLowerCase().includes(g.channel)
    return { ...row, sentence: sentenceOf(g, row, nameOf(g, modelsByRoute), sayChannel) }
  })
}
