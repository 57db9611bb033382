/**
 * Generate: the route (the embedded previs renderer, and the server's routes from GET /api/routes
 * through TanStack Query), the render size, the depth pass, and the Generate button. Also saves the
 * shot's start frame as a PNG (the start image image-to-video routes take).
 */
import { useQuery } from '@tanstack/react-query'
import { routesQuery } from '../../api-client'
import { getRunner } from '../../generate/runners'
import { PREVIS_SIZES, type PrevisSize, previsDimensions } from '../../previs/size'
import { selectCurrentShot, studioActions, useStudio } from '../../state'
import { needsSubjectPrompt } from '../../compilers'
import { Segmented, Select, Toggle, buttonBase, cx } from '../primitives'
import { saveStartFramePng, startGeneration } from './actions'
import { useGenerateSettings } from './settingsStore'

const PREVIS_OPTION = { value: 'previs', label: 'Previs (in the browser)' }

export function GenerateBar() {
  const routes = useQuery(routesQuery())
  const { routeId, size, depth, set } = useGenerateSettings((s) => s)
  const shot = useStudio(selectCurrentShot)
  const hosted = (routes.data ?? []).filter((r) => r.id !== 'previs')
  const options = [
    PREVIS_OPTION,
    ...hosted.map((r) => ({
      value: r.id,
      label: `${r.label}${!r.enabled ? ' (not set up)' : !getRunner(r.id) ? ' (not supported by this studio)' : ''}`,
      disabled: !r.enabled || !getRunner(r.id),
    })),
  ]
  const route = hosted.find((r) => r.id === routeId)
  const isPrevis = routeId === 'previs'
  const dims = previsDimensions(shot.aspect, size)
  return (
    <div className="space-y-2 border-b border-neutral-800 p-3" data-testid="takes.generateBar">
      <div className="flex items-center gap-2">
        <span className="w-12 shrink-0 text-xs text-neutral-400">Route</span>
        <Select value={routeId} options={options} onChange={(v) => set({ routeId: v })} ariaLabel="Generation route" testId="takes.route" />
      </div>
      {isPrevis && (
        <>
          <div className="flex items-center gap-2">
            <span className="w-12 shrink-0 text-xs text-neutral-400">Size</span>
            <Segmented<PrevisSize>
              value={size}
              options={PREVIS_SIZES.map((s) => ({ value: s, label: s, title: `${previsDimensions(shot.aspect, s).width}×${previsDimensions(shot.aspect, s).height}` }))}
              onChange={(v) => set({ size: v })}
              ariaLabel="Render size"
              testId="takes.size"
              className="flex-1"
            />
          </div>
          <div className="flex items-center justify-between gap-2">
            <Toggle checked={depth} onChange={(v) => set({ depth: v })} label="Depth pass too" testId="takes.depth" />
            <span className="text-[11px] text-neutral-500 tabular-nums">
              {dims.width}×{dims.height} · {shot.fps} fps
            </span>
          </div>
        </>
      )}
      {route && !route.enabled && route.reason && <p className="text-[11px] text-amber-300">{route.reason}</p>}
      {route?.enabled && needsSubjectPrompt(shot) && (
        <p className="text-[11px] leading-snug text-amber-300" data-testid="takes.needsPrompt">
          Say what {shot.name} is of before sending it: nothing is sent with a placeholder.{' '}
          <button type="button" className="underline hover:text-amber-200" onClick={() => studioActions().setRightPanelTab('inspector')}>
            Write it in the Inspector
          </button>
        </p>
      )}
      {route?.enabled && (
        <p className="text-[11px] leading-snug text-neutral-400" data-testid="takes.hostedNote">
          Sends this shot's {route.targets[0]} payload to {route.label} with the keys on this server: each Generate spends credits there. The video comes back here as a take.
        </p>
      )}
      {routes.isError && <p className="text-[11px] text-neutral-500">The server's routes are unavailable here; the previs renderer works without it.</p>}
      <div className="flex gap-2">
        <button
          type="button"
          data-testid="takes.generate"
          onClick={() => void startGeneration(route?.targets[0])}
          className="inline-flex h-7 flex-1 items-center justify-center rounded bg-amber-400 px-2 text-xs font-semibold text-neutral-950 hover:bg-amber-300 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-amber-200"
          title="Generate a take of this shot (G)"
        >
          Generate {shot.name}
        </button>
        <button type="button" data-testid="takes.startFrame" onClick={() => void saveStartFramePng()} className={cx(buttonBase, 'h-7')} title="Save the first frame as a PNG (the start image for image-to-video routes)">
          Start frame PNG
        </button>
      </div>
    </div>
  )
}
