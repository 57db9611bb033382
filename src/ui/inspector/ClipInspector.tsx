import { isCustomMove, lookupPreset } from '../../camera-presets/custom'
import { studioStore, useStudio } from '../../state'
import { MAX_SHOT_DURATION_S, MIN_CLIP_DURATION_S, snapToFrame, type Clip } from '../../timeline'
import { DuplicateIcon, FieldRow, IconButton, NumberField, ResetIcon, Section, TrashIcon } from '../primitives'
import { PresetGlyph, categoryLabel } from '../presets-panel'
import { compositeGlyph } from '../presets-panel/compositeGlyph'
import { openEditPresetDialog, openSavePresetDialog } from '../custom-presets'
import { EasingEditor } from './EasingEditor'
import { ParamControl } from './ParamControl'
import { buildParamControls } from './paramModel'
import { framesLabel } from './framesLabel'

export interface ClipInspectorProps {
  readonly clip: Clip
  readonly fps: number
}

const act = () => studioStore.getState()

/** The selected move: what it is, when it plays, its parameters and its easing. */
export function ClipInspector({ clip, fps }: ClipInspectorProps) {
  // a built-in move, or one of the custom presets the project carries
  const customPresets = useStudio((s) => s.document.customPresets)
  const preset = lookupPreset({ customPresets }, clip.presetId)
  const custom = isCustomMove(preset) ? preset : undefined
  const controls = preset ? buildParamControls(preset.params, clip.params) : []
  const anyChanged = controls.some((c) => !c.isDefault)
  const frame = 1 / fps
  const setStart = (s: number) => act().setClipTiming(clip.id, snapToFrame(s, fps), clip.durationS)
  const setDuration = (d: number) => act().setClipTiming(clip.id, clip.startS, Math.max(frame, snapToFrame(d, fps)))

  return (
    <Section title="Move" collapsible={false} testId="inspector.clip">
      <div className="flex gap-2.5">
        {preset && (
          <span className="flex h-10 w-10 shrink-0 items-center justify-center rounded bg-neutral-800 text-neutral-200 ring-1 ring-neutral-700">
            <PresetGlyph presetId={preset.id} category={preset.category} size={30} glyph={custom && compositeGlyph(custom.definition)} />
          </span>
        )}
        <div className="min-w-0 flex-1">
          <div className="flex items-baseline gap-2">
            <h2 className="truncate text-sm font-medium text-neutral-100">{preset?.label ?? `Unknown move “${clip.presetId}”`}</h2>
            {preset && (
              <span className="shrink-0 text-[10px] text-amber-300/80" data-testid={custom ? 'inspector.custom' : undefined}>
                {custom ? `My preset · ${categoryLabel(preset.category)}` : categoryLabel(preset.category)}
              </span>
            )}
          </div>
          {preset && <p className="mt-0.5 text-[11px] leading-snug text-neutral-400">{preset.description}</p>}
        </div>
      </div>

      <FieldRow label="Start" hint={framesLabel(clip.startS, fps)}>
        <NumberField
          value={clip.startS}
          min={0}
          max={MAX_SHOT_DURATION_S}
          step={frame}
          decimals={3}
          unit="s"
          ariaLabel="Start (seconds)"
          testId="inspector.start"
          onCommit={setStart}
          className="flex-1"
        />
      </FieldRow>
      <FieldRow label="Duration" hint={framesLabel(clip.durationS, fps)}>
        <NumberField
          value={clip.durationS}
          min={MIN_CLIP_DURATION_S}
          max={MAX_SHOT_DURATION_S}
          step={frame}
          decimals={3}
          unit="s"
          ariaLabel="Duration (seconds)"
          testId="inspector.duration"
          onCommit={setDuration}
          className="flex-1"
        />
      </FieldRow>

      {controls.length > 0 && (
        <div className="flex flex-col gap-2 border-t border-neutral-800 pt-2">
          <div className="flex items-center justify-between">
            <span className="text-[10px] font-medium tracking-wider text-neutral-500 uppercase">Parameters</span>
            <IconButton label="Reset all parameters" testId="inspector.resetAll" disabled={!anyChanged} onClick={() => act().resetClipParams(clip.id)} className="h-5 px-1.5 text-[10px]">
              <ResetIcon />
              Reset all
            </IconButton>
          </div>
          {controls.map((c) => (
            <ParamControl key={c.name} clipId={clip.id} control={c} />
          ))}
        </div>
      )}

      <div className="flex flex-col gap-2 border-t border-neutral-800 pt-2">
        <span className="text-[10px] font-medium tracking-wider text-neutral-500 uppercase">Easing</span>
        {custom ? (
          <div className="flex items-start gap-2">
            <p className="flex-1 text-[11px] leading-snug text-neutral-500">Each move inside keeps its own easing; a longer clip stretches them all.</p>
            <IconButton label="Edit this preset (parameters, ranges, name)" testId="inspector.editPreset" onClick={() => openEditPresetDialog(custom.definition)}>
              Edit preset…
            </IconButton>
          </div>
        ) : (
          <EasingEditor clipId={clip.id} easing={clip.easing} />
        )}
      </div>

      <IconButton
        label="Save this move (and others you pick) as a preset of your own, with the parameters you choose left open"
        testId="inspector.saveAsPreset"
        onClick={() => openSavePresetDialog([clip.id])}
        className="w-full border-amber-400/30 text-amber-200"
      >
        Save as preset…
      </IconButton>
      <div className="flex gap-1.5 border-t border-neutral-800 pt-2">
        <IconButton label="Duplicate move (Ctrl+D)" testId="inspector.duplicate" onClick={() => act().duplicateClip(clip.id)} className="flex-1">
          <DuplicateIcon />
          Duplicate
        </IconButton>
        <IconButton label="Delete move (Delete)" testId="inspector.delete" variant="danger" onClick={() => act().deleteClip(clip.id)} className="flex-1">
          <TrashIcon />
          Delete
        </IconButton>
      </div>
    </Section>
  )
}
