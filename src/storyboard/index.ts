/**
 * The storyboard (pure): the shot sheet (rows), panel times, the arrow diagram of each move, the CSV
 * shot list, page and panel layout, text for Helvetica (WinAnsi) and word wrap. The PDF writer
 * (`./pdf`, pdf-lib) is not exported here: load it with `import('../storyboard/pdf')` when exporting.
 */
export * from './rows'
export * from './timecode'
export * from './frameTimes'
export * from './frameKey'
export * from './arrows'
export * from './csv'
export * from './layout'
export * from './panelText'
export * from './winAnsi'
export * from './wrap'
