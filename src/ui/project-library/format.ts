/** Words of the project list: when a project last changed, how many shots it has. Pure. */

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

const startOfDay = (t: number) => {
  const d = new Date(t)
  d.setHours(0, 0, 0, 0)
  return d.getTime()
}

/** "just now", "2 min ago", "3 h ago", "yesterday", "4 days ago", then the date ("12 Mar", "12 Mar 2024"). */
export const formatAgo = (at: number, now: number): string => {
  const ms = Math.max(0, now - at)
  if (ms < 45_000) return 'just now'
  if (ms < HOUR) return `${Math.max(1, Math.round(ms / MINUTE))} min ago`
  const days = Math.round((startOfDay(now) - startOfDay(at)) / DAY)
  if (days === 0) return `${Math.floor(ms / HOUR)} h ago`
  if (days === 1) return 'yesterday'
  if (days < 7) return `${days} days ago`
  const date = new Date(at)
  const sameYear = date.getFullYear() === new Date(now).getFullYear()
  return date.toLocaleDateString('en-GB', sameYear ? { day: 'numeric', month: 'short' } : { day: 'numeric', month: 'short', year: 'numeric' })
}

export const formatShotCount = (n: number): string => `${n} ${n === 1 ? 'shot' : 'shots'}`
