/**
 * The camera-motion estimator: frames in, one measurement per frame out, cumulative from frame 0.
 * Per frame pair at reduced resolution: Shi-Tomasi corners on a grid, pyramidal Lucas-Kanade with a
 * forward-backward check, a robust homography; the homographies are chained from frame 0 and each
 * chained one is split into pan, tilt, roll and zoom. A parallax gate says when the camera travels:
 * the 90th-percentile homography residual over a short window of frames, in pixels at a 320 px
 * wide reference. Where it is on, the essential matrix (focal held) gives the direction of travel
 * and the rotation, the zoom is held (a travel along the view may be read reversed with the focal
 * length changed: a dolly zoom, whose zoom is then read), and the dolly-zoom signature is checked. Streaming (`push` one frame at a time) so a worker can report progress;
 * once the clip is in, `finish` refits every travelling stretch by a bundle adjustment over points
 * followed from frame to frame (refineTravel.ts), which tells a turn from a sideways travel where
 * the frame pairs cannot.
 */
import { detectCorners, DEFAULT_CORNER_OPTIONS, type CornerOptions } from './corners'
import { robustHomography, transferErrors, type RansacOptions, DEFAULT_RANSAC_OPTIONS } from './homography'
import { binomialBlur, buildPyramid, reducedImage, reductionFactor, type PyramidLevel } from './image'
import { calibrationMatrix, rescaleIntrinsics } from './intrinsics'
import { applyHomography, IDENTITY3, invert3, mul3, rotationShare, transpose3, unitDeterminant } from './linalg'
import { DEFAULT_TRACK_OPTIONS, trackForwardBackward, type LocalWarp, type Track } from './lucasKanade'
import { isDollyZoomSignature, radialGrowth, regionScales, reversedTravelFocalRatio, undoFocalChange, whereGrowthIs } from './dollyZoom'
import { contractAxes, relativePose, type RelativePose } from './essential'
import { anglesOfRotation, rotationMatrixAndZoom } from './rotationZoom'
import { fitRotationZoom } from './rotationZoomFit'
import { createThreadTracker, type ThreadOptions } from './pointThreads'
import { refineTravel, type MatchedPair, type StreamedPose } from './refineTravel'
import type { GrayFrame, Intrinsics, Point2, RotationZoom } from './types'

/** Residuals are reported in pixels of an image this wide, whatever the analysis size. */
export const REFERENCE_WIDTH_PX = 320

export interface EstimatorOptions {
  /** Frames are reduced by an integer factor to at most this width before analysis. */
  readonly maxAnalysisWidthPx: number
  readonly pyramidLevels: number
  /** A track must come back within this many analysis pixels of its start. */
  readonly forwardBackwardMaxPx: number
  /** RANSAC inlier threshold, reference pixels. */
  readonly ransacThresholdPx: number
  /** The parallax gate's window: the residual is measured between frame k - window and frame k. */
  readonly parallaxWindowFrames: number
  /** The camera travels when the window's residual exceeds this (reference pixels). */
  readonly parallaxThresholdPx: number
  /** Which percentile of the track residuals the gate reads (0..100). */
  readonly parallaxPercentile: number
  readonly seed: number
  /** Blur the analysis image once ([1 4 6 4 1] binomial) before corners and tracking: keeps noise from becoming corners. */
  readonly presmooth: boolean
  readonly corners: CornerOptions
}

export const DEFAULT_ESTIMATOR_OPTIONS: EstimatorOptions = {
  maxAnalysisWidthPx: 320,
  pyramidLevels: 4,
  forwardBackwardMaxPx: 0.5,
  ransacThresholdPx: 1,
  parallaxWindowFrames: 12,
  parallaxThresholdPx: 1,
  parallaxPercentile: 90,
  seed: 1,
  presmooth: true,
  corners: DEFAULT_CORNER_OPTIONS,
}

