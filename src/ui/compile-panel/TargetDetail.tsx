import type { CompileFix, CompileResult } from '../../compilers'
import { downloadCompiled } from '../../persistence/files'
import { studioActions } from '../../state'
import { buttonBase, cx } from '../primitives'
import { languageOf } from './highlight'
import { TONE_CLASSES, fixAction, fixesOf, formatScore, formatWindow, scoreTone, summaryOf } from './model'
import { OutputView } from './OutputView'
import type { ChainPart, CompiledTarget } from './protocol'

const copyText = async (text: string, what: string) => {
  try {
    await navigator.clipboard.writeText(text)
    studioActions().notify(`Copied ${what}.`)
  } catch {
    studioActions().notify(`Could not copy ${what}: the browser refused clipboard access.`, 'error')
  }
}

function FixButtons({ fixes, shotId, onSplit }: { fixes: readonly CompileFix[]; shotId: string; onSplit: () => void }) {
  if (fixes.length === 0) return null
  return (
    <div className="flex flex-wrap gap-1">
      {fixes.map((fix, i) => {
        const action = fixAction(fix)
        if (action.kind === 'none')
          return (
            <span key={i} className="text-[10px] text-neutral-400">
              {fix.label}
            </span>
          )
        return (
          <button
            key={i}
            type="button"
            data-testid={`compile.fix.${fix.kind}`}
            className={cx(buttonBase, 'h-auto min-h-6 py-0.5 text-left text-[11px] whitespace-normal')}
            onClick={() => (action.kind === 'chain' ? onSplit() : studioActions().updateShotSettings(shotId, action.patch))}
          >
            {fix.label}
          </button>
        )
      })}
    </div>
  )
}

function VerdictList({ title, items, dot, chips }: { title: string; items: readonly string[]; dot: string; chips?: boolean }) {
  if (items.length === 0) return null
  return (
    <div>
      <h4 className="text-[10px] font-semibold tracking-wide text-neutral-500 uppercase">{title}</h4>
      <ul className={cx('mt-0.5 flex', chips ? 'flex-wrap gap-1' : 'flex-col gap-0.5')}>
        {items.map((item, i) => (
          <li
            key={i}
            className={cx('flex gap-1.5 text-[11px] leading-snug text-neutral-300', chips && 'items-center rounded bg-neutral-800/80 px-1.5 py-px')}
          >
            <span className={cx('h-1.5 w-1.5 shrink-0 rounded-full', !chips && 'mt-[5px]', dot)} aria-hidden />
            <span className="min-w-0">{item}</span>
          </li>
        ))}
      </ul>
    </div>
  )
}

function Fidelity({ result }: { result: Extract<CompileResult, { ok: true }> }) {
  const { kept, approximated, dropped } = result.fidelity
  return (
    <div data-testid="compile.fidelity" className="flex flex-col gap-1.5">
      <VerdictList title="Kept" items={kept} dot="bg-emerald-400" chips />
      <VerdictList title="Approximated" items={approximated} dot="bg-amber-400" />
      <VerdictList title="Dropped" items={dropped} dot="bg-red-500" />
    </div>
  )
}

function ChainParts({ compiled, parts, fileName }: { compiled: CompiledTarget; parts: readonly ChainPart[]; fileName: string }) {
  const { target } = compiled
  return (
    <div data-testid="compile.chain" className="flex flex-col gap-1.5">
      <h4 className="text-[10px] font-semibold tracking-wide text-neutral-500 uppercase">
        Chained generations ({parts.length}): each part starts from the previous part’s last frame
      </h4>
      {parts.map((part, i) => {
        const tone = TONE_CLASSES[scoreTone(part.result)]
        const partName = fileName.replace(new RegExp(`\\.${target.fileExtension}$`), `.part${i + 1}.${target.fileExtension}`)
        return (
          <details key={i} data-testid={`compile.chain.part.${i + 1}`} className="rounded border border-neutral-800 bg-neutral-950/60">
            <summary className="flex cursor-pointer items-center gap-2 px-2 py-1 text-[11px] text-neutral-300">
              <span className="shrink-0">Part {i + 1}</span>
              <span className="shrink-0 text-neutral-500 tabular-nums">{formatWindow(part.startS, part.durationS)}</span>
              <span className="h-1 min-w-4 flex-1 overflow-hidden rounded-full bg-neutral-800">
                <span className={cx('block h-full', tone.bar)} style={{ width: `${part.result.ok ? part.result.fidelity.score * 100 : 0}%` }} />
              </span>
              <span className={cx('w-9 shrink-0 text-right tabular-nums', tone.text)}>{formatScore(part.result)}</span>
            </summary>
            <div className="flex flex-col gap-1 border-t border-neutral-800 px-2 py-1.5">
              <p className="text-[10px] text-neutral-500">{summaryOf({ target, result: part.result })}</p>
              {part.result.ok && (
                <>
                  <div className="flex gap-1">
                    <button type="button" className={buttonBase} disabled={!!part.result.bytes} onClick={() => part.result.ok && void copyText(part.result.text, `part ${i + 1}`)}>
                      Copy
                    </button>
                    <button type="button" className={buttonBase} onClick={() => part.result.ok && downloadCompiled(part.result, partName, target.mediaType)}>
                      Download
                    </button>
                  </div>
                  <OutputView text={part.result.text} language={languageOf(part.result.text, target.fileExtension)} maxLines={60} className="max-h-48 overflow-auto rounded bg-neutral-950" />
                </>
              )}
            </div>
          </details>
        )
      })}
    </div>
  )
}

