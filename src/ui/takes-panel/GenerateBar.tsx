/**
 * Generate: the route picker (the embedded previs renderer and the server's routes, each with its
 * state, kind of control, fidelity and cost), the model, the render size and depth pass for previs,
 * what stands in the way of sending, the chained split where a one-move route needs one, and the
 * Generate button with its cost. Also saves the shot's start frame as a PNG.
 */
import { needsSubjectPrompt } from '../../compilers'
import { PREVIS_SIZES, type PrevisSize, previsDimensions } from '../../previs/size'
import { describeStartPicture, startPictureFor } from '../../reference-image/core/startImage'
import { selectCurrentShot, studioActions, useStudio } from '../../state'
import { Segmented, Toggle, buttonBase, cx } from '../primitives'
import type { RouteChoice } from './routeChoice'
import { RoutePicker } from './RoutePicker'
import { ShotFixes } from './ShotFixes'
import { saveStartFramePng, startGeneration } from './actions'
import { useGenerateSettings } from './settingsStore'
import { useRouteChoices } from './useRouteChoices'

function PrevisSettings() {
  const { size, depth, set } = useGenerateSettings((s) => s)
  const shot = useStudio(selectCurrentShot)
  const dims = previsDimensions(shot.aspect, size)
  return (
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
  )
}

/** "(2 parts · ≈ $0.70)": the split's parts priced one by one once compiled, else the whole shot's clip price times the parts. */
function SplitCost({ choice }: { readonly choice: RouteChoice }) {
  const parts = choice.split?.parts ?? 0
  const text = choice.splitCost ? `${parts} parts · ${choice.splitCost.text}` : choice.cost.estimate?.ok ? `${parts} × ${choice.cost.text}` : null
  if (!text) return null
  return (
    <span className="text-neutral-500 tabular-nums" title={choice.splitCost?.title ?? 'Each part is a generation of its own, billed as one clip'} data-testid="takes.splitCost">
      {' '}
      ({text})
    </span>
  )
}

export function GenerateBar() {
  const { choices, selected, serverMissing } = useRouteChoices()
  const shot = useStudio(selectCurrentShot)
  const needsPrompt = selected.hosted && selected.ready && needsSubjectPrompt(shot)
  const canSend = !selected.blocked && !needsPrompt
  return (
    <div className="space-y-2 border-b border-neutral-800 p-3" data-testid="takes.generateBar">
      <RoutePicker choices={choices} selected={selected} />
      {!selected.hosted && <PrevisSettings />}
      {selected.blocked && (
        <p className="text-[11px] leading-snug text-amber-300" data-testid="takes.blocked">
          {selected.blocked}
        </p>
      )}
      {selected.shotProblem && selected.shotProblem.message !== selected.blocked && (
        <p className="text-[11px] leading-snug text-neutral-300" data-testid="takes.shotProblem">
          <span className="text-neutral-500">This shot, too: </span>
          {selected.shotProblem.message}
        </p>
      )}
      {selected.shotProblem && <ShotFixes fixes={selected.shotProblem.fixes} shotId={shot.id} />}
      {needsPrompt && (
        <p className="text-[11px] leading-snug text-amber-300" data-testid="takes.needsPrompt">
          Say what {shot.name} is of before sending it: nothing is sent with a placeholder.{' '}
          <button type="button" className="underline hover:text-amber-200" onClick={() => studioActions().setRightPanelTab('inspector')}>
            Write it in the Inspector
          </button>
        </p>
      )}
      {selected.hosted && canSend && (
        <p className="text-[11px] leading-snug text-neutral-400" data-testid="takes.hostedNote">
          Sends this shot's {selected.target} payload{selected.model ? ` (${selected.model.label})` : ''} to {selected.label} with the keys on this server: each Generate spends credits there. The video comes back here as a take.
        </p>
      )}
      {selected.hosted && !selected.blocked && selected.sendsStartImage && (
        <p className="text-[11px] leading-snug text-neutral-400" data-testid="takes.startImage" data-source={shot.referenceImage ? 'reference' : 'previs'}>
          Start image: <span className="text-neutral-200">{describeStartPicture(startPictureFor(shot))}</span>
          {!shot.referenceImage && <span className="text-neutral-500"> (set a reference image in the Inspector to start from your own picture)</span>}
        </p>
      )}
      {selected.hosted && !selected.blocked && !selected.sendsStartImage && shot.referenceImage && (
        <p className="text-[11px] leading-snug text-neutral-500" data-testid="takes.startImage" data-source="none">
          {selected.model?.label ?? selected.label} does not start from an image: your reference image is not sent.
        </p>
      )}
      {selected.split && selected.chainable && !needsPrompt && (
        <div className="rounded border border-neutral-800 bg-neutral-950/60 p-2 text-[11px] leading-snug text-neutral-300" data-testid="takes.split" data-why={selected.splitWhy}>
          {selected.splitWhy === 'length'
            ? `${shot.name} is longer than one ${selected.label} clip: send it as chained generations, each starting from the last frame of the one before. `
            : `${selected.label} makes one move per generation and this shot has moves one after another. `}
          {selected.model?.startImage === 'none' ? (
            <span className="text-neutral-500">Chained parts start from the previous part’s last frame: choose a model that starts from an image to split it.</span>
          ) : (
            <button type="button" className="underline hover:text-amber-200" data-testid="takes.generateChain" onClick={() => void startGeneration(selected.target, { chain: true })}>
              {selected.split.label}
            </button>
          )}
          {selected.model?.startImage !== 'none' && <SplitCost choice={selected} />}
        </div>
      )}
      {serverMissing && <p className="text-[11px] text-neutral-500">The server's routes are unavailable here; the previs renderer works without it.</p>}
      <div className="flex gap-2">
        <button
          type="button"
          data-testid="takes.generate"
          disabled={!canSend}
          onClick={() => void startGeneration(selected.target)}
          className="inline-flex h-7 min-w-0 flex-1 items-center justify-center gap-1.5 rounded bg-amber-400 px-2 text-xs font-semibold text-neutral-950 hover:bg-amber-300 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-amber-200 disabled:cursor-not-allowed disabled:bg-neutral-700 disabled:text-neutral-400"
          title={selected.hosted ? `Send ${shot.name} to ${selected.label} (${selected.cost.text})` : 'Generate a take of this shot (G)'}
        >
          <span className="truncate">Generate {shot.name}</span>
          {selected.hosted && <span className="shrink-0 font-normal tabular-nums">· {selected.cost.text}</span>}
        </button>
        <button type="button" data-testid="takes.startFrame" onClick={() => void saveStartFramePng()} className={cx(buttonBase, 'h-7')} title="Save the first frame as a PNG (the start image for image-to-video routes)">
          Start frame PNG
        </button>
      </div>
    </div>
  )
}
