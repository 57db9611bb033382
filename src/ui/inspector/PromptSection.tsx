import { studioStore } from '../../state'
import { MAX_PROMPT_CHARS, type Shot } from '../../timeline'
import { FieldRow, Section, TextArea } from '../primitives'
import { memoOnShotFields } from './memoOnShot'

export interface PromptSectionProps {
  readonly shot: Shot
}

const act = () => studioStore.getState()

const SUBJECT_EXAMPLE = 'A woman in a red coat on a rainy street at night, neon reflections, 35 mm film look'

/**
 * What the shot is of, in words: the subject and scene every prompt-bearing target opens with (in
 * place of the placeholder), and a negative prompt for the routes that take one. Saved in the
 * document; each field commits on blur or Ctrl/Cmd+Enter as one undo step.
 */
function PromptSectionBody({ shot }: PromptSectionProps) {
  const { subject, negative } = shot.prompt
  return (
    <Section title="What the shot is of" testId="inspector.prompt">
      <FieldRow stacked label="Subject and scene" hint={subject ? undefined : 'empty: prompts keep a placeholder'}>
        <TextArea
          value={subject}
          rows={4}
          maxLength={MAX_PROMPT_CHARS}
          placeholder={SUBJECT_EXAMPLE}
          ariaLabel="What the shot is of: subject, scene and style"
          testId="inspector.prompt.subject"
          onCommit={(text) => act().setShotPrompt(shot.id, { subject: text })}
          className="flex-1"
        />
      </FieldRow>
      <FieldRow stacked label="Negative prompt" hint="where a route takes one">
        <TextArea
          value={negative}
          rows={2}
          maxLength={MAX_PROMPT_CHARS}
          placeholder="text, watermark, blur, extra limbs"
          ariaLabel="Negative prompt: what the shot should not have"
          testId="inspector.prompt.negative"
          onCommit={(text) => act().setShotPrompt(shot.id, { negative: text })}
          className="flex-1"
        />
      </FieldRow>
      <p className="text-[10px] leading-snug text-neutral-500">
        Opens every compiled prompt in place of the placeholder. The negative prompt goes to Kling, Veo, PixVerse and ComfyUI Wan.
      </p>
    </Section>
  )
}

/** Re-renders only when one of these shot fields changes (memoOnShot.ts). */
export const PromptSection = memoOnShotFields(PromptSectionBody, ['id', 'prompt'])