/** What the estimator found at one frame, cumulative from frame 0. */
export interface MeasuredFrame extends RotationZoom {
  readonly index: number
  /**
   * False when this frame could not be matched to the one before: the previous frame's values are
   * held, and `parallax` / `parallaxResidualPx` (false / 0) say nothing.
   */
  readonly measured: boolean
  /**
   * The camera travels here. With `travel` set, the rotation comes from the essential matrix (after
   * `finish`, from the bundle adjustment of the stretch) and the zoom is held (read, with `dollyZoom`, where the travel was read reversed with the focal length changed); with `travel` null (no clean pose) the channels are the homography's and not to be
   * trusted as such.
   */
  readonly parallax: boolean
  /** The gate's residual, reference pixels. */
  readonly parallaxResidualPx: number
  /** Tracks that passed the forward-backward check between this frame and the one before. */
  readonly tracks: number
  /** Of those, the ones the homography fits within the RANSAC threshold. */
  readonly inliers: number
  /**
   * Unit direction of travel in the camera axes [right, up, forward] (CONTRACTS.md), from the
   * essential matrix over the gate's window (frame k - window to k, in the earlier frame's axes), or
   * null without parallax or when the essential matrix could not be found. While it is set the
   * rotation comes from the essential matrix and the zoom is held at the window start's (times the
   * focal ratio of a dolly zoom's reversed reading).
   */
  readonly travel: readonly [number, number, number] | null
  /** A dolly zoom here: the signature over the gate's window (parallax, subject (middle third) scale steady, background scale changing), or the travel read reversed with the focal length changed. */
  readonly dollyZoom: boolean
  /** Scales over the gate's window of the middle third of the image and of the rest (1 when not measured). */
  readonly subjectScale: number
  readonly backgroundScale: number
}


interface FrameState {
  /** The frame's index in the clip. */
  readonly index: number
  readonly pyramid: PyramidLevel[]
  readonly corners: Point2[]
  /** Homography from frame 0 to this frame (analysis pixels), chained from the pair homographies: priors only. */
  readonly fromFirst: number[]
  /** The rotation-zoom homography of the reported pose (equals fromFirst until the camera travels). */
  readonly poseH: number[]
}

/** The local linear part of a homography at a point (how it turns and scales a small window there). */
export const homographyJacobian = (h: readonly number[], p: Point2): LocalWarp => {
  const w = h[6] * p.x + h[7] * p.y + h[8]
  const u = (h[0] * p.x + h[1] * p.y + h[2]) / w
  const v = (h[3] * p.x + h[4] * p.y + h[5]) / w
  return [(h[0] - u * h[6]) / w, (h[1] - u * h[7]) / w, (h[3] - v * h[6]) / w, (h[4] - v * h[7]) / w]
}

export const percentile = (values: readonly number[], p: number): number => {
  if (values.length === 0) return 0
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]
}

/**
 * The gate's statistic: the given percentile of the residuals, but never above the
 * `GATE_MIN_TRACKS`-th largest, so that a handful of bad tracks (an edge sliding, a T-junction
 * between objects at different depths) cannot open the gate when there are only a few dozen tracks.
 */
export const gateResidual = (values: readonly number[], p: number): number => {
  if (values.length === 0) return 0
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.min(Math.ceil((p / 100) * sorted.length) - 1, sorted.length - GATE_MIN_TRACKS)
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]
}

/** At least this many tracks must be off the model for the gate to read parallax. */
export const GATE_MIN_TRACKS = 8

export interface MotionEstimator {
  /** Adds the next frame (all frames must share one size) and returns its measurement so far (for progress: `finish` may revise it). */
  push(frame: GrayFrame): MeasuredFrame
  /** Every frame's measurement once the clip is whole: the stretches where the camera travels fitted jointly over their frames. */
  finish(): MeasuredFrame[]
}

