/**
 * Every named camera move of every anchor tool, spelled exactly as that tool spells it (the one
 * place these strings live: the compilers import them from here). Sources: research/providers.md
 * (section 1 Kling, 3 Luma, 4 Veo, 6 Higgsfield, 7 MiniMax, 8a PixVerse, 8c Seedance, 2 Runway),
 * research/open-models.md section 3.3 (Wan, ComfyUI core `WanCameraEmbedding`), research/ux-anchors.md
 * section 1.1 (Higgsfield Cinema Studio's director panel).
 */

/** Higgsfield DoP motions, grouped as the catalogs group them (~65; the API's live list is GET /v1/motions). */
export const HIGGSFIELD_NAMES = [
  // basic
  'Static', 'Pan Left', 'Pan Right', 'Tilt Up', 'Tilt Down', 'Zoom In', 'Zoom Out', 'Dolly In', 'Dolly Out', 'Dolly Left', 'Dolly Right',
  // crane / vertical
  'Crane Up', 'Crane Down', 'Crane Over The Head', 'Jib Up', 'Jib Down', 'Levitation',
  // advanced dolly
  'Super Dolly In', 'Super Dolly Out', 'Double Dolly', 'Dolly Zoom In', 'Dolly Zoom Out',
  // orbit / rotation
  '360 Orbit', 'Arc Left', 'Arc Right', '3D Rotation', 'Lazy Susan', 'Robo Arm',
  // speed / zoom
  'Rapid Zoom In', 'Rapid Zoom Out', 'Crash Zoom In', 'Crash Zoom Out', 'Whip Pan', 'YoYo Zoom',
  // specialty
  'Bullet Time', 'Snorricam', 'Dutch Angle', 'Hero Cam', 'Object POV', 'Handheld', 'Low Shutter', 'Focus Change', 'Fisheye', 'Wiggle', 'Incline', 'BTS',
  // follow / action
  'FPV Drone', 'Action Run', 'Head Tracking',
  // drone / aerial
  'Aerial Pullback', 'Flying Cam Transition', 'Overhead',
  // vehicle
  'Car Grip', 'Car Chasing', 'Road Rush', 'Buckle Up',
  // face / body
  'Eyes In', 'Mouth In', 'Eating Zoom', 'Glam', 'Face Punch (POV)',
  // time-based
  'Timelapse Glam', 'Timelapse Human', 'Timelapse Landscape', 'Hyperlapse',
  // through-object
  'Through Object In', 'Through Object Out',
] as const
export type HiggsfieldName = (typeof HIGGSFIELD_NAMES)[number]

/** Higgsfield Cinema Studio's director panel: only the moves the DoP list does not already name. */
export const HIGGSFIELD_CINEMA_NAMES = ['Camera Follows', 'Orbit Around', 'Drone Shot', '360 Roll'] as const
export type HiggsfieldCinemaName = (typeof HIGGSFIELD_CINEMA_NAMES)[number]

/** Luma Ray 2 camera concepts (34 keys; movement, then angle / viewpoint). */
export const LUMA_NAMES = [
  'pan_left', 'pan_right', 'tilt_up', 'tilt_down', 'truck_left', 'truck_right', 'pedestal_up', 'pedestal_down', 'push_in', 'pull_out',
  'zoom_in', 'zoom_out', 'dolly_zoom', 'orbit_left', 'orbit_right', 'crane_up', 'crane_down', 'roll_left', 'roll_right', 'static',
  'handheld', 'bolt_cam', 'aerial_drone', 'elevator_doors', 'tiny_planet',
  'low_angle', 'high_angle', 'eye_level', 'ground_level', 'overhead', 'aerial', 'over_the_shoulder', 'pov', 'selfie',
] as const
export type LumaName = (typeof LUMA_NAMES)[number]

/** PixVerse v4 / v4.5 `camera_movement` values. */
export const PIXVERSE_NAMES = [
  'horizontal_left', 'horizontal_right', 'vertical_up', 'vertical_down', 'zoom_in', 'zoom_out', 'crane_up', 'quickly_zoom_in', 'quickly_zoom_out',
  'smooth_zoom_in', 'camera_rotation', 'robo_arm', 'super_dolly_out', 'whip_pan', 'hitchcock', 'left_follow', 'right_follow', 'pan_left', 'pan_right',
  'fix_bg', 'auto_camera',
] as const
export type PixverseName = (typeof PIXVERSE_NAMES)[number]

/** MiniMax Hailuo director commands (written in square brackets inside the prompt: `[Truck left]`). */
export const MINIMAX_NAMES = [
  'Truck left', 'Truck right', 'Pan left', 'Pan right', 'Push in', 'Pull out', 'Pedestal up', 'Pedestal down', 'Tilt up', 'Tilt down',
  'Zoom in', 'Zoom out', 'Shake', 'Tracking shot', 'Static shot',
] as const
export type MinimaxName = (typeof MINIMAX_NAMES)[number]

/** Kling `camera_control.type` compound presets (no strength). */
export const KLING_PRESET_NAMES = ['down_back', 'forward_up', 'right_turn_forward', 'left_turn_forward'] as const
export type KlingPresetName = (typeof KLING_PRESET_NAMES)[number]
/** Kling `camera_control.config` axes of the `simple` type (-10..10 each; `pan` is a film tilt, `tilt` a film pan). */
export const KLING_AXIS_NAMES = ['horizontal', 'vertical', 'pan', 'tilt', 'roll', 'zoom'] as const
export type KlingAxisName = (typeof KLING_AXIS_NAMES)[number]
export const KLING_NAMES = [...KLING_PRESET_NAMES, ...KLING_AXIS_NAMES] as const
export type KlingName = (typeof KLING_NAMES)[number]

/** Veo 2 on Vertex AI: `instances[].cameraControl` values (lower case, as the schema has them). */
export const VEO_NAMES = [
  'fixed', 'pan_left', 'pan_right', 'tilt_up', 'tilt_down', 'truck_left', 'truck_right', 'pedestal_up', 'pedestal_down', 'push_in', 'pull_out',
] as const
export type VeoName = (typeof VEO_NAMES)[number]

/**
 * Wan camera presets (ComfyUI core `WanCameraEmbedding` `camera_pose`, and the `ACW` / `CW` of
 * VideoX-Fun's `CameraBasicFromChaoJie`). A naming trap: Wan's "Pan" is a translation (truck or
 * pedestal), its "Zoom" a dolly, ACW / CW a roll (open-models.md sections 3.1-3.3).
 */
export const WAN_NAMES = ['Static', 'Pan Up', 'Pan Down', 'Pan Left', 'Pan Right', 'Zoom In', 'Zoom Out', 'Anti Clockwise (ACW)', 'ClockWise (CW)', 'ACW', 'CW'] as const
export type WanName = (typeof WAN_NAMES)[number]

/** Runway's web-app Camera Control sliders (Gen-3 Alpha Turbo; not in the API). Runway's "Zoom" moves the camera closer. */
export const RUNWAY_NAMES = ['Horizontal', 'Vertical', 'Pan', 'Tilt', 'Roll', 'Zoom', 'Static'] as const
export type RunwayName = (typeof RUNWAY_NAMES)[number]

/** Seedance's one camera field. */
export const SEEDANCE_NAMES = ['camera_fixed'] as const
export type SeedanceName = (typeof SEEDANCE_NAMES)[number]
