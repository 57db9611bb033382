/** "96 f" for 4 s at 24 fps. On its own, so the shot section (first load) does not bring the parameter model (the clip inspector's lazy chunk). */
export const framesLabel = (seconds: number, fps: number): string => `${Math.round(seconds * fps)} f`