/** A streaming estimator for a video whose frames have the size in `intrinsics`. */
export const createMotionEstimator = (intrinsics: Intrinsics, options: Partial<EstimatorOptions> = {}): MotionEstimator => {
  const o: EstimatorOptions = { ...DEFAULT_ESTIMATOR_OPTIONS, ...options }
  if (!(intrinsics.focalPx > 0) || !(intrinsics.widthPx >= 1) || !(intrinsics.heightPx >= 1))
    throw new Error('The video size and the focal length in pixels must be positive.')
  const factor = reductionFactor(intrinsics.widthPx, o.maxAnalysisWidthPx)
  const history: FrameState[] = []
  let index = 0
  let lastStep: number[] = [...IDENTITY3]
  let lastRotationZoom: RotationZoom = { panDeg: 0, tiltDeg: 0, rollDeg: 0, zoom: 1 }
  let k: number[] | null = null
  let kInverse: number[] | null = null
  /** The analysis image's size (set with k). */
  let analysisSize = { width: 0, height: 0 }
  let toReference = 1
  let ransac: RansacOptions = DEFAULT_RANSAC_OPTIONS
  /** The turn of the last pose found over a given number of frames (a start for the next one's refinement). */
  const lastTurnOver = new Map<number, number[]>()
  /** The camera's turn per frame at the last pose found while travelling (carried through frames with no clean pose). */
  let travellingTurnStep: number[] = [...IDENTITY3]
  /** The direction of travel found at the frame before (OpenCV axes), while the camera travels. */
  let lastTravelDirection: readonly number[] | null = null
  /** Frames in a row whose pose was turned down for swinging (at MAX_SWINGS_IN_A_ROW the next one is believed: the travel did turn). */
  let swingsInARow = 0
  /** The gate was open at the frame before. */
  let wasTravelling = false
  /** Poses found since the camera began to travel. */
  let posesWhileTravelling = 0
  /** Frames since the last pose found while travelling (the turn rate is carried for at most a window). */
  let framesSincePose = 0
  /** For the fit of the travelling stretches at the end: what the streaming pass found at each frame, the tracks of every pair matched while travelling, the points followed from frame to frame. */
  const results: MeasuredFrame[] = []
  const streamed: StreamedPose[] = []
  const travellingPairs: MatchedPair[] = []
  const threads = createThreadTracker(THREAD_OPTIONS(o.forwardBackwardMaxPx))

  const matchPair = (a: FrameState, b: FrameState, prior: number[]): { tracks: Track[]; fit: ReturnType<typeof robustHomography> } => {
    const guesses = a.corners.map((p) => applyHomography(prior, p.x, p.y) ?? p)
    const warps = a.corners.map((p) => homographyJacobian(prior, p))
    let tracks = trackForwardBackward(a.pyramid, b.pyramid, a.corners, o.forwardBackwardMaxPx, guesses, DEFAULT_TRACK_OPTIONS, warps)
    let fit = robustHomography(tracks, ransac)
    if (!fit) {
      // the prior may have been wrong (a sudden stop): try again from no motion
      tracks = trackForwardBackward(a.pyramid, b.pyramid, a.corners, o.forwardBackwardMaxPx)
      fit = robustHomography(tracks, ransac)
    }
    return { tracks, fit }
  }

  /**
   * The reading of a travel along the view reversed, with the focal length changed (a dolly zoom), when
   * it fits about as well as `held` and the scene's priors are for it; null otherwise. `solve` runs the
   * essential matrix on tracks (the focal change taken out).
   */
  const reversedReading = (
    held: RelativePose,
    tracks: readonly Track[],
    frames: number,
    solve: (tracks: readonly Track[]) => RelativePose | null,
  ): { rel: RelativePose; focalRatio: number } | null => {
    if (!k || !kInverse || Math.abs(held.centreDirection[2]) < AXIAL_TRAVEL_MIN) return null
    const centre = { x: k[2], y: k[5] }
    const landed = applyHomography(mul3(mul3(k, held.r), kInverse), centre.x, centre.y) ?? centre
    const growth = radialGrowth(tracks, centre, landed)
    const ratio = reversedTravelFocalRatio(growth, held.centreDirection[2] > 0)
    if (ratio === null || Math.abs(Math.log(ratio)) > MAX_LOG_FOCAL_CHANGE_PER_WINDOW * (frames / o.parallaxWindowFrames)) return null
    const again = solve(undoFocalChange(tracks, ratio, centre))
    if (!again || Math.abs(again.centreDirection[2]) < AXIAL_TRAVEL_MIN || Math.sign(again.centreDirection[2]) === Math.sign(held.centreDirection[2])) return null
    // the two fit about as well (over a frame pair they differ by noise): the scene's priors choose
    if (again.inliers < REVERSED_MIN_INLIERS * held.inliers || again.inFront < held.inFront - REVERSED_MAX_LOSS_IN_FRONT) return null
    // a forward reading puts the points that grow most nearest: one prior must be for the reversal, none against it
    const priorsOf = whereGrowthIs(growth, centre, analysisSize.width, analysisSize.height)
    const towardReversed = again.centreDirection[2] > 0 ? 1 : -1
    const priors = [priorsOf.lower * towardReversed, priorsOf.middle * towardReversed]
    return priors.some((p) => p > SCENE_PRIOR_MIN) && priors.every((p) => p > -SCENE_PRIOR_MIN) ? { rel: again, focalRatio: ratio } : null
  }

  return {
    push(frame) {
      if (frame.widthPx !== intrinsics.widthPx || frame.heightPx !== intrinsics.heightPx)
        throw new Error(`Frame ${index} is ${frame.widthPx}x${frame.heightPx}; the video is ${intrinsics.widthPx}x${intrinsics.heightPx}.`)
      if (frame.luma.length < frame.widthPx * frame.heightPx) throw new Error(`Frame ${index} has fewer luma bytes than its size needs.`)
      const reduced = reducedImage(frame, factor)
      const image = o.presmooth ? binomialBlur(reduced) : reduced
      if (!k) {
        k = calibrationMatrix(rescaleIntrinsics(intrinsics, image.width, image.height))
        kInverse = invert3(k)
        analysisSize = { width: image.width, height: image.height }
        toReference = REFERENCE_WIDTH_PX / image.width
        ransac = { ...DEFAULT_RANSAC_OPTIONS, thresholdPx: o.ransacThresholdPx / toReference, seed: o.seed }
      }
      const pyramid = buildPyramid(image, o.pyramidLevels)
      const corners = detectCorners(image, o.corners)
      const at = index++
      if (history.length === 0) {
        history.push({ index: at, pyramid, corners, fromFirst: [...IDENTITY3], poseH: [...IDENTITY3] })
        const first: MeasuredFrame = { index: at, panDeg: 0, tiltDeg: 0, rollDeg: 0, zoom: 1, measured: true, parallax: false, parallaxResidualPx: 0, tracks: 0, inliers: 0, ...NO_TRAVEL }
        results.push(first)
        threads.begin(at, corners)
        streamed.push({ r: [...IDENTITY3], zoom: 1, parallax: false, focalChanged: false, travel: null })
        return first
      }
      const previous = history[history.length - 1]
      const draft: FrameState = { index: at, pyramid, corners, fromFirst: previous.fromFirst, poseH: previous.poseH }
      const pair = matchPair(previous, draft, lastStep)
      const step = pair.fit ? pair.fit.h : [...IDENTITY3]
      lastStep = step
      threads.advance(at, previous.pyramid, pyramid, step, (p) => homographyJacobian(step, p), corners)
      const fromFirst = unitDeterminant(mul3(step, previous.fromFirst))
      const start = history.length > o.parallaxWindowFrames ? history[history.length - o.parallaxWindowFrames] : history[0]

      // the camera's turn and zoom over the pair, fitted as such (4 degrees of freedom, not the homography's 8)
      const kk = k
      const rotationZoomOf = (tracks: readonly Track[], h: number[]) => fitRotationZoom(tracks, kk, h, ransac.thresholdPx)
      const pairRz = pair.fit ? rotationZoomOf(pair.tracks, pair.fit.h) : null
      // How far the tracks are from a turn and zoom: a homography also fits a flat scene (the ground)
      // seen from a travelling camera, the turn-and-zoom model does not. But a wrong focal length
      // leaves residuals in proportion to the turn, so the model is trusted only while the camera
      // turns less than ROTATION_ZOOM_GATE_MAX_TURN_DEG over the pair and zooms less than
      // ROTATION_ZOOM_GATE_MAX_ZOOM (2 %); up to ROTATION_ZOOM_GATE_MAX_ZOOMING (5 %) it must miss by 2.5 times as
      // much (on the previs renders a zoom's tracks left the model by 1.4-1.7 px at a few frames, and
      // each such frame held the zoom); otherwise the homography's residual is read.
      const modelErrors = (tracks: readonly Track[], h: number[], rz: ReturnType<typeof rotationZoomOf>) => {
        const band = rz ? turnAndZoomBand(rz.h, kk) : 'large'
        if (!rz || band === 'large') return transferErrors(h, tracks)
        if (band === 'small') return rz.errors
        // a larger zoom: the model must miss by ROTATION_ZOOM_GATE_ZOOMING_FACTOR times as much
        const homography = transferErrors(h, tracks)
        return rz.errors.map((e, i) => Math.max(homography[i], e / ROTATION_ZOOM_GATE_ZOOMING_FACTOR))
      }

      const matchAcross = (from: FrameState) => {
        const fromInverse = invert3(from.fromFirst)
        return matchPair(from, draft, fromInverse ? mul3(fromFirst, fromInverse) : [...IDENTITY3])
      }
      // the parallax gate, over the window (the oldest frame kept) to now
      let residual = 0
      let windowTracks: Track[] = pair.tracks
      let windowStart = previous
      let windowRz = pairRz
      if (pair.fit) {
        let errors: number[]
        if (start === previous) errors = modelErrors(pair.tracks, pair.fit.h, pairRz)
        else {
          // the window, halved while the camera travels and too few tracks last across it (an orbit turns the view fast: most
          // points are lost over 12 frames; the gate must not close on the few left)
          let from = start
          let wide = matchAcross(from)
          for (let back = history.length - history.indexOf(from); wasTravelling && !(wide.fit && wide.tracks.length >= MIN_WINDOW_TRACK_SHARE * pair.tracks.length); ) {
            back = Math.floor(back / 2)
            if (back < 2) break
            const shorter = history[history.length - back]
            const again = matchAcross(shorter)
            if (!again.fit) break
            from = shorter
            wide = again
          }
          const wideRz = wide.fit ? rotationZoomOf(wide.tracks, wide.fit.h) : null
          if (wide.fit) {
            windowTracks = wide.tracks
            windowStart = from
            windowRz = wideRz
          }
          errors = wide.fit ? modelErrors(wide.tracks, wide.fit.h, wideRz) : modelErrors(pair.tracks, pair.fit.h, pairRz)
        }
        residual = gateResidual(errors, o.parallaxPercentile) * toReference
      }
      const parallax = residual > o.parallaxThresholdPx
      wasTravelling = parallax
      if (!parallax) {
        travellingTurnStep = [...IDENTITY3]
        posesWhileTravelling = 0
        lastTravelDirection = null
        swingsInARow = 0
      }

      const scales = pair.fit ? regionScales(windowTracks, image.width, image.height) : null
      let dollyZoom = isDollyZoomSignature(parallax, scales)

      // while travelling: rotation from the essential matrix over the window, zoom held at the window start's
      let travel: [number, number, number] | null = null
      let foundFocalRatio = 1
      let foundTravel: StreamedPose['travel'] = null
      const rzStep = pairRz && pairRz.inliers.length >= MIN_ROTATION_ZOOM_INLIERS ? pairRz.h : step
      let poseH = unitDeterminant(mul3(rzStep, previous.poseH))
      if (parallax) {
        // the window first (its baseline is longer: on the previs pan + dolly the pair's poses read the
        // travel 10-20 degrees to the wrong side with the turn made up in the pan); the frame pair when
        // the window gives no clean pose
        const framesSince = (from: FrameState) => history.length - history.indexOf(from)
        type Try = [FrameState, readonly Track[], ReturnType<typeof rotationZoomOf>, number]
        const tries: Try[] = [[windowStart, windowTracks, windowRz, framesSince(windowStart)]]
        if (windowStart !== previous) tries.push([previous, pair.tracks, pairRz, 1])
        let found: { rel: RelativePose; from: { r: number[]; zoom: number }; focalRatio: number; fromIndex: number } | null = null
        let sawSwing = false
        const previousPose = rotationMatrixAndZoom(previous.poseH, k)
        const essentialOptions = { ...DEFAULT_ESSENTIAL_OPTIONS_FOR(toReference), seed: o.seed }
        for (const [from, tracks, rzFit, frames] of tries) {
          const fromPose = rotationMatrixAndZoom(from.poseH, k)
          // starts besides the 8-point estimate: the last pose found over as many frames, the tracks' turn-and-zoom fit, no turn
          const guesses: number[][] = [[...IDENTITY3]]
          const fitted = rzFit ? rotationMatrixAndZoom(rzFit.h, k) : null
          if (fitted) guesses.unshift(fitted.r)
          const last = lastTurnOver.get(frames)
          if (last) guesses.unshift(last)
          let rel = fromPose ? relativePose(tracks, k, essentialOptions, guesses) : null
          // along the view, a travel and its reverse with the focal length changed fit alike: the reverse may be the one
          let focalRatio = 1
          const reversed = rel ? reversedReading(rel, tracks, frames, (t) => relativePose(t, kk, essentialOptions, guesses)) : null
          if (reversed) ({ rel, focalRatio } = reversed)
          // a camera does not swing its direction of travel by more than MAX_TRAVEL_SWING_DEG from one frame to the next
          const travelSwings = rel && lastTravelDirection && swingsInARow < MAX_SWINGS_IN_A_ROW ? angleDeg(rel.centreDirection, lastTravelDirection) > MAX_TRAVEL_SWING_DEG : false
          // nor its turn from one frame to the next: a pose that turns the camera by far more in this frame than it has been turning is not clean
          const turnJumps = rel && fromPose && previousPose && swingsInARow < MAX_SWINGS_IN_A_ROW
            ? turnDeg(mul3(mul3(rel.r, fromPose.r), transpose3(previousPose.r))) > Math.max(TURN_JUMP_MIN_DEG, TURN_JUMP_FACTOR * turnDeg(travellingTurnStep))
            : false
          const swings = travelSwings || turnJumps
          if (swings) sawSwing = true
          if (fromPose && rel && !swings && rel.inFront > MIN_IN_FRONT && rel.inliers >= MIN_INLIER_SHARE * tracks.length) {
            found = { rel, from: fromPose, focalRatio, fromIndex: from.index }
            lastTurnOver.set(frames, rel.r)
            posesWhileTravelling++
            // one pose is not yet a turn rate (the first poses of a travel, with little parallax, are the least sure)
            travellingTurnStep = posesWhileTravelling >= MIN_POSES_FOR_TURN_RATE ? rotationShare(rel.r, 1 / frames) : [...IDENTITY3]
            lastTravelDirection = rel.centreDirection
            swingsInARow = 0
            break
          }
        }
        if (found) framesSincePose = 0
        else {
          framesSincePose++
          if (sawSwing) swingsInARow++
          if (framesSincePose > o.parallaxWindowFrames) travellingTurnStep = [...IDENTITY3]
        }
        // No clean pose: where the turn-and-zoom model still explains most of the pair's tracks (the
        // gate opened on a few bad ones: codec blocks, an edge sliding), its step stands; otherwise the
        // camera keeps turning as it did at the last pose found while travelling (none: it holds), with
        // the zoom held: a travelling camera is never reported as a pan or a zoom (a truck read through
        // the turn-and-zoom model is a pan; an orbit held still loses its turn).
        const modelExplains = pairRz !== null && pairRz.inliers.length >= MODEL_EXPLAINS_SHARE * pair.tracks.length
        const held = !found && !modelExplains ? previousPose : null
        if (held && kInverse) {
          const z = held.zoom
          poseH = unitDeterminant(mul3(mul3(k, mul3([z, 0, 0, 0, z, 0, 0, 0, 1], mul3(travellingTurnStep, held.r))), kInverse))
        } else if (!found && !modelExplains) poseH = previous.poseH
        if (found) {
          const { rel, from: startPose, focalRatio } = found
          travel = contractAxes(rel.centreDirection)
          foundFocalRatio = focalRatio
          foundTravel = { from: found.fromIndex, centreDirection: rel.centreDirection }
          if (focalRatio !== 1) dollyZoom = true
          const r = mul3(rel.r, startPose.r)
          const z = startPose.zoom * focalRatio
          if (kInverse) poseH = unitDeterminant(mul3(mul3(k, mul3([z, 0, 0, 0, z, 0, 0, 0, 1], r)), kInverse))
        }
      }
      const current: FrameState = { index: at, pyramid, corners, fromFirst, poseH }
      history.push(current)
      if (history.length > o.parallaxWindowFrames + 1) history.shift()

      const split = rotationMatrixAndZoom(poseH, k)
      const rz = split ? anglesOfRotation(split.r, split.zoom) : lastRotationZoom
      lastRotationZoom = rz
      const previousStreamed = streamed[streamed.length - 1]
      streamed.push({
        r: split ? split.r : previousStreamed.r,
        zoom: split ? split.zoom : previousStreamed.zoom,
        parallax,
        focalChanged: foundFocalRatio !== 1,
        travel: foundTravel,
      })
      if (parallax && pair.fit) {
        travellingPairs.push({ from: previous.index, to: at, tracks: pair.tracks })
        if (windowStart !== previous) travellingPairs.push({ from: windowStart.index, to: at, tracks: windowTracks })
      }
      const result: MeasuredFrame = {
        index: at,
        ...rz,
        measured: pair.fit !== null && split !== null,
        parallax,
        parallaxResidualPx: residual,
        tracks: pair.tracks.length,
        inliers: pair.fit ? pair.fit.inliers.length : 0,
        travel,
        dollyZoom,
        subjectScale: scales?.subjectScale ?? 1,
        backgroundScale: scales?.backgroundScale ?? 1,
      }
      results.push(result)
      return result
    },
    finish() {
      if (!k || results.length < 2) return [...results]
      const refined = refineTravel(streamed, threads.threads(), travellingPairs, {
        focalPx: k[0],
        cx: k[2],
        cy: k[5],
        anchorFrames: o.parallaxWindowFrames,
        robustScalePx: TRAVEL_FIT_ROBUST_SCALE_PX / toReference,
        turnSmoothness: TRAVEL_FIT_TURN_SMOOTHNESS,
        travelSmoothness: TRAVEL_FIT_TRAVEL_SMOOTHNESS,
        iterations: TRAVEL_FIT_ITERATIONS,
        travelSpanFrames: TRAVEL_FIT_TRAVEL_SPAN_FRAMES,
      })
      return results.map((f, i) => {
        const r = refined[i]
        if (!r) return f
        return { ...f, panDeg: r.panDeg, tiltDeg: r.tiltDeg, rollDeg: r.rollDeg, zoom: r.zoom, travel: r.travel ?? f.travel }
      })
    },
  }
}

