/**
 * MiniMax director commands (providers.md section 7): the 15 bracketed tokens, what each does
 * (a NOMINAL_MOVE key in calibration.ts), and the choice of commands for one span of the design.
 */
import { MINIMAX_NAMES, type MinimaxName } from '../../camera-vocabulary'
import type { MotionChannels, MotionSegment } from '../analysis/types'
import { NOMINAL_SHAKE, nominalChannels } from '../calibration'
import { normalizedChannel } from '../fidelity'
import type { Channels } from '../hosted'

/** The commands, as the vocabulary table spells them (written in brackets). */
export const MINIMAX_COMMANDS = MINIMAX_NAMES

export type MinimaxCommand = MinimaxName

/** The vendor's recommended limit of commands in one bracket (moves at once). */
export const MAX_PER_BRACKET = 3

/** What each command does at its one fixed size. */
export const COMMAND_NOMINAL: Readonly<Record<MinimaxCommand, string>> = {
  'Truck left': 'truck-left',
  'Truck right': 'truck-right',
  'Pan left': 'pan-left',
  'Pan right': 'pan-right',
  'Push in': 'push-in',
  'Pull out': 'pull-out',
  'Pedestal up': 'pedestal-up',
  'Pedestal down': 'pedestal-down',
  'Tilt up': 'tilt-up',
  'Tilt down': 'tilt-down',
  'Zoom in': 'zoom-in',
  'Zoom out': 'zoom-out',
  Shake: 'static',
  'Tracking shot': 'tracking',
  'Static shot': 'static',
}

/** The channel each directional command drives: [channel, command for +, command for -]. */
const AXES: readonly [keyof MotionChannels, MinimaxCommand, MinimaxCommand][] = [
  ['panDeg', 'Pan left', 'Pan right'],
  ['tiltDeg', 'Tilt up', 'Tilt down'],
  ['truckM', 'Truck right', 'Truck left'],
  ['pedestalM', 'Pedestal up', 'Pedestal down'],
  ['dollyM', 'Push in', 'Pull out'],
  ['zoomRatio', 'Zoom in', 'Zoom out'],
  ['followM', 'Tracking shot', 'Tracking shot'],
]

/** The commands the channels of a channel set fall under (for notes). */
export const commandsFor = (channel: keyof MotionChannels | 'shake'): readonly MinimaxCommand[] =>
  channel === 'shake' ? ['Shake'] : channel === 'orbitDeg' ? ['Truck left', 'Truck right', 'Pan left', 'Pan right'] : (AXES.find((a) => a[0] === channel)?.slice(1) as MinimaxCommand[]) ?? []

/**
 * An orbit as the commands can say it: the camera travels the chord sideways (truck) and turns
 * back to the subject (pan the other way). Orbit + (camera travels left) = truck left + pan right.
 */
export const orbitAsTruckAndPan = (orbitDeg: number, distanceM: number): { truckM: number; panDeg: number } => ({
  truckM: -Math.sign(orbitDeg) * 2 * distanceM * Math.sin((Math.min(Math.abs(orbitDeg), 180) * Math.PI) / 360),
  panDeg: -orbitDeg,
})

/** The channels one command implies at subject distance `d`. */
export const commandChannels = (command: MinimaxCommand, d: number): Channels => nominalChannels(COMMAND_NOMINAL[command], d)

/** What one span asks for: at most three commands, each only where it brings the clip nearer the design. */
export const spanCommands = (seg: MotionSegment): MinimaxCommand[] => {
  const d = seg.subjectDistanceM
  const c = seg.channels
  const orbit = orbitAsTruckAndPan(c.orbitDeg, d)
  const wanted: Channels = { ...c, truckM: c.truckM + orbit.truckM, panDeg: c.panDeg + orbit.panDeg }
  const gains: { command: MinimaxCommand; gain: number }[] = []
  for (const [channel, plus, minus] of AXES) {
    const value = wanted[channel] ?? 0
    const units = normalizedChannel(channel, value, d)
    const command = units >= 0 ? plus : minus
    const nominal = normalizedChannel(channel, commandChannels(command, d)[channel] ?? (channel === 'zoomRatio' ? 1 : 0), d)
    // a command says one fixed size: worth writing when the design moves at least half that far the same way
    const gain = Math.abs(units) - Math.abs(units - nominal)
    if (gain > 1e-9) gains.push({ command, gain })
  }
  const shakeUnits = seg.shake.rotationDeg / 0.25
  const shakeGain = shakeUnits - Math.abs(shakeUnits - NOMINAL_SHAKE.rotationDeg / 0.25)
  if (shakeGain > 1e-9) gains.push({ command: 'Shake', gain: shakeGain })
  return gains
    .sort((a, b) => b.gain - a.gain)
    .slice(0, MAX_PER_BRACKET)
    .map((g) => g.command)
}
