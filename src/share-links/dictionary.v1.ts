/**
 * The deflate dictionary of link format 1, FROZEN: the compressor and the decompressor both start from
 * these bytes, so the first mention of a key, a preset id or a parameter name costs a back-reference
 * instead of its letters (a 6-shot project's link shrinks by about 40%). Changing one byte breaks every
 * format-1 link ever made (dictionary.test.ts pins its CRC); a better dictionary needs format 2.
 * Most frequent strings come last (nearer matches are cheaper).
 */
import { strToU8 } from 'fflate'

const TEXT = [
  '"scene":{"setPieces":[{"id":"piece:","kind":"box","label":"","position":[0,0,0],"size":[1,1,1],"color":"#"},',
  '{"kind":"column","kind":"tree","kind":"wall"}]},"subject":{"groundPosition":[0,0,0],"facingDeg":,"heightM":1.8,',
  '"aimHeightM":1.5,"path":{"kind":"still","kind":"arc","radiusM":,"sweepDeg":,"distanceM":,"kind":"line"}},',
  '"lens":{"focalLengthMm":35,"sensorId":"full-frame","sensorId":"super-35","sensorId":"aps-c","sensorId":"16mm",',
  '"sensorId":"two-thirds-inch","sensorId":"custom","sensorWidthMm":,"sensorHeightMm":,"focusDistanceM":,',
  '"fStop":},"customPresets":[{"id":"custom:","version":1,"name":"","description":"","category":"orbit",',
  '"durationS":,"parts":[{"presetId":"","presetVersion":1,"startS":0,"durationS":,"track":0,"params":{},',
  '"easing":{"kind":"named","name":"ease-in-out"}},{"kind":"bezier","handles":[]}],"exposed":[{"kind":"number",',
  '"name":"","label":"","unit":"deg","min":,"max":,"default":,"targets":[{"part":0,"param":"angle"}]},',
  '{"kind":"choice","unit":"m"}]}],"start":{"position":[],"yawDeg":,"pitchDeg":,"rollDeg":},"aspect":"16:9",',
  '"aspect":"9:16","aspect":"1:1","aspect":"4:3","aspect":"21:9","fps":23.976,"fps":30,"fps":25,"fps":60,',
  '"prompt":{"negative":"","subject":"A  of the  in a  with  at  on the , "}},"easing":[0.,0.,0.,1]},',
  '"easing":"linear"},"easing":"ease"},"easing":"ease-in"},"easing":"ease-out"},"easing":"ease-in-out"},',
  '"easing":"ease-in-cubic"},"easing":"ease-out-cubic"},"easing":"ease-in-out-cubic"},"easing":"ease-in-quart"},',
  '"easing":"ease-out-quart"},"easing":"ease-in-out-quart"},"easing":"ease-out-expo"},',
  '"easing":"ease-in-out-expo"},"presetVersion":2,"startS":{"presetId":"dolly-in","durationS":,',
  '"params":{"distance":}},{"presetId":"dolly-out","durationS":,"params":{"distance":}},{"presetId":"pull-out",',
  '"durationS":,"params":{"amount":}},{"presetId":"push-in","durationS":,"params":{"amount":}},',
  '{"presetId":"dutch-angle","durationS":,"params":{"angle":}},{"presetId":"pan-left","durationS":,',
  '"params":{"angle":}},{"presetId":"pan-right","durationS":,"params":{"angle":}},{"presetId":"roll","durationS":,',
  '"params":{"angle":}},{"presetId":"tilt-down","durationS":,"params":{"angle":}},{"presetId":"tilt-up",',
  '"durationS":,"params":{"angle":}},{"presetId":"tracking","durationS":,"params":{"follow":}},',
  '{"presetId":"truck-left","durationS":,"params":{"distance":}},{"presetId":"truck-right","durationS":,',
  '"params":{"distance":}},{"presetId":"pedestal-down","durationS":,"params":{"height":}},',
  '{"presetId":"pedestal-up","durationS":,"params":{"height":}},{"presetId":"arc","durationS":,"params":{"angle":,',
  '"direction":"left","direction":"right","elevation":}},{"presetId":"lazy-susan","durationS":,',
  '"params":{"angle":}},{"presetId":"orbit-360","durationS":,"params":{"direction":"left","direction":"right"}},',
  '{"presetId":"orbit-left","durationS":,"params":{"angle":}},{"presetId":"orbit-right","durationS":,',
  '"params":{"angle":}},{"presetId":"crane-down","durationS":,"params":{"armLength":,"angle":,"aim":"subject",',
  '"aim":"locked"}},{"presetId":"crane-over-head","durationS":,"params":{"endElevation":}},{"presetId":"crane-up",',
  '"durationS":,"params":{"armLength":,"angle":,"aim":"subject","aim":"locked"}},{"presetId":"crash-zoom-in",',
  '"durationS":,"params":{"ratio":}},{"presetId":"crash-zoom-out","durationS":,"params":{"ratio":}},',
  '{"presetId":"dolly-zoom-in","durationS":,"params":{"amount":}},{"presetId":"dolly-zoom-out","durationS":,',
  '"params":{"amount":}},{"presetId":"rack-focus","durationS":,"params":{"focusDistance":}},{"presetId":"zoom-in",',
  '"durationS":,"params":{"ratio":}},{"presetId":"zoom-out","durationS":,"params":{"ratio":}},',
  '{"presetId":"handheld","durationS":,"params":{"positionAmplitude":,"rotationAmplitude":,"frequency":,"seed":}},',
  '{"presetId":"whip-pan","durationS":,"params":{"angle":,"direction":"left","direction":"right"}},',
  '{"presetId":"aerial-reveal","durationS":,"params":{"rise":,"pullBack":}},{"presetId":"fpv-drone","durationS":,',
  '"params":{"speed":,"turn":,"climb":,"bank":}},{"presetId":"top-down","durationS":,"params":{"height":}},',
  '{"presetId":"bullet-time","durationS":,"params":{"angle":,"direction":"left","direction":"right","timeRate":}},',
  '{"presetId":"static","durationS":,"params":{}},{"name":"","fps":,"shots":[{"name":"","durationS":,',
  '"tracks":[[{"presetId":"orbit-left","params":{"angle":}},{"presetId":"dolly-in","startS":,"durationS":,',
  '"params":{"distance":}}],[]]},',
].join('')

export const DICTIONARY_V1: Uint8Array = strToU8(TEXT)
