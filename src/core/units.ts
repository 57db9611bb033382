/**
 * Units live in types. These are documentation-grade aliases: a value typed
 * `Degrees` is in degrees, `Seconds` in seconds, and so on. Converters name both ends.
 */
export type Seconds = number
export type Frames = number
export type Degrees = number
export type Radians = number
export type Meters = number
export type Millimeters = number
/** A unitless fraction, usually 0..1 (or of a stated reference such as subject distance). */
export type Fraction = number

export const DEG_TO_RAD = Math.PI / 180
export const RAD_TO_DEG = 180 / Math.PI

export const toRadians = (d: Degrees): Radians => d * DEG_TO_RAD
export const toDegrees = (r: Radians): Degrees => r * RAD_TO_DEG

/** Frame index nearest to a time, on a grid of `fps`. */
export const secondsToFrames = (s: Seconds, fps: number): Frames => Math.round(s * fps)
export const framesToSeconds = (f: Frames, fps: number): Seconds => f / fps

export const clamp = (x: number, lo: number, hi: number): number => (x < lo ? lo : x > hi ? hi : x)
export const lerp = (a: number, b: number, u: number): number => a + (b - a) * u