/** Points followed over frames for the bundle adjustment: a thread lasts at most two windows; new ones start 6 px (at 320 px wide) from the living. */
const THREAD_OPTIONS = (forwardBackwardMaxPx: number): ThreadOptions => ({ maxFrames: 24, minSeparationPx: 6, maxLiving: 300, forwardBackwardMaxPx })

/** The travelling stretches' fits (refineTravel.ts): the Cauchy scale (reference pixels), the smoothness weights and the iterations. */
const TRAVEL_FIT_ROBUST_SCALE_PX = 0.5
const TRAVEL_FIT_TURN_SMOOTHNESS = 100
const TRAVEL_FIT_TRAVEL_SMOOTHNESS = 1
const TRAVEL_FIT_ITERATIONS = 50
/** The reported direction of travel at a frame is the fitted path's chord from 3 frames before to 3 after (one frame's step is noisy: the orbit's direction 8 degrees off on average with 1, 2.9 with 3). */
const TRAVEL_FIT_TRAVEL_SPAN_FRAMES = 3

/** The parallax gate reads the turn-and-zoom model's residual only while the camera turns less than this between the two frames (degrees). */
const ROTATION_ZOOM_GATE_MAX_TURN_DEG = 3

/** ... and zooms by less than this (|ln zoom|). */
const ROTATION_ZOOM_GATE_MAX_ZOOM = 0.02

