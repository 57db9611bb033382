/**
 * The depth pass's override material: linear depth along the view axis, white at `near`, black at
 * `far` and beyond. Written straight to the canvas (no colour-space conversion), so a grey level
 * is proportional to depth: value = (far - z) / (far - near).
 */
import { ShaderMaterial } from 'three'

const vertexShader = /* glsl */ `
varying float vViewDepth;
void main() {
  vec4 mv = modelViewMatrix * vec4(position, 1.0);
  vViewDepth = -mv.z;
  gl_Position = projectionMatrix * mv;
}`

const fragmentShader = /* glsl */ `
uniform float uNear;
uniform float uFar;
varying float vViewDepth;
void main() {
  float v = clamp((uFar - vViewDepth) / (uFar - uNear), 0.0, 1.0);
  gl_FragColor = vec4(v, v, v, 1.0);
}`

export const createDepthMaterial = (nearM: number, farM: number): ShaderMaterial =>
  new ShaderMaterial({
    name: 'previs-depth',
    uniforms: { uNear: { value: nearM }, uFar: { value: farM } },
    vertexShader,
    fragmentShader,
    fog: false,
    lights: false,
  })
