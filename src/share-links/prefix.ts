/**
 * What kind of link a text holds, from its fragment alone: `#p=` a project, `#s=` one shot, `#m=` one
 * custom preset (a move). No imports, so the studio's start-up listener can use it without loading the codec.
 */
export type LinkKind = 'project' | 'shot' | 'preset'

export const LINK_PREFIX: Readonly<Record<LinkKind, string>> = { project: 'p', shot: 's', preset: 'm' }

const KIND_OF: Readonly<Record<string, LinkKind>> = { p: 'project', s: 'shot', m: 'preset' }

/** Characters a chat app or a sentence may leave stuck to the end of a pasted link. */
const TRAILING_PUNCTUATION = /[.,;:!?)\]}>'"\u2019\u201d]+$/

/**
 * The kind and payload of the link in a whole URL (`https://host/#p=...`), a fragment (`#p=...`) or
 * the fragment without its `#` (`p=...`); null when the text holds none.
 */
export const findLinkFragment = (text: string): { readonly kind: LinkKind; readonly letter: string; readonly payload: string } | null => {
  const trimmed = text.trim()
  const hash = trimmed.lastIndexOf('#')
  const fragment = hash >= 0 ? trimmed.slice(hash + 1) : trimmed
  const match = /^([psm])=(\S*)$/.exec(fragment)
  if (!match) return null
  return { kind: KIND_OF[match[1]], letter: match[1], payload: match[2].replace(TRAILING_PUNCTUATION, '') }
}

/** True when a URL's fragment (`location.hash`) holds a share link. */
export const isLinkFragment = (hash: string): boolean => /^#[psm]=/.test(hash)