/** Up to this zoom (share) the model is still read, with its residual divided by ROTATION_ZOOM_GATE_ZOOMING_FACTOR. */
const ROTATION_ZOOM_GATE_MAX_ZOOMING = 0.05
/** ... (on the previs zoom the model missed by 1.4-1.7 px at a few frames; a dolly over the ground by 2-16 px). */
const ROTATION_ZOOM_GATE_ZOOMING_FACTOR = 2.5

/** How much a rotation-zoom homography turns and zooms: small (the model's residual is read), zooming (read at a discount) or large (not read). */
const turnAndZoomBand = (h: number[], k: number[]): 'small' | 'zooming' | 'large' => {
  const split = rotationMatrixAndZoom(h, k)
  if (!split) return 'large'
  if (turnDeg(split.r) >= ROTATION_ZOOM_GATE_MAX_TURN_DEG) return 'large'
  const zoom = Math.abs(Math.log(split.zoom))
  return zoom < ROTATION_ZOOM_GATE_MAX_ZOOM ? 'small' : zoom < ROTATION_ZOOM_GATE_MAX_ZOOMING ? 'zooming' : 'large'
}

/** A travel whose direction is within about 25 degrees of the view (|forward| at least this) is checked for a change of focal length. */
const AXIAL_TRAVEL_MIN = 0.9

