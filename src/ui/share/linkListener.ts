/**
 * Opening share links: on start and on every `hashchange`, a fragment holding a link (`#p=`, `#s=`,
 * `#m=`) is taken out of the address bar (history.replaceState, so a reload does not open it again)
 * and decoded without touching the open work: the codec loads only now (a lazy chunk), a broken
 * link is one message in the status bar, a good one a dialog of what it holds. Only the prefix test
 * (a tiny module with no imports) is part of the start-up bundle.
 */
import { studioStore } from '../../state'
import { isLinkFragment } from '../../share-links/prefix'
import { showLinkPreview } from './shareStore'

/** Decodes a link's text and shows it, or says why it cannot be opened. Changes nothing in the open work. */
export const openLinkText = async (text: string): Promise<void> => {
  const { decodeLink } = await import('../../share-links')
  const result = decodeLink(text)
  if (!result.ok) return studioStore.getState().notify(`Could not open the link: ${result.error.message}`, 'error')
  showLinkPreview(result)
}

/** Reads the link in the address bar, if any, and clears it from there. */
const takeLinkFromAddress = (): string | null => {
  if (!isLinkFragment(window.location.hash)) return null
  const text = window.location.href
  window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search)
  return text
}

/** Starts listening; returns a stop function. */
export const startLinkListener = (): (() => void) => {
  const check = () => {
    const text = takeLinkFromAddress()
    if (text) void openLinkText(text).catch(() => studioStore.getState().notify('Could not open the link: this app could not load its link reader.', 'error'))
  }
  check()
  window.addEventListener('hashchange', check)
  return () => window.removeEventListener('hashchange', check)
}