export interface TargetDetailProps {
  readonly compiled: CompiledTarget
  readonly shotId: string
  readonly fileName: string
  /** The chained split of this target, when the split fix was chosen. */
  readonly chain?: readonly ChainPart[]
  readonly onSplit: () => void
}

/** The selected target: its fidelity lists, warnings and fixes, and the output with Copy / Download. */
export function TargetDetail({ compiled, shotId, fileName, chain, onSplit }: TargetDetailProps) {
  const { target, result } = compiled
  const tone = TONE_CLASSES[scoreTone(result)]
  return (
    <div data-testid="compile.detail" className="flex flex-col gap-2.5 px-3 py-2.5">
      <div className="flex items-start gap-2">
        <div className="min-w-0 flex-1">
          <h3 className="truncate text-xs font-semibold text-neutral-100">{target.label}</h3>
          <p className="line-clamp-2 text-[10px] leading-snug text-neutral-500" title={target.description}>
            {target.description}
          </p>
        </div>
        <span className={cx('shrink-0 text-sm font-semibold tabular-nums', tone.text)}>{formatScore(result)}</span>
      </div>

      {result.ok ? (
        <>
          <div className="flex items-center gap-1">
            <button
              type="button"
              data-testid="compile.copy"
              className={buttonBase}
              disabled={!!result.bytes}
              title={result.bytes ? 'A binary file: use Download' : 'Copy to the clipboard'}
              onClick={() => void copyText(result.text, target.label)}
            >
              Copy
            </button>
            <button type="button" data-testid="compile.download" className={buttonBase} title={`Download ${fileName}`} onClick={() => downloadCompiled(result, fileName, target.mediaType)}>
              Download .{target.fileExtension}
            </button>
            {result.bytes && <span className="ml-auto text-[10px] text-neutral-500 tabular-nums">{result.bytes.byteLength.toLocaleString('en-US')} bytes</span>}
          </div>
          <Fidelity result={result} />
          {result.warnings.length > 0 && (
            <div data-testid="compile.warnings" className="flex flex-col gap-1.5">
              <h4 className="text-[10px] font-semibold tracking-wide text-neutral-500 uppercase">Warnings</h4>
              {result.warnings.map((w, i) => (
                <div key={i} className="flex flex-col gap-1 rounded border border-amber-500/30 bg-amber-500/5 px-2 py-1.5">
                  <p className="text-[11px] leading-snug text-amber-100">{w.message}</p>
                  {w.fix && <FixButtons fixes={[w.fix]} shotId={shotId} onSplit={onSplit} />}
                </div>
              ))}
            </div>
          )}
        </>
      ) : (
        <div data-testid="compile.error" className="flex flex-col gap-1.5 rounded border border-red-500/40 bg-red-500/5 px-2 py-1.5">
          <p className="text-[11px] leading-snug text-red-200">{result.error.message}</p>
          <FixButtons fixes={fixesOf(result)} shotId={shotId} onSplit={onSplit} />
        </div>
      )}

      {chain && <ChainParts compiled={compiled} parts={chain} fileName={fileName} />}

      {result.ok && (
        <OutputView
          testId="compile.output"
          text={result.text}
          language={languageOf(result.text, target.fileExtension)}
          wrap={target.kind === 'payload'}
          className="max-h-[360px] min-h-16 overflow-auto rounded border border-neutral-800 bg-neutral-950"
        />
      )}
    </div>
  )
}
