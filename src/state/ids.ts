let counter = 0
/** A fresh entity id with a readable prefix, e.g. `clip:lq3k2a-4`. */
export const newId = (prefix: string): string => `${prefix}:${Date.now().toString(36)}-${(++counter).toString(36)}`
