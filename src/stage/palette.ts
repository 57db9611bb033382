/** The stage's colours and atmosphere (sRGB hex, as the viewport has always used them). */
export const SKY = '#a9c1d6'
export const GROUND = '#6f7466'
export const GRID_CENTRE = '#3f4a55'
export const GRID_LINES = '#596159'
export const TRUNK = '#6b4a2f'
export const SKIN = '#e8b98f'
export const SHIRT = '#e4572e'
export const TROUSERS = '#2f3b52'
export const VISOR = '#1f2937'
export const CAR_BODY = '#c0392b'
export const CAR_GLASS = '#1e293b'
export const TYRE = '#1c1c1c'
/** Linear fog from the sky colour: starts at FOG_NEAR_M, opaque at FOG_FAR_M. */
export const FOG_NEAR_M = 28
export const FOG_FAR_M = 120
/** The lens camera's clip planes (metres). */
export const LENS_NEAR_M = 0.05
export const LENS_FAR_M = 2000
