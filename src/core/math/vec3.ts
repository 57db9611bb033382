/** Plain 3-vectors as readonly tuples. Pure: every function returns a new tuple. */
export type Vec3 = readonly [number, number, number]

export const vec3 = (x: number, y: number, z: number): Vec3 => [x, y, z]
export const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]]
export const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]]
export const scale = (a: Vec3, s: number): Vec3 => [a[0] * s, a[1] * s, a[2] * s]
export const addScaled = (a: Vec3, b: Vec3, s: number): Vec3 => [a[0] + b[0] * s, a[1] + b[1] * s, a[2] + b[2] * s]
export const dot = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
export const cross = (a: Vec3, b: Vec3): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
]
// sqrt of the sum of squares, not Math.hypot: V8's hypot allocates its arguments on every call, and
// these run per frame; at camera scales (1e-9 to 1e4 m) the squares neither overflow nor underflow.
export const length = (a: Vec3): number => Math.sqrt(a[0] * a[0] + a[1] * a[1] + a[2] * a[2])
export const distance = (a: Vec3, b: Vec3): number => {
  const x = a[0] - b[0]
  const y = a[1] - b[1]
  const z = a[2] - b[2]
  return Math.sqrt(x * x + y * y + z * z)
}
export const normalize = (a: Vec3): Vec3 => {
  const l = length(a)
  return l > 0 ? [a[0] / l, a[1] / l, a[2] / l] : [0, 0, 0]
}
export const lerpVec3 = (a: Vec3, b: Vec3, u: number): Vec3 => [
  a[0] + (b[0] - a[0]) * u,
  a[1] + (b[1] - a[1]) * u,
  a[2] + (b[2] - a[2]) * u,
]
export const isFiniteVec3 = (a: Vec3): boolean => Number.isFinite(a[0]) && Number.isFinite(a[1]) && Number.isFinite(a[2])

/** Rotate `p` about the vertical (+Y) axis through `pivot` by `angle` radians (right-handed). */
export const rotateAboutY = (p: Vec3, pivot: Vec3, angle: number): Vec3 => {
  const c = Math.cos(angle)
  const s = Math.sin(angle)
  const x = p[0] - pivot[0]
  const z = p[2] - pivot[2]
  return [pivot[0] + c * x + s * z, p[1], pivot[2] - s * x + c * z]
}

/** Rodrigues rotation of `p` about unit `axis` through `pivot` by `angle` radians. */
export const rotateAboutAxis = (p: Vec3, pivot: Vec3, axis: Vec3, angle: number): Vec3 => {
  const v = sub(p, pivot)
  const c = Math.cos(angle)
  const s = Math.sin(angle)
  const kxv = cross(axis, v)
  const kdv = dot(axis, v)
  return [
    pivot[0] + v[0] * c + kxv[0] * s + axis[0] * kdv * (1 - c),
    pivot[1] + v[1] * c + kxv[1] * s + axis[1] * kdv * (1 - c),
    pivot[2] + v[2] * c + kxv[2] * s + axis[2] * kdv * (1 - c),
  ]
}
