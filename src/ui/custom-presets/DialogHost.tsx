/**
 * Mounted once (in the presets panel): shows the custom preset dialog that is open, loading the
 * dialogs' chunk on first use so they add nothing to the studio's first load.
 */
import { type ComponentType, memo, useEffect, useState } from 'react'
import { useStore } from 'zustand'
import type { CustomPresetDefinition } from '../../camera-presets/custom'
import { presetDialogStore } from './dialogState'
import { OverlayPortal } from '../primitives/OverlayPortal'

interface Dialogs {
  SavePresetDialog: ComponentType<{ clipIds: readonly string[] }>
  EditPresetDialog: ComponentType<{ preset: CustomPresetDefinition }>
  DeletePresetDialog: ComponentType<{ preset: CustomPresetDefinition }>
}

/** Memoised: the presets panel re-renders on a change of selection; the host only on its own dialog store. */
export const DialogHost = memo(function DialogHost() {
  const dialog = useStore(presetDialogStore, (s) => s.dialog)
  const [dialogs, setDialogs] = useState<Dialogs | null>(null)
  useEffect(() => {
    if (!dialog || dialogs) return
    let live = true
    void import('./PresetDialogs').then((m) => live && setDialogs(m))
    return () => {
      live = false
    }
  }, [dialog, dialogs])
  if (!dialog || !dialogs) return null
  const body =
    dialog.kind === 'save' ? (
      <dialogs.SavePresetDialog clipIds={dialog.clipIds} />
    ) : dialog.kind === 'edit' ? (
      <dialogs.EditPresetDialog key={dialog.preset.id} preset={dialog.preset} />
    ) : (
      <dialogs.DeletePresetDialog key={dialog.preset.id} preset={dialog.preset} />
    )
  return <OverlayPortal>{body}</OverlayPortal>
})
