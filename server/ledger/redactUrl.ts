/** A Redis URL fit for messages and logs: the password replaced with ***. */
export function redactRedisUrl(url: string): string {
  try {
    const parsed = new URL(url)
    if (parsed.password) parsed.password = '***'
    return parsed.toString()
  } catch {
    return 'an unparseable REDIS_URL'
  }
}
