import { useRef } from 'react'
import { studioStore } from '../state'
import { exportShot, openProjectText, saveProjectFile } from '../persistence/files'

const button = 'rounded px-2 py-1 text-neutral-300 hover:bg-neutral-800'

/** Open / Save project files and export the selected shot's camera path. */
export function FileMenu() {
  const input = useRef<HTMLInputElement>(null)
  return (
    <div className="flex items-center gap-1">
      <button className={button} onClick={() => input.current?.click()} title="Open a project file (.framewright.json)" data-testid="file.open">
        Open…
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        className="hidden"
        data-testid="file.input"
        onChange={async (e) => {
          const file = e.currentTarget.files?.[0]
          e.currentTarget.value = ''
          if (file) openProjectText(studioStore, await file.text(), file.name)
        }}
      />
      <button className={button} onClick={() => saveProjectFile(studioStore)} title="Download the project file" data-testid="file.save">
        Save
      </button>
      <button
        className={button}
        onClick={() => exportShot(studioStore, 'trajectory')}
        title="Download this shot's per-frame camera path (framewright trajectory JSON)"
        data-testid="file.export-trajectory"
      >
        Export path
      </button>
    </div>
  )
}
