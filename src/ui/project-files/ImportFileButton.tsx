import { useRef } from 'react'
import { studioActions } from '../../state'
import { importPresetTextLazily } from '../custom-presets/panel'

/** Through `importProjectFile` (its module loads with the first import, not with the studio). */
const importFile = async (file: File): Promise<void> =>
  (await import('../../persistence/fileImport')).importProjectFile(file, 'file', (text, tone) => studioActions().notify(text, tone), importPresetTextLazily)

interface Props {
  readonly className: string
  readonly title: string
  /** `<id>` for the button, `<id-prefix>.input` for its file input (e.g. file.import / file.input). */
  readonly buttonTestId: string
  readonly inputTestId: string
  /** After the file went where it goes (a project opens, a preset joins My presets, or an error is shown). */
  readonly onDone?: () => void
}

/**
 * "Import…": one file input for every place that offers it (File menu, project list). A project file
 * becomes a new project, a preset file goes to My presets, anything else gets one message; the same
 * routing as a dropped file (`importProjectFile`).
 */
export function ImportFileButton({ className, title, buttonTestId, inputTestId, onDone }: Props) {
  const input = useRef<HTMLInputElement>(null)
  return (
    <>
      <button type="button" className={className} onClick={() => input.current?.click()} title={title} data-testid={buttonTestId}>
        Import…
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        className="hidden"
        data-testid={inputTestId}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0]
          e.currentTarget.value = ''
          if (file) void importFile(file).then(onDone)
        }}
      />
    </>
  )
}
