import { afterEach, describe, expect, it } from 'vitest'
import { askForToken, forgetToken, getToken, setTokenAsker } from '../../api-client/token'
import { TOKEN_DIALOG_TEXT, TOKEN_DIALOG_TITLE, createTokenPrompt, cycleFocus, tokenDialogKey, tokenDialogText } from './tokenPrompt'

afterEach(() => {
  setTokenAsker(null)
  forgetToken()
})

describe('the token question', () => {
  it('is one question at a time: a second ask while open joins it, and both get the answer, trimmed', async () => {
    const prompt = createTokenPrompt()
    let changes = 0
    prompt.subscribe(() => changes++)
    expect(prompt.current()).toBeNull()
    const a = prompt.ask('missing')
    const b = prompt.ask('wrong')
    expect(prompt.current()).toMatchObject({ reason: 'missing' })
    expect(prompt.submit('   ')).toBe(false)
    expect(prompt.current()).not.toBeNull()
    expect(prompt.submit('  tok-1 \n')).toBe(true)
    expect(await Promise.all([a, b])).toEqual(['tok-1', 'tok-1'])
    expect(prompt.current()).toBeNull()
    expect(changes).toBe(2)
  })

  it('Cancel answers null; the next question is a new one (the dialog starts empty)', async () => {
    const prompt = createTokenPrompt()
    const first = prompt.ask('missing')
    const id = prompt.current()!.id
    prompt.cancel()
    expect(await first).toBeNull()
    prompt.cancel() // nothing open: nothing happens
    void prompt.ask('wrong')
    expect(prompt.current()).toMatchObject({ reason: 'wrong' })
    expect(prompt.current()!.id).not.toBe(id)
  })

  it('registered as the api-client asker: concurrent asks open it once and the answer is kept for the session', async () => {
    const prompt = createTokenPrompt()
    setTokenAsker(prompt.ask)
    let opened = 0
    prompt.subscribe(() => void (prompt.current() && opened++))
    const asks = Array.from({ length: 10 }, () => askForToken('missing'))
    await Promise.resolve()
    expect(prompt.current()).toMatchObject({ reason: 'missing' })
    prompt.submit('tok-2')
    expect(new Set(await Promise.all(asks))).toEqual(new Set(['tok-2']))
    expect(opened).toBe(1)
    expect(getToken()).toBe('tok-2')
  })

  it('says what it asks, and that the last token was refused only when it was', () => {
    expect(tokenDialogText('missing')).toEqual({ title: TOKEN_DIALOG_TITLE, text: TOKEN_DIALOG_TEXT, refused: null })
    expect(TOKEN_DIALOG_TITLE).toBe('This server needs its token')
    expect(TOKEN_DIALOG_TEXT).toMatch(/FRAMEWRIGHT_TOKEN on the server\. It is kept only until this tab closes\.$/)
    expect(tokenDialogText('wrong').refused).toMatch(/refused the last token/)
  })

  it('keys: Escape cancels, Tab / Shift+Tab cycle; anything else (Enter included) is left to the focused field', () => {
    expect(tokenDialogKey('Escape', false)).toBe('cancel')
    expect(tokenDialogKey('Tab', false)).toBe('next')
    expect(tokenDialogKey('Tab', true)).toBe('previous')
    expect(tokenDialogKey('Enter', false)).toBeNull()
    expect(tokenDialogKey(' ', false)).toBeNull()
  })

  it('traps the focus: Tab from the last goes to the first, Shift+Tab from the first to the last', () => {
    expect(cycleFocus(3, 0, 'next')).toBe(1)
    expect(cycleFocus(3, 2, 'next')).toBe(0)
    expect(cycleFocus(3, 0, 'previous')).toBe(2)
    expect(cycleFocus(3, 2, 'previous')).toBe(1)
    expect(cycleFocus(3, -1, 'next')).toBe(0)
    expect(cycleFocus(3, -1, 'previous')).toBe(2)
    expect(cycleFocus(0, -1, 'next')).toBe(-1)
  })
})