/**
 * The reversed reading of an axial travel with the focal length changed (`reversedTravelFocalRatio`)
 * is taken when it fits about as well (at least REVERSED_MIN_INLIERS of the focal-held reading's
 * inliers, no more than REVERSED_MAX_LOSS_IN_FRONT fewer of them in front of both cameras) and the
 * scene's priors are for it (`whereGrowthIs`): the ground below the camera (the points low in the
 * frame nearer) or the framed subject in front of its background (the points near the middle nearer),
 * one of them by more than SCENE_PRIOR_MIN and neither against it by as much. On the previs renders
 * the dolly zoom's ground correlation is 0.3-0.8 with the focal-held reading backward; a dolly in,
 * clean or at 55 kbit/s, 0.3-0.6 with it forward (kept). Where nothing is nearer than the subject
 * (a level camera, the ground beyond it) the middle speaks.
 */
const REVERSED_MIN_INLIERS = 0.8
/**
 * ...and when the focal length it needs changes by no more than this (|ln|) over a window of
 * frames, in proportion over fewer: a dolly zoom that halves the focal length in 2 s changes it by
 * at most 0.17 over 12 frames; an orbit at 55 kbit/s, read along the view, asked for 0.46 (a 58 %
 * zoom) from a few stray far tracks.
 */
