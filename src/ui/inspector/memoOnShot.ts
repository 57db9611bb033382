/**
 * Inspector sections re-render only when what they show changes. Shots are immutable and an edit
 * keeps the parts it did not touch (adding a move keeps the lens, the subject, the start...), and
 * undo and redo bring back whole earlier shot objects; so a section compares just the shot fields it
 * reads. The list beside each section is the contract: a section that reads a field must name it
 * (memoOnShot.test.ts reads the sections' sources to hold them to it).
 */
import { type FunctionComponent, memo } from 'react'
import type { Shot } from '../../timeline'

/** Equal when every other prop is the same and the shot's `fields` are the same objects. */
export const sameShotFields =
  <P extends { readonly shot: Shot }>(fields: readonly (keyof Shot)[]) =>
  (before: P, after: P): boolean => {
    for (const key of Object.keys(after) as (keyof P)[]) if (key !== 'shot' && before[key] !== after[key]) return false
    return fields.every((field) => before.shot[field] === after.shot[field])
  }

export const memoOnShotFields = <P extends { readonly shot: Shot }>(section: FunctionComponent<P>, fields: readonly (keyof Shot)[]) =>
  memo(section, sameShotFields<P>(fields))
