import { ASPECT_RATIOS } from '../core/camera/lens'
import { MAX_FPS } from './args'

export const HELP = `framewright: compile camera moves from the command line (the same code as the studio)

Usage:
  framewright presets [--json]             list every camera move preset and its parameters
  framewright targets [--json]             list every compile target and its constraints
  framewright new --preset ID [--param NAME=VALUE]... [--preset ID ...]
                  [--together] [--duration S] [--fps N] [--aspect W:H] [--prompt TEXT] [-o FILE]
                                           a one-shot project with the default scene and those moves:
                                           one after another from t = 0 (default), or all at once
                                           with --together; --param sets a parameter of the --preset
                                           before it; --duration defaults to the end of the last move;
                                           --prompt: what the shot is of (subject, scene), used by
                                           every prompt-bearing target in place of the placeholder
  framewright compile PROJECT --target ID [--shot N] [-o FILE]
                                           the target's payload or export file for shot N (default 1);
                                           binary files (gltf: .glb) need -o FILE or a pipe
  framewright fidelity PROJECT [--shot N] [--json]
                                           every target for shot N, best first: score 0..1 and what
                                           is kept / approximated / dropped (n/a: why it cannot)
  framewright generate PROJECT --route ID [--model ID] [--start-image FILE] [--shot N] [--server URL] [-o FILE]
                                           compiles shot N for the route, sends it to a running
                                           Framewright server (default http://127.0.0.1:5173, which
                                           holds the keys), shows progress on stderr, writes the video;
                                           --model picks one of the route's models (kling-v1-5, sora-2-pro,
                                           veo-3.1-fast-generate-preview...), --start-image the PNG/JPEG
                                           it starts from (Runway, Veo, Higgsfield, Kling v1.5, ComfyUI)
  framewright link PROJECT [--shot N]      the share link: prints the URL fragment #p=... (the project)
                                           or #s=... (shot N alone); add it to the studio's address
  framewright open LINK [-o FILE]          the project a share link holds (a whole URL or its fragment,
                                           in quotes: a shell reads # as a comment), checked as the
                                           studio checks it; a broken link says why
  framewright check PROJECT [--json]       continuity warnings across the cuts (the 180-degree line,
                                           jump cuts, screen direction), one sentence each with the
                                           numbers, and each shot's route constraint problems; exit 0
                                           when it ran (warnings are not failures); --json: one array
  framewright measure VIDEO [--project FILE [--shot N]] [--fov DEG] [--json]
                                           the camera motion found in a video (pan, tilt, roll, zoom,
                                           travel per frame); with a project, how well the take
                                           followed the shot's design, in plain words; reads the video
                                           through ffmpeg on the PATH; --json: framewright.measurement
  framewright --help | --version

Without -o the result goes to stdout. On bad input: one line on stderr, exit code 2, no file written.
Aspect ratios: ${ASPECT_RATIOS.join(', ')}. Frame rate: more than 0, at most ${MAX_FPS}.

Examples:
  framewright new --preset orbit-left --param angle=120 --preset crane-up -o shot.framewright.json
  framewright new --preset dolly-in --prompt "A lighthouse at dusk, waves below" -o shot.framewright.json
  framewright compile shot.framewright.json --target trajectory -o shot.trajectory.json
  framewright compile shot.framewright.json --target gltf -o shot.glb
  framewright fidelity shot.framewright.json
  framewright generate shot.framewright.json --route kling -o shot.kling.mp4
  framewright generate shot.framewright.json --route runway --start-image first.png -o shot.runway.mp4
  framewright link shot.framewright.json --shot 1
  framewright check scene.framewright.json --json
  framewright measure shot.kling.mp4 --project shot.framewright.json
  framewright open 'http://127.0.0.1:5173/#p=...' -o shared.framewright.json
`
