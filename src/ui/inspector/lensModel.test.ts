import { describe, expect, it } from 'vitest'
import { DEFAULT_LENS, DEFAULT_SUBJECT, DEFAULT_START } from '../../timeline'
import { aimAngles } from '../../core/camera/pose'
import { defaultAimPoint, poseAimedAt, subjectPointAtStart } from './framing'
import { circleOfConfusionMm, fStopChoices, formatDistance, lensReadout, sensorOptions } from './lensModel'

describe('lens readout', () => {
  it('derives the angles of view for the shot aspect', () => {
    // 35 mm on full frame at 16:9: the gate is 36 x 20.25 mm
    const r = lensReadout(DEFAULT_LENS, '16:9')
    expect(r.gateWidthMm).toBeCloseTo(36, 10)
    expect(r.gateHeightMm).toBeCloseTo(20.25, 10)
    expect(r.horizontalFovDeg).toBeCloseTo(54.43, 2)
    expect(r.verticalFovDeg).toBeCloseTo(32.27, 2)
    // a vertical frame uses the sensor height
    const v = lensReadout(DEFAULT_LENS, '9:16')
    expect(v.gateHeightMm).toBeCloseTo(24, 10)
    expect(v.horizontalFovDeg).toBeLessThan(v.verticalFovDeg)
  })
  it('gets a wider view from a shorter lens and a smaller one from a smaller sensor', () => {
    const wide = lensReadout({ ...DEFAULT_LENS, focalLengthMm: 14 }, '16:9')
    const s35 = lensReadout({ ...DEFAULT_LENS, sensorId: 'super-35', sensorWidthMm: 24.89, sensorHeightMm: 18.66 }, '16:9')
    const ff = lensReadout(DEFAULT_LENS, '16:9')
    expect(wide.horizontalFovDeg).toBeGreaterThan(ff.horizontalFovDeg)
    expect(s35.horizontalFovDeg).toBeLessThan(ff.horizontalFovDeg)
  })
  it('computes a hyperfocal distance with a sensor-scaled circle of confusion', () => {
    expect(circleOfConfusionMm(36, 24)).toBeCloseTo(0.03, 10)
    expect(circleOfConfusionMm(24.89, 18.66)).toBeLessThan(0.03)
    // 35 mm at f/2.8 on full frame: about 14.6 m
    expect(lensReadout(DEFAULT_LENS, '16:9').hyperfocalM).toBeCloseTo(35 * 35 / (2.8 * 0.03) / 1000 + 0.035, 6)
  })
  it('lists sensors and f-stops, keeping off-scale values', () => {
    expect(sensorOptions(DEFAULT_LENS).map((o) => o.value)).toEqual(['full-frame', 'super-35', 'aps-c', '16mm', 'two-thirds-inch'])
    expect(sensorOptions({ ...DEFAULT_LENS, sensorId: 'custom', sensorWidthMm: 30, sensorHeightMm: 20 }).at(-1)).toMatchObject({ value: 'custom', disabled: true })
    expect(fStopChoices(2.8)).toHaveLength(10)
    expect(fStopChoices(3.5)).toContain(3.5)
    expect(formatDistance(14.63)).toBe('14.6 m')
    expect(formatDistance(0.854)).toBe('0.85 m')
    expect(formatDistance(1234)).toBe('1.2 km')
  })
})

describe('framing', () => {
  it('aims at the subject point at t = 0', () => {
    const p = subjectPointAtStart(DEFAULT_SUBJECT)
    expect(p).toEqual([0, 1.5, 0])
    const aimed = poseAimedAt({ ...DEFAULT_START, yawDeg: 90 }, p)!
    expect(aimed.yawDeg).toBeCloseTo(aimAngles(DEFAULT_START.position, p).yawDeg, 10)
    expect(aimed.rollDeg).toBe(DEFAULT_START.rollDeg)
    expect(poseAimedAt(DEFAULT_START, DEFAULT_START.position)).toBeUndefined()
  })
  it('shows the subject point as the aim point when aimed at it', () => {
    const p = subjectPointAtStart(DEFAULT_SUBJECT)
    const aim = defaultAimPoint(DEFAULT_START, p)
    aim.forEach((v, i) => expect(v).toBeCloseTo(p[i], 9))
  })
})