const MAX_LOG_FOCAL_CHANGE_PER_WINDOW = 0.25
const REVERSED_MAX_LOSS_IN_FRONT = 0.05
const SCENE_PRIOR_MIN = 0.2

/** The turn of the poses found while travelling is carried through frames with no clean pose only from the second pose on. */
const MIN_POSES_FOR_TURN_RATE = 2

/**
 * While the camera travels, the window is halved while fewer than this share of the pair's tracks
 * last across it (on the previs orbit 13-39 of 53-89 lasted across 12 frames, and at 13 the gate
 * read too few to stay open: the pan was held for five frames; halving took its worst error from 14
 * to 5.6 degrees and changed nothing on the other moves). Not while it does not: the shorter
 * window's extra tracks include edges that slide (at the end of the previs pan one opened the gate).
 */
const MIN_WINDOW_TRACK_SHARE = 0.5

/** The rotation-zoom fit of a pair is chained only with at least this many tracks within the threshold (else the homography). */
const MIN_ROTATION_ZOOM_INLIERS = 8

/**
 * A pose whose direction of travel turns more than this from the last frame's is not clean: on the
 * previs pan + dolly two frames read the forward travel 80-90 degrees off and their turn went into
 * the pan (0.8 degrees of the 1.18 it missed by).
 */
const MAX_TRAVEL_SWING_DEG = 45
/**
 * A pose whose turn from the frame before exceeds TURN_JUMP_FACTOR times the travel's turn rate, and
 * TURN_JUMP_MIN_DEG, is not clean either: a camera does not jerk. On the previs orbit single frames
 * turned 4-6 degrees against a rate of 1.3 a frame (an 8-point start refined into the wrong valley)
 * and the pan chained them (worst error 5.7 -> 4.2 degrees); on pan + dolly 1.25 -> 0.61.
 */
const TURN_JUMP_FACTOR = 2.5
const TURN_JUMP_MIN_DEG = 1.5
/** ...unless the two frames before were turned down too (then the travel, or the turn, really changed). */
const MAX_SWINGS_IN_A_ROW = 2

/** The angle of a rotation matrix, degrees. */
const turnDeg = (r: readonly number[]): number => (Math.acos(Math.max(-1, Math.min(1, (r[0] + r[4] + r[8] - 1) / 2))) * 180) / Math.PI

const angleDeg = (a: readonly number[], b: readonly number[]): number => {
  const dot = (a[0] * b[0] + a[1] * b[1] + a[2] * b[2]) / (Math.hypot(a[0], a[1], a[2]) * Math.hypot(b[0], b[1], b[2]) || 1)
  return (Math.acos(Math.max(-1, Math.min(1, dot))) * 180) / Math.PI
}

/** With no clean pose, the pair's turn-and-zoom step is still taken when this share of its tracks is within the threshold (else the pose is held). */
const MODEL_EXPLAINS_SHARE = 0.8

/** A pose is used only when this share of its inliers lies in front of both cameras... */
const MIN_IN_FRONT = 0.9
/** ...and its inliers are at least this share of the tracks. */
const MIN_INLIER_SHARE = 0.5

const NO_TRAVEL = { travel: null, dollyZoom: false, subjectScale: 1, backgroundScale: 1 } as const

/** Essential-matrix RANSAC threshold: 0.5 reference pixels, in analysis pixels. */
const DEFAULT_ESSENTIAL_OPTIONS_FOR = (toReference: number) => ({ thresholdPx: 0.5 / toReference, iterations: 300 })

/** Measures a whole clip at once (the streaming estimator over every frame). */
export const measureCameraMotion = (frames: readonly GrayFrame[], intrinsics: Intrinsics, options: Partial<EstimatorOptions> = {}): MeasuredFrame[] => {
  const estimator = createMotionEstimator(intrinsics, options)
  for (const f of frames) estimator.push(f)
  return estimator.finish()
}
